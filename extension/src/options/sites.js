// The options page's site list: every default site by name with its
// switch, and the sites the user turned on from the popup, with Remove.

import { SITES } from "../sites.js";
import { getSettings, setSettings, t } from "../settings.js";
import { fill } from "../ui.js";

const api = globalThis.chrome ?? globalThis.browser;

/** toggle flips host's entry in disabledSites. */
async function toggle(host, on) {
  const d = new Set((await getSettings()).disabledSites);
  if (on) d.delete(host);
  else d.add(host);
  await setSettings({ disabledSites: [...d] });
}

function item(label, hosts, s) {
  const li = document.createElement("li");
  const lab = document.createElement("label");
  lab.className = "choice";
  const box = document.createElement("input");
  box.type = "checkbox";
  box.checked = hosts.every((h) => !s.disabledSites.includes(h));
  box.addEventListener("change", () => Promise.all(hosts.map((h) => toggle(h, box.checked))));
  lab.append(box, " ", label);
  li.append(lab);
  return li;
}

async function removeExtra(site, render) {
  const cur = await getSettings();
  await setSettings({ extraSites: cur.extraSites.filter((x) => x !== site) });
  await api.scripting.unregisterContentScripts({ ids: ["site-" + site] }).catch(() => {});
  await api.permissions.remove({ origins: [`*://${site}/*`] }).catch(() => {});
  render();
}

/** renderSites draws the list into ul. */
export async function renderSites(ul) {
  const s = await getSettings();
  ul.replaceChildren();
  for (const site of SITES) ul.append(item(site.name, site.hosts, s));
  for (const host of s.extraSites) {
    const li = item(host, [host], s);
    const rm = document.createElement("button");
    rm.textContent = t("optionsRemove");
    rm.setAttribute("aria-label", fill(t("optRemoveSite"), { site: host }));
    rm.addEventListener("click", () => removeExtra(host, () => renderSites(ul)));
    li.append(" ", rm);
    ul.append(li);
  }
}
