// Service worker (Firefox: background script). Runs the analyzer for pages
// whose CSP blocks WebAssembly in the content script, and keeps rule packs
// up to date: a periodic alarm fetches signed packs from the backend,
// verifies them against the built-in public key, loads them and caches
// them; on any failure the bundled or cached pack stays in use.

import { analyzeJSON, collectSoon, compilePack, loadWasm, warmUp } from "../engine/wasm.js";
import { MSG } from "../messages.js";
import { getSettings } from "../settings.js";
import { updatePacks } from "./packs.js";

const api = globalThis.chrome ?? globalThis.browser;
const ALARM = "discreet-packs";

let warmed;
const engine = (async () => {
  const wasm = await loadWasm(api.runtime.getURL("discreet.wasm"));
  const { packs } = await api.storage.local.get("packs");
  for (const p of Object.values(packs ?? {})) wasm.loadPack(p.document);
  warmed = warmUp(wasm, api.i18n?.getUILanguage?.().slice(0, 2) ?? "en");
  return wasm;
})();

api.runtime.onMessage.addListener((msg, _sender, reply) => {
  switch (msg?.kind) {
    case MSG.analyze:
      engine.then((w) => answer(w, msg.request)).then((json) => reply(JSON.parse(json)), (e) => reply({ error: String(e) }));
      return true;
    case MSG.languages:
      engine.then((w) => reply(w.languages()));
      return true;
    case MSG.updatePacks:
      runUpdate().then(reply);
      return true;
    case MSG.warmed:
      engine.then(() => warmed).then(reply, () => reply([]));
      return true;
    case MSG.packStatus:
      engine.then((w) => reply(Object.fromEntries(w.languages().map((l) => [l, w.packVersion(l)]))));
      return true;
  }
  return false;
});

// A focused compose box holds this port open; its pings keep the worker
// alive, and its analyses come over it: {kind, id, request} → {id, json}.
api.runtime.onConnect.addListener((port) => {
  if (port.name !== MSG.warmPort) return;
  port.onMessage.addListener((msg) => {
    if (msg?.kind !== MSG.analyze) return engine;
    engine.then((w) => answer(w, msg.request)).then(
      // The result's JSON text as the bridge made it: a string is cheaper
      // to pass between processes than the object it describes.
      (json) => port.postMessage({ id: msg.id, json }),
      (e) => port.postMessage({ id: msg.id, json: JSON.stringify({ error: String(e) }) }),
    );
  });
});

// answer analyzes one request and returns the result's JSON text; the
// garbage it leaves is collected after the reply has gone.
async function answer(w, request) {
  if (request.lang) await compilePack(w, request.lang); // with its tables, if the warm-up has not yet
  const json = analyzeJSON(w, request.text, request);
  collectSoon(w);
  return json;
}

async function runUpdate() {
  const { backend } = await getSettings();
  return updatePacks(await engine, backend, api.storage.local);
}

api.runtime.onInstalled.addListener(() => {
  api.alarms.create(ALARM, { periodInMinutes: 360, delayInMinutes: 1 });
});
api.alarms.onAlarm.addListener((a) => {
  if (a.name === ALARM) runUpdate();
});
