// The extension's engine as a content script sees it: analyze(text) →
// result. The analyzer itself runs once per browser, in the background
// context (Chrome: the service worker; Firefox: the event page); the content
// script never loads the .wasm. Text goes over one long-lived port and the
// bridge's JSON text comes back. The port's pings keep the worker awake
// while a page that uses it is open; if the worker went away anyway, the
// port is opened again on the next analysis and the pending ones are asked
// again, so the first result after a sleep arrives late, never wrongly.

import { MSG } from "../messages.js";
import { capText } from "./cap.js";
import { expandCompact } from "./compact.js";
import { langMemo } from "./lang.js";
import { siteOf } from "../sites.js";

/* global __TEST_BUILD__ */
const api = globalThis.chrome ?? globalThis.browser;
const PING_MS = 20000; // under the 30 s after which an idle MV3 worker stops: the most a port stays silent

/** platformOf names the audience docs/api.md knows for a host name. */
export function platformOf(loc = location) {
  const h = loc.hostname;
  if (/(^|\.)facebook\.com$/.test(h)) return loc.pathname.startsWith("/groups/") ? "facebook_group" : "facebook_page";
  return siteOf(h)?.platform ?? "forum";
}

/**
 * connection keeps one port to the worker: ask(msg) resolves to the
 * answer whose id matches, asking again once over a new port if the worker
 * went away before answering.
 */
function connection() {
  let port = null;
  let pinger = 0;
  let lastId = 0;
  const pending = new Map(); // id → {msg, resolve, reject, tries}

  // post sends m and puts the next ping PING_MS after it: a port that
  // carries requests needs no pings, so none come while someone types.
  const post = (m) => {
    port.postMessage(m);
    clearTimeout(pinger);
    pinger = setTimeout(() => port && post({ kind: MSG.ping }), PING_MS);
  };
  const send = (id, p) => {
    p.tries++;
    open();
    post({ ...p.msg, id });
  };
  const open = () => {
    if (port) return port;
    port = api.runtime.connect({ name: MSG.port });
    port.onMessage.addListener((m) => {
      const p = pending.get(m?.id);
      if (!p) return;
      pending.delete(m.id);
      if (__TEST_BUILD__) m.arrived = performance.now(); // the benchmark's: when the answer reached this script
      p.resolve(m);
    });
    port.onDisconnect.addListener(() => {
      clearTimeout(pinger);
      port = null;
      for (const [id, p] of pending) {
        if (p.tries < 2) send(id, p);
        else {
          pending.delete(id);
          p.reject(new Error("the analyzer is not answering"));
        }
      }
    });
    post({ kind: MSG.ping });
    return port;
  };
  return {
    open,
    ask(msg) {
      return new Promise((resolve, reject) => {
        const id = ++lastId;
        const p = { msg, resolve, reject, tries: 0 };
        pending.set(id, p);
        send(id, p);
      });
    },
  };
}

/**
 * languageOf returns the post's language as far as the analyzer knows it:
 * the browser's detection when reliable, else the page's lang, else none
 * (the analyzer guesses); detected again only when the post changed enough
 * (lang.js).
 */
function languageOf(conn) {
  let languages = null;
  const languagesOnce = async () => (languages ??= (await conn.ask({ kind: MSG.languages })).languages);
  const pageLang = (document.documentElement.lang || "").slice(0, 2).toLowerCase();
  return langMemo(async (text) => {
    const known = await languagesOnce();
    try {
      const r = await api.i18n.detectLanguage(text);
      const top = r?.languages?.[0]?.language?.slice(0, 2);
      if (top && known.includes(top) && (r.isReliable || !known.includes(pageLang))) return top;
    } catch {
      // detectLanguage is missing in some contexts; fall back to the page.
    }
    return known.includes(pageLang) ? pageLang : undefined;
  });
}

/** createEngine connects to the worker and returns {mode, analyze, warm}. */
export async function createEngine() {
  const conn = connection();
  conn.open(); // wakes the worker now, so that it is warm when the user types
  const platform = platformOf();
  const langOf = languageOf(conn);

  const engine = {
    mode: "worker",
    /**
     * analyze resolves to the result of docs/api.md §3 for (the first part of)
     * text; watchlist, {salt, hashes}, is the user's hashed client names;
     * lang, when set, is the language the user says the posts are in;
     * rewrite: false leaves out the whole post's rewrite, advice and intent
     * (what typing asks: the findings and risk are the same); field names
     * the text field typed in, whose last analysis the worker reuses.
     */
    async analyze(text, { watchlist, lang: chosen, rewrite, field } = {}) {
      const t0 = performance.now();
      const { text: head, truncated } = capText(text);
      let t1 = 0;
      const ask = (lang) => {
        t1 = performance.now();
        // compact: the answer leaves out what the content script holds (each
        // finding's text) and says each rule's message once (compact.js).
        return conn.ask({ kind: MSG.analyze, request: { text: head, lang, platform, watchlist, rewrite, compact: true, field } });
      };
      // A post whose language must be detected again is sent at once in
      // the language detected last, while its own detection runs; only if
      // that finds another language is it asked again (the first answer
      // is dropped). Detection is ~0.3 ms of a new post's round trip.
      const detecting = chosen ? null : langOf(head);
      const guess = chosen || langOf.latest();
      let asked = guess ? ask(guess) : null;
      if (detecting) {
        const lang = await detecting;
        if (!asked || lang !== guess) asked = ask(lang);
      }
      const answer = await asked;
      const t2 = performance.now();
      const result = expandCompact(JSON.parse(answer.json), head);
      if (truncated) result.truncated = head.length;
      // The benchmark's timing marks (the release build drops them): where
      // this analysis spent its time, with the worker's own share.
      // lang is the time before the request that counts was sent.
      // wake is from the answer's arrival on the port to this code running.
      if (__TEST_BUILD__) this.marks = { lang: t1 - t0, port: t2 - t1, parse: performance.now() - t2, bytes: answer.json.length, wake: t2 - answer.arrived, ...answer.marks };
      return result;
    },
    /** warm makes sure the port is open (the worker wakes if it slept). */
    warm() {
      conn.open();
    },
  };
  if (__TEST_BUILD__) {
    // echo (for the benchmark) sends text as an analysis would and resolves
    // to the last answer, which the worker sends back without analyzing:
    // the port's own cost.
    // With clone, the worker parses the answer and the port carries the
    // object (structured clone) instead of its JSON text.
    engine.echo = (text, clone = false) => conn.ask({ kind: MSG.echo, clone, request: { text, lang: "en", platform } })
      .then((a) => (clone ? a.result : JSON.parse(a.json)));
  }
  return engine;
}
