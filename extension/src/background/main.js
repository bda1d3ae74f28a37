// The background context (Chrome: the service worker; Firefox: the event
// page) runs the one analyzer of the browser: content scripts send text
// over a port and get the bridge's JSON text back. It also keeps rule
// packs up to date when a team backend is set in the options: a periodic
// alarm fetches signed packs, verifies them against the built-in public
// key, loads them and caches them; on any failure the bundled or cached
// pack stays in use.

import { analyzeJSON, collectSoon, compilePack, loadWasm, warmUp } from "../engine/wasm.js";
import { MSG } from "../messages.js";
import { getSettings } from "../settings.js";
import { loadCachedPacks, updatePacks } from "./packs.js";

/* global __TEST_BUILD__ */
const api = globalThis.chrome ?? globalThis.browser;
const ALARM = "discreet-packs";

let warmed;
const engine = (async () => {
  const wasm = await loadWasm(api.runtime.getURL("discreet.wasm"));
  await loadCachedPacks(wasm, api.storage.local);
  warmed = warmUp(wasm, api.i18n?.getUILanguage?.().slice(0, 2) ?? "en");
  return wasm;
})();

api.runtime.onMessage.addListener((msg, _sender, reply) => {
  switch (msg?.kind) {
    case MSG.analyze:
      engine.then((w) => answer(w, msg.request)).then(({ json }) => reply(JSON.parse(json)), (e) => reply({ error: String(e) }));
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

// Each content script holds one port open; its pings keep the worker
// awake while the page is open, and its requests come over it. A typing
// request names its field; the analyzer keeps that field's last analysis
// (in this worker's memory only) until the port closes.
let ports = 0;
api.runtime.onConnect.addListener((port) => {
  if (port.name !== MSG.port) return;
  let open = true;
  const portKey = ++ports;
  const fields = new Set();
  port.onDisconnect.addListener(() => {
    open = false;
    engine.then((w) => fields.forEach((f) => w.forget?.(f)), () => {});
  });
  const post = (m) => open && port.postMessage(m);
  port.onMessage.addListener((msg) => {
    if (msg?.kind === MSG.languages) {
      engine.then((w) => post({ id: msg.id, languages: w.languages() }), () => post({ id: msg.id, languages: [] }));
    } else if (__TEST_BUILD__ && msg?.kind === MSG.echo) {
      // The port alone, for the benchmark: the last answer's text, or with
      // clone the object it describes (structured clone instead of a string).
      post(msg.clone ? { id: msg.id, result: JSON.parse(lastJSON) } : { id: msg.id, json: lastJSON });
    } else if (msg?.kind === MSG.analyze) {
      const got = performance.now();
      const request = msg.request?.field ? { ...msg.request, field: `${portKey}/${msg.request.field}` } : msg.request;
      if (request?.field) fields.add(request.field);
      engine.then((w) => answer(w, request, got)).then(
        // The result's JSON text as the bridge made it: a string is cheaper
        // to pass between processes than the object it describes.
        ({ json, marks, done }) => {
          if (__TEST_BUILD__) marks.reply = performance.now() - done; // the answer's way from the analysis to the port
          post({ id: msg.id, json, marks });
        },
        (e) => post({ id: msg.id, json: JSON.stringify({ error: String(e), findings: [] }) }),
      );
    }
  });
});

// answer analyzes one request and returns {json: the result's JSON text};
// the garbage it leaves is collected after the reply has gone. In the test
// build it adds the benchmark's timing marks: the wait from the message's
// arrival (at got) to the analysis, and the analysis (and done, when it
// ended, from which the reply's mark is taken).
let lastJSON = "{}"; // test build: what the echo sends back

async function answer(w, request, got = 0) {
  if (request.lang) await compilePack(w, request.lang); // if the warm-up has not yet
  const start = performance.now();
  const json = analyzeJSON(w, request.text, request);
  collectSoon(w);
  const out = { json };
  if (__TEST_BUILD__) {
    lastJSON = json;
    out.done = performance.now();
    out.marks = { queue: start - got, analyze: out.done - start };
  }
  return out;
}

async function runUpdate() {
  const { backend } = await getSettings();
  if (!backend) return { error: "no team backend is set in the options" };
  return updatePacks(await engine, backend, api.storage.local);
}

api.runtime.onInstalled.addListener(({ reason }) => {
  api.alarms.create(ALARM, { periodInMinutes: 360, delayInMinutes: 1 });
  // First run: the welcome page (what Discreet does, and a box to try it).
  if (reason === "install") api.tabs.create({ url: api.runtime.getURL("welcome.html") });
});
api.alarms.onAlarm.addListener((a) => {
  if (a.name === ALARM) runUpdate();
});
