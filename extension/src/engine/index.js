// The extension's engine: analyze(text, {lang, platform}) → result.
// It runs the .wasm in the content script when the page's CSP allows
// WebAssembly, and otherwise asks the service worker, which always can.
// While a compose box is focused a port to the worker stays open, so it is
// warm when the user types, and analyses go over it; runtime.sendMessage,
// about twice as dear a round trip, is the fallback (BENCHMARKS.md).

import { analyzeWith, compilePack, loadWasm, warmUp } from "./wasm.js";
import { MSG } from "../messages.js";

const api = globalThis.chrome ?? globalThis.browser;

/** platformOf names the audience the CONTRACT knows for a host name. */
export function platformOf(loc = location) {
  const h = loc.hostname;
  if (/(^|\.)facebook\.com$/.test(h)) return loc.pathname.startsWith("/groups/") ? "facebook_group" : "facebook_page";
  if (/(^|\.)reddit\.com$/.test(h)) return "reddit";
  return "forum";
}

export async function createEngine() {
  let local = null;
  let mode = "worker";
  try {
    local = await loadWasm(api.runtime.getURL("discreet.wasm"));
    mode = "content";
  } catch {
    // CSP without 'wasm-unsafe-eval' (or no WebAssembly): use the worker.
  }
  const cached = await api.storage.local.get("packs");
  if (local) for (const doc of Object.values(cached.packs ?? {})) local.loadPack(doc.document);

  const languages = local ? local.languages() : await api.runtime.sendMessage({ kind: MSG.languages });
  const pageLang = (document.documentElement.lang || "").slice(0, 2).toLowerCase();
  if (local) warmUp(local, languages.includes(pageLang) ? pageLang : languages[0]);

  async function langOf(text) {
    try {
      const r = await api.i18n.detectLanguage(text);
      const top = r?.languages?.[0]?.language?.slice(0, 2);
      if (top && languages.includes(top) && (r.isReliable || !languages.includes(pageLang))) return top;
    } catch {
      // detectLanguage is missing in some contexts; fall back to the page.
    }
    return languages.includes(pageLang) ? pageLang : undefined;
  }

  const platform = platformOf();
  let port = null;
  let pinger = 0;
  // Analyses asked over the open port, by id.
  const pending = new Map();
  let lastId = 0;
  const viaPort = (request) =>
    new Promise((resolve) => {
      const id = ++lastId;
      pending.set(id, resolve);
      port.postMessage({ kind: MSG.analyze, id, request });
    });
  const settle = () => {
    // The worker went away: ask again the slow way.
    for (const resolve of pending.values()) resolve(null);
    pending.clear();
  };

  return {
    mode,
    async analyze(text) {
      const lang = await langOf(text);
      if (local) {
        if (lang) await compilePack(local, lang);
        return analyzeWith(local, text, { lang, platform });
      }
      const request = { text, lang, platform };
      if (port) {
        const result = await viaPort(request);
        if (result) return result;
      }
      return api.runtime.sendMessage({ kind: MSG.analyze, request });
    },
    /** loadPack swaps a verified pack document into the local instance. */
    loadPack(document) {
      return local ? local.loadPack(document) : "";
    },
    warm() {
      if (local || port) return;
      port = api.runtime.connect({ name: MSG.warmPort });
      port.onMessage.addListener((msg) => {
        pending.get(msg?.id)?.(JSON.parse(msg.json));
        pending.delete(msg?.id);
      });
      port.postMessage({ kind: MSG.ping });
      // Messages on an open port keep an MV3 worker alive.
      pinger = setInterval(() => port?.postMessage({ kind: MSG.ping }), 20000);
      port.onDisconnect.addListener(() => {
        clearInterval(pinger);
        port = null;
        settle();
      });
    },
    cool() {
      clearInterval(pinger);
      port?.disconnect();
      port = null;
      settle();
    },
  };
}
