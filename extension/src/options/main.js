// The options page, in plain words: what to point out, where, the client
// watch-list, the ignored details, the language of posts and, folded
// away, a team backend and the dates of the rules in use.

import { MSG } from "../messages.js";
import { getSettings, setSettings, t } from "../settings.js";
import { fill, languageName, localize, packDate } from "../ui.js";
import { initWatch } from "./watch.js";
import { renderSites } from "./sites.js";

const api = globalThis.chrome ?? globalThis.browser;
const $ = (id) => document.getElementById(id);

async function renderIgnored() {
  const { ignored } = await getSettings();
  $("ignore-count").textContent = ignored.length ? fill(t("optIgnoreCount"), { n: ignored.length }) : t("optIgnoreEmpty");
  $("ignore-clear").disabled = ignored.length === 0;
}

/** renderPacks lists the rules in use per language, their version as a date. */
async function renderPacks() {
  const status = await api.runtime.sendMessage({ kind: MSG.packStatus }).catch(() => ({}));
  const ul = $("packs");
  ul.replaceChildren();
  const sel = $("post-lang");
  for (const [lang, version] of Object.entries(status ?? {})) {
    const li = document.createElement("li");
    li.textContent = fill(t("optPackLine"), { lang: languageName(lang), date: packDate(version) });
    li.title = version;
    ul.append(li);
    if (!sel.querySelector(`option[value="${lang}"]`)) sel.append(new Option(languageName(lang, lang), lang));
  }
  sel.value = (await getSettings()).postLang;
}

function wireBackend() {
  // A team backend is optional (packs are embedded); fetching its packs
  // from the worker needs the host permission of its origin, asked here.
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
    const out = $("update-status");
    const r = await api.runtime.sendMessage({ kind: MSG.updatePacks }).catch((e) => ({ error: String(e) }));
    out.className = "status " + (r?.error ? "err" : "ok");
    out.textContent = r?.error ? fill(t("optUpdateFailed"), { error: r.error }) : t("optUpdateDone");
    renderPacks();
  });
}

async function main() {
  localize();
  const s = await getSettings();
  for (const r of document.querySelectorAll("input[name=sens]")) {
    r.checked = r.value === s.sensitivity;
    r.addEventListener("change", () => setSettings({ sensitivity: r.value }));
  }
  $("backend").value = s.backend;
  $("post-lang").addEventListener("change", (e) => setSettings({ postLang: e.target.value }));
  $("ignore-clear").addEventListener("click", async () => {
    await setSettings({ ignored: [] });
    renderIgnored();
  });
  wireBackend();
  initWatch();
  renderSites($("sites"));
  renderIgnored();
  renderPacks();
}

main();
