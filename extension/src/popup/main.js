// Toolbar popup: the number of findings on this tab and on/off for this site.
// Turning on a site outside the defaults asks for its host permission and
// registers the content script for it.

import { MSG } from "../messages.js";
import { DEFAULT_SITES, getSettings, setSettings, siteEnabled, siteKey, t } from "../settings.js";

const api = globalThis.chrome ?? globalThis.browser;
const $ = (id) => document.getElementById(id);
for (const el of document.querySelectorAll("[data-i18n]")) el.textContent = t(el.dataset.i18n);

async function main() {
  const [tab] = await api.tabs.query({ active: true, currentWindow: true });
  const url = new URL(tab?.url ?? "about:blank");
  const host = url.hostname;
  $("site").textContent = host;
  const settings = await getSettings();
  const known = [...DEFAULT_SITES, ...settings.extraSites];
  const covered = known.some((s) => host === s || host.endsWith("." + s));
  $("toggle").checked = covered && siteEnabled(host, settings);
  api.tabs.sendMessage(tab.id, { kind: MSG.status }).then(
    (s) => { $("count").textContent = String(s?.findings ?? 0); },
    () => { $("count").textContent = "–"; },
  );
  $("toggle").addEventListener("change", async (e) => {
    const on = e.target.checked;
    const key = siteKey(host, known);
    if (on && !covered) {
      const origins = [`*://${host}/*`];
      if (!(await api.permissions.request({ origins }))) {
        e.target.checked = false;
        return;
      }
      await api.scripting.registerContentScripts([{ id: "site-" + host, matches: origins, js: ["content.js"], runAt: "document_idle" }]).catch(() => {});
      await setSettings({ extraSites: [...settings.extraSites, host] });
      await api.scripting.executeScript({ target: { tabId: tab.id }, files: ["content.js"] });
      return;
    }
    const disabled = new Set(settings.disabledSites);
    if (on) disabled.delete(key);
    else disabled.add(key);
    await setSettings({ disabledSites: [...disabled] });
  });
  $("options").addEventListener("click", (e) => {
    e.preventDefault();
    api.runtime.openOptionsPage();
  });
}

main();
