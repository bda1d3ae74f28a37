// Content script: wires the engine (a port to the browser's one analyzer)
// and chrome.* storage to the DOM framework. In the release build nothing
// it does is visible to the page (docs/api.md §6); the test build exposes the
// overlay and marks the page with the engine's mode.

import { createEngine } from "../engine/index.js";
import { watchPage } from "../dom/index.js";
import { MSG } from "../messages.js";
import { getSettings, hashSpan, salt, siteEnabled, t } from "../settings.js";
import { listenForBench } from "./bench-hook.js";

/* global __TEST_BUILD__ */
// __TEST_BUILD__ is replaced by the build (build.mjs: true or false), and
// the release bundle drops the test build's branches altogether.
const api = globalThis.chrome ?? globalThis.browser;

async function main() {
  if (globalThis.__discreetAttached) return; // injected twice (popup + manifest); the isolated world's global
  globalThis.__discreetAttached = true;
  let settings = await getSettings();
  const ignored = new Set(settings.ignored);
  const saltHex = await salt();
  const engine = await createEngine();
  let count = 0;

  const ui = watchPage({
    exposed: __TEST_BUILD__,
    analyze: (text, opts) => engine.analyze(text, { ...opts, watchlist: { salt: saltHex, hashes: settings.watchlist }, lang: settings.postLang }),
    actions: {
      t,
      hash: (text) => hashSpan(saltHex, text),
      isIgnored: (h) => ignored.has(h),
      ignore: (h) => {
        ignored.add(h);
        api.storage.local.set({ ignored: [...ignored] });
      },
      minSeverity: () => settings.sensitivity,
      enabled: () => siteEnabled(location.hostname, settings),
      onFocus: () => engine.warm(),
      onResults: (n) => {
        if (n !== count) api.runtime.sendMessage({ kind: MSG.count, findings: n }).catch(() => {}); // the popup, if open
        count = n;
      },
    },
  });
  if (__TEST_BUILD__) {
    document.documentElement.dataset.discreetEngine = engine.mode;
    listenForBench(engine);
  }

  api.storage.onChanged.addListener(async (changes, area) => {
    if (area !== "local") return;
    // The options page cleared ignored details: show them again. (A longer
    // list is this page's own Ignore, already applied.)
    const cleared = changes.ignored && (changes.ignored.newValue?.length ?? 0) < ignored.size;
    if (cleared) {
      ignored.clear();
      for (const h of changes.ignored.newValue ?? []) ignored.add(h);
    }
    if (cleared || changes.sensitivity || changes.disabledSites || changes.extraSites || changes.packs || changes.watchlist || changes.postLang) {
      settings = await getSettings();
      ui.refresh();
    }
  });
  api.runtime.onMessage.addListener((msg, _sender, reply) => {
    if (msg?.kind === MSG.status) {
      reply({ findings: count, enabled: siteEnabled(location.hostname, settings), mode: engine.mode });
    }
  });
}

main();
