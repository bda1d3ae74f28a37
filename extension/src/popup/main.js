// Toolbar popup: on/off for this site and the number of details found on
// this tab while it is on. Turning on a site outside the defaults asks for
// its host permission (optional_host_permissions) and registers the
// content script for it. The count follows the switch: the content script
// reports each new count (MSG.count) and the popup shows it while it is open.

import { MSG } from "../messages.js";
import { DEFAULT_SITES, getSettings, setSettings, siteEnabled, siteKey, t } from "../settings.js";
import { hostMatches } from "../sites.js";
import { localize, shortcutHint } from "../ui.js";

const api = globalThis.chrome ?? globalThis.browser;
const $ = (id) => document.getElementById(id);

/** show writes the summary line: the count while on, "off" otherwise. */
function show(on, findings) {
  const checkable = findings !== undefined;
  $("count").textContent = on && checkable ? String(findings) : "";
  if (!checkable) $("count-label").textContent = t("popupNotHere");
  else if (!on) $("count-label").textContent = t("popupOff");
  else $("count-label").textContent = findings === 1 ? t("popupFindingsOne") : t("popupFindings");
}

async function askStatus(tab) {
  return api.tabs.sendMessage(tab.id, { kind: MSG.status }).then((s) => s, () => undefined);
}

/** turnOn enables host, first asking for its permission when it is new. */
async function turnOn(tab, host, covered, settings) {
  if (covered) {
    const disabled = new Set(settings.disabledSites);
    disabled.delete(siteKey(host, [...DEFAULT_SITES, ...settings.extraSites]));
    await setSettings({ disabledSites: [...disabled] });
    return true;
  }
  const origins = [`*://${host}/*`];
  if (!(await api.permissions.request({ origins }).catch(() => false))) return false;
  await api.scripting.registerContentScripts([{ id: "site-" + host, matches: origins, js: ["content.js"], runAt: "document_idle" }]).catch(() => {});
  await setSettings({ extraSites: [...settings.extraSites, host] });
  await api.scripting.executeScript({ target: { tabId: tab.id }, files: ["content.js"] }).catch(() => {});
  return true;
}

async function activeTab() {
  // ?tab=ID names the tab (the browser tests open the popup as a page).
  const id = Number(new URLSearchParams(location.search).get("tab"));
  if (id) return api.tabs.get(id);
  const [tab] = await api.tabs.query({ active: true, currentWindow: true });
  return tab;
}

async function main() {
  localize();
  $("shortcut").append(...shortcutHint(t("popupShortcut")));
  const tab = await activeTab();
  const host = new URL(tab?.url ?? "about:blank").hostname;
  $("site").textContent = host;
  let settings = await getSettings();
  const known = [...DEFAULT_SITES, ...settings.extraSites];
  const covered = known.some((s) => hostMatches(host, s));
  const status = await askStatus(tab);
  let on = (covered || status !== undefined) && siteEnabled(host, settings);
  $("toggle").checked = on;
  $("toggle").disabled = !host;
  show(on, status?.findings);
  api.runtime.onMessage.addListener((msg, sender) => {
    if (msg?.kind === MSG.count && sender.tab?.id === tab.id) show(on, msg.findings);
  });
  $("toggle").addEventListener("change", async (e) => {
    settings = await getSettings();
    if (e.target.checked) {
      on = await turnOn(tab, host, covered || status !== undefined, settings);
      e.target.checked = on;
    } else {
      on = false;
      const disabled = new Set(settings.disabledSites);
      disabled.add(siteKey(host, [...DEFAULT_SITES, ...settings.extraSites]));
      await setSettings({ disabledSites: [...disabled] });
    }
    show(on, (await askStatus(tab))?.findings ?? 0);
  });
  $("options").addEventListener("click", (e) => {
    e.preventDefault();
    api.runtime.openOptionsPage();
  });
}

main();
