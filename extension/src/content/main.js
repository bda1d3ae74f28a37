// Content script: wires the engine and chrome.* storage to the DOM framework.

import { createEngine } from "../engine/index.js";
import { attach } from "../dom/index.js";
import { MSG } from "../messages.js";
import { getSettings, hashSpan, salt, siteEnabled, t } from "../settings.js";

const api = globalThis.chrome ?? globalThis.browser;

async function main() {
  if (globalThis.__discreetAttached) return; // injected twice (popup + manifest)
  globalThis.__discreetAttached = true;
  let settings = await getSettings();
  const ignored = new Set(settings.ignored);
  const saltHex = await salt();
  const engine = await createEngine();
  let count = 0;

  const ui = attach({
    analyze: (text) => engine.analyze(text),
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
      onBlur: () => engine.cool(),
      onResults: (n) => { count = n; },
    },
  });
  document.documentElement.dataset.discreetEngine = engine.mode;

  api.storage.onChanged.addListener(async (changes, area) => {
    if (area !== "local") return;
    if (changes.packs) for (const p of Object.values(changes.packs.newValue ?? {})) engine.loadPack(p.document);
    if (changes.sensitivity || changes.disabledSites || changes.extraSites || changes.packs) {
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
