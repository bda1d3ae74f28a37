// Options: sensitivity, the sites Discreet checks, and the pack backend.

import { MSG } from "../messages.js";
import { DEFAULT_SITES, getSettings, setSettings, t } from "../settings.js";

const api = globalThis.chrome ?? globalThis.browser;
const $ = (id) => document.getElementById(id);
for (const el of document.querySelectorAll("[data-i18n]")) el.textContent = t(el.dataset.i18n);

async function render() {
  const s = await getSettings();
  for (const r of document.querySelectorAll("input[name=sens]")) r.checked = r.value === s.sensitivity;
  $("backend").value = s.backend;
  const ul = $("sites");
  ul.replaceChildren();
  for (const site of [...DEFAULT_SITES, ...s.extraSites]) {
    const li = document.createElement("li");
    const box = document.createElement("input");
    box.type = "checkbox";
    box.checked = !s.disabledSites.includes(site);
    box.addEventListener("change", async () => {
      const d = new Set((await getSettings()).disabledSites);
      box.checked ? d.delete(site) : d.add(site);
      setSettings({ disabledSites: [...d] });
    });
    li.append(box, " " + site);
    if (!DEFAULT_SITES.includes(site)) {
      const rm = document.createElement("button");
      rm.textContent = t("optionsRemove");
      rm.addEventListener("click", async () => {
        const cur = await getSettings();
        await setSettings({ extraSites: cur.extraSites.filter((x) => x !== site) });
        await api.scripting.unregisterContentScripts({ ids: ["site-" + site] }).catch(() => {});
        await api.permissions.remove({ origins: [`*://${site}/*`] }).catch(() => {});
        render();
      });
      li.append(rm);
    }
    ul.append(li);
  }
  $("packs").textContent = JSON.stringify(await api.runtime.sendMessage({ kind: MSG.packStatus }), null, 1);
}

for (const r of document.querySelectorAll("input[name=sens]")) r.addEventListener("change", () => setSettings({ sensitivity: r.value }));
// A team backend is optional (packs are embedded); fetching its packs from
// the worker needs the host permission of its origin, asked for here.
$("backend").addEventListener("change", async (e) => {
  const value = e.target.value.trim();
  if (value) {
    let origin;
    try {
      origin = new URL(value).origin;
    } catch {
      e.target.setCustomValidity(t("optionsBadURL"));
      e.target.reportValidity();
      return;
    }
    e.target.setCustomValidity("");
    if (!(await api.permissions.request({ origins: [origin + "/*"] }).catch(() => false))) return;
  }
  setSettings({ backend: value });
});
$("update").addEventListener("click", async () => {
  $("packs").textContent = JSON.stringify(await api.runtime.sendMessage({ kind: MSG.updatePacks }), null, 1);
});
render();
