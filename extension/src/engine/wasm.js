// Loads the analyzer .wasm once and wraps globalThis.discreet. Shared by the
// content script, the service worker, the playground and the benchmarks.
// "go-wasm-exec" is Go's wasm_exec.js, resolved by the build (it defines
// globalThis.Go).

import "go-wasm-exec";

let loading = null;

// The smallest valid module: the magic number and version 1.
const EMPTY_MODULE = new Uint8Array([0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00]);

/**
 * loadWasm instantiates the analyzer from url (or bytes) once per realm and
 * resolves to the raw bridge API. It rejects when the page's CSP forbids
 * WebAssembly compilation (no 'wasm-unsafe-eval').
 */
export function loadWasm(source) {
  loading ??= (async () => {
    // An empty module compiles in microseconds; if the page's CSP refuses
    // it, it refuses ours too, so fail before fetching 8 MB for nothing.
    new WebAssembly.Module(EMPTY_MODULE);
    const go = new globalThis.Go();
    const ready = new Promise((resolve) => { globalThis.__discreetReady = resolve; });
    let instance;
    if (typeof source === "string") {
      const resp = await fetch(source);
      const bytes = await resp.arrayBuffer();
      ({ instance } = await WebAssembly.instantiate(bytes, go.importObject));
    } else {
      ({ instance } = await WebAssembly.instantiate(source, go.importObject));
    }
    go.run(instance); // runs main until it blocks; the instance stays alive
    await ready;
    const api = globalThis.discreet;
    if (api.error) throw new Error(api.error);
    api.memoryBytes = () => instance.exports.mem.buffer.byteLength; // for benchmarks
    return api;
  })();
  loading.catch(() => { loading = null; });
  return loading;
}

// later runs f when the page is idle (so the warm-up does not compete with
// the site's own loading), or on the next task where there is no idle
// callback (a service worker).
const later = (f) => (globalThis.requestIdleCallback ? globalThis.requestIdleCallback(f, { timeout: 2000 }) : setTimeout(f, 0));

/** analyzeWith runs one request through the bridge and parses the result. */
export function analyzeWith(api, text, options = {}) {
  return JSON.parse(analyzeJSON(api, text, options));
}

/**
 * analyzeJSON is analyzeWith without the parsing: the result as the
 * bridge's JSON text, which the service worker passes on as it is.
 */
export function analyzeJSON(api, text, { lang, platform, watchlist, rewrite, compact, field } = {}) {
  const req = { text };
  if (lang) req.lang = lang;
  if (platform) req.platform = platform;
  if (rewrite === false) req.rewrite = false; // findings and risk only: no rewrite, advice or intent
  if (compact) req.compact = true; // findings without their text, each rule's message once (compact.js)
  if (watchlist?.hashes?.length) req.watchlist = watchlist; // {salt, hashes}: the user's client names, hashed
  if (field) req.field = field; // the text field typed in: its last analysis is reused (docs/api.md §2)
  return api.analyze(JSON.stringify(req));
}

/**
 * COLLECT_IDLE_MS is how long the worker must have had no request before
 * collectSoon's collection runs: typing sends at most one request every
 * 150 ms (the debounce), so the collection lands in that pause; requests
 * closer together than this leave it to Go's own pacing.
 */
export const COLLECT_IDLE_MS = 50;

let collectTimer = 0; // one instance per realm (see loadWasm)

/**
 * collectSoon asks for a garbage collection once no request has come for
 * COLLECT_IDLE_MS, so that Go's collector (single-threaded in WebAssembly,
 * ~15 ms, far more before V8 has optimized it) runs between requests
 * rather than inside an analysis. Asked on the next task instead, as it
 * was, it held the request that came right after an answer: back-to-back
 * round trips in the benchmark waited 30-120 ms in the port every ~40
 * requests (6 MB of garbage, see the bridge's idleGarbage). Only the
 * service worker uses it: in a content script that collection would be a
 * long task on the page's own main thread, which is worse than a
 * collection inside an analysis now and then (it once held the page while
 * an editor was taking a rewrite), so there Go's own pacing decides.
 */
export function collectSoon(api, idleMs = COLLECT_IDLE_MS) {
  if (!api.collect) return;
  clearTimeout(collectTimer);
  collectTimer = setTimeout(() => {
    collectTimer = 0;
    api.collect(); // a no-op unless enough garbage has piled up
  }, idleMs);
}

// The languages whose pack has compiled, per instance.
const compiledPacks = new WeakMap();

/**
 * compileOnce compiles lang's pack now, once per instance, and returns ""
 * or the bridge's error. The compile builds the pack's phrase index from
 * its word lists: the lists ship inside the .wasm only, since loading a
 * prebuilt index (hash tables that gzip cannot shrink, 2.8 MB for three
 * languages) saved no measurable time (BENCHMARKS.md, module size).
 */
function compileOnce(api, lang) {
  if (!compiledPacks.has(api)) compiledPacks.set(api, new Set());
  const compiled = compiledPacks.get(api);
  if (compiled.has(lang)) return "";
  const err = api.prepare(lang, 1);
  if (err === "") compiled.add(lang);
  return err;
}

/**
 * compilePack makes sure lang's pack has compiled before an analysis in
 * lang, as a step of its own: the first pause in typing may come before
 * the warm-up has got that far. Resolves to "" or an error.
 */
export async function compilePack(api, lang) {
  return compileOnce(api, lang);
}

/** WARM_PARTS: each pass of the warm-up runs in this many slices, each its own task. */
const WARM_PARTS = 8;
/** WARM_PASSES: the most passes the warm-up makes (see warmUp). */
const WARM_PASSES = 12;

/**
 * warmUp compiles lang's rule pack, then runs it over its rules' own
 * examples, in idle moments: the first analysis of a language otherwise
 * pays for reading and compiling the pack and the patterns it reaches
 * (~1 s in WebAssembly on a slow machine), which should not land on the
 * user's first pause in typing. Reading the pack and compiling it are a
 * task each, and each pass runs in WARM_PARTS slices, each its own idle
 * task, so that the page's main thread is held as little as it can be.
 *
 * After the first pass it goes on with more passes over the same examples
 * while each pass is still clearly faster than the best before it: V8
 * first runs WebAssembly in its baseline tier and optimizes the hot
 * functions in the background only after they have run for a while. A
 * pass that is no faster twice in a row means that has settled (five to
 * eight passes on the benchmark machine); without them the first ~200
 * analyses of a page ran three to ten times slower than the rest
 * (BENCHMARKS.md). Each later pass starts with the pattern automata
 * emptied (forgetStates), so that the code building their states, which
 * is what a post not seen before mostly costs, is optimized as well.
 *
 * It returns a promise of the time each task took, in milliseconds (reading
 * the pack, compiling it, then the slices), resolved when the warm-up stops (or fails: a failure shows again, with
 * its message, on the real analysis). Each slice's garbage is collected
 * after it. clock is for tests.
 */
export function warmUp(api, lang, clock = performance) {
  const slices = [];
  let best = Infinity;
  let stale = 0;
  return new Promise((resolve) => {
    // run times one call to the bridge; false when it failed.
    const run = (f) => {
      const start = clock.now();
      try {
        if (f() !== "") return false;
      } catch {
        return false;
      }
      slices.push(clock.now() - start);
      return true;
    };
    const compile = () => {
      if (!run(() => compileOnce(api, lang))) return resolve(slices);
      later(() => step(0, 0, 0));
    };
    const read = () => {
      if (!run(() => api.prepare(lang, 0))) return resolve(slices);
      later(compile);
    };
    // A slice sends its examples through analyze, as the engine sends a
    // post, so that the bridge's own path gets optimized too.
    const slice = (part) => {
      const reqs = api.warmUpRequests(lang, part, WARM_PARTS);
      if (typeof reqs === "string") return reqs;
      for (const req of reqs) JSON.parse(api.analyze(req));
      return "";
    };
    const step = (pass, part, passMs) => {
      if (pass > 0 && part === 0) api.forgetStates?.();
      if (!run(() => slice(part))) return resolve(slices);
      passMs += slices.at(-1);
      // The slice's garbage goes now, in this idle task: the warm-up's
      // analyses come back to back, so Go's own pacing (gcPercent 200 in
      // the bridge) let the heap grow to three times what it keeps, and
      // WebAssembly memory never shrinks (113 → 80 MB, BENCHMARKS.md).
      api.collect?.();
      if (part + 1 < WARM_PARTS) return later(() => step(pass, part + 1, passMs));
      // The first pass also compiled the patterns: it does not count.
      if (pass > 0) {
        stale = passMs < 0.9 * best ? 0 : stale + 1;
        best = Math.min(best, passMs);
      }
      if (stale >= 2 || pass + 1 >= WARM_PASSES) return resolve(slices);
      later(() => step(pass + 1, 0, 0));
    };
    later(read);
  });
}
