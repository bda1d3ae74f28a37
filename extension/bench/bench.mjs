// Measures the extension as it runs now, in headless Chromium with the test
// build (run: node bench/bench.mjs after scripts/build --test-pages): one
// analyzer in the service worker, content scripts asking it over a port.
//   - round trip per 1,000 characters: engine.analyze as the content script
//     makes it while the user types, the 25 posts in rotation in one field
//     (each request's field last held another post: the analyzer's reuse of
//     a field's last analysis misses, and this shows what a miss costs);
//     and the requests a user typing each post sends (posts.cjs
//     typedRequests), with their field named and without (language detection, the port, the
//     worker's analysis without the whole post's rewrite, the JSON text
//     back and parsed), after the warm-up, back to back; the same with the
//     rewrite (what opening a popover asks); and the same after idle gaps of
//     GAP_MS; where each went (the test build's timing marks), and the port
//     alone (the worker's echo);
//   - the analysis alone inside the worker, both ways, and after idle gaps
//     (at once, again, after a spin, after a small analysis: what is cold);
//     the .wasm size;
//   - the content script's drawing of the findings after each answer, in a
//     textarea and a contenteditable, and an edit to its findings drawn;
//   - first result on a new page when the browser is warm: from the input
//     event of a paste into the empty field to the highlights drawn;
//   - memory: the JS heap of the 1st and 10th tab with Discreet against the
//     same page where it does not run, and the worker's linear memory;
//   - first result after the worker was stopped (it wakes on the next port).
// Prints JSON and a Markdown table for BENCHMARKS.md.

import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import posts from "./posts.cjs";
import { DIST, ROOT, launch, serve } from "../test/e2e/harness.mjs";

const ROUNDS = 20;
const GAP_MS = 5000;
const GAPS = 8;
const TABS = 10;
const { benchPosts, typedRequests } = posts;
const texts = benchPosts(ROOT);
const pct = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
};
const stats = (xs) => ({ p50: pct(xs, 50), p95: pct(xs, 95), p99: pct(xs, 99), max: Math.max(...xs), n: xs.length });

const site = await serve(path.join(DIST, "test-pages")); // 127.0.0.1: the test build runs there
const bare = await serve(path.join(DIST, "test-pages"), undefined, "127.0.0.2"); // it does not run there
const b = await launch({});
const out = {};

async function openPage(origin, name = "contenteditable") {
  const page = await b.context.newPage();
  await page.goto(`${origin}/${name}.html`);
  await page.waitForFunction(() => document.documentElement.dataset.pageReady === "1");
  return page;
}
const ready = (page) => page.waitForFunction(() => document.documentElement.dataset.discreetEngine);
// bench runs the content script's engine.analyze (or, with echo, the port
// alone) over texts (bench-hook.js): {times, marks}. The request is
// typing's ("rewrite": false), or with full the popover's, which asks for
// the whole post's rewrite (a build before that option sends that always).
const bench = (page, t, rounds, gapMs = 0, echo = false, full = false, field = "") => page.evaluate((o) => new Promise((resolve) => {
  addEventListener("message", function once(e) {
    if (!e.data?.discreetBenchResult) return;
    removeEventListener("message", once);
    resolve(e.data.discreetBenchResult);
  });
  postMessage({ discreetBench: o }, "*");
}), { texts: t, rounds, gapMs, echo, full, field });
// breakdown splits round trips by the engine's timing marks: language
// detection, the worker's wait before the analysis and the analysis (its
// own clock), the port's transit both ways (the rest of the ask) and its
// parts, the JSON parse, and what is left. Means and p95, in ms.
function breakdown({ times, marks }) {
  const parts = {
    lang: marks.map((m) => m.lang),
    transit: marks.map((m) => m.port - m.queue - m.analyze),
    // the transit's parts: the worker's, from the analysis's end to the
    // port (reply); the content script's, from the answer's arrival on the
    // port to the engine's code (wake); the rest is between the processes.
    workerReply: marks.map((m) => m.reply ?? 0),
    contentWake: marks.map((m) => m.wake ?? 0),
    betweenProcesses: marks.map((m) => m.port - m.queue - m.analyze - (m.reply ?? 0) - (m.wake ?? 0)),
    workerQueue: marks.map((m) => m.queue),
    workerAnalyze: marks.map((m) => m.analyze),
    parse: marks.map((m) => m.parse),
    rest: marks.map((m, i) => times[i] - m.lang - m.port - m.parse),
    answerKB: marks.map((m) => m.bytes / 1000),
  };
  const mean = (xs) => xs.reduce((a, b) => a + b, 0) / xs.length;
  return Object.fromEntries(Object.entries(parts).map(([k, xs]) => [k, { mean: +mean(xs).toFixed(3), p95: +pct(xs, 95).toFixed(3) }]));
}
// typedRows times the requests a user typing each of the 25 posts sends,
// with their field named (the worker reuses its last analysis) and
// without, alternated twice: each request's round trip and the worker's
// analysis per 1,000 characters of its text, over all requests and over
// those of 900 characters or more (a post of about 1,000 being typed).
async function typedRows(page) {
  const seqs = texts.map((t, i) => typedRequests(t, i));
  const all = seqs.flat();
  const res = { field: { trip: [], analyze: [], long: [], longAnalyze: [] }, none: { trip: [], analyze: [], long: [], longAnalyze: [] } };
  for (let round = 0; round < 4; round++) {
    const name = round % 2 ? "none" : "field";
    const r = res[name];
    for (const [i, seq] of seqs.entries()) {
      const got = await bench(page, seq, 1, 0, false, false, name === "field" ? `typed-${i}` : "");
      got.times.forEach((t, k) => {
        const per = 1000 / seq[k].length;
        r.trip.push(t * per);
        r.analyze.push(got.marks[k].analyze * per);
        if (seq[k].length >= 900) {
          r.long.push(t * per);
          r.longAnalyze.push(got.marks[k].analyze * per);
        }
      });
    }
  }
  const mean = (xs) => xs.reduce((a, b) => a + b, 0) / xs.length;
  return Object.fromEntries(Object.entries(res).map(([k, r]) => [k, {
    requests: all.length, trip: stats(r.trip), long: stats(r.long), analyzeMean: mean(r.analyze), longAnalyze: stats(r.longAnalyze),
  }]));
}
// firstResult pastes text into the empty field of a fresh page and times
// the input event to the first highlight drawn in the (test build's open)
// overlay.
const firstResult = (page, text) => page.evaluate((text) => new Promise((resolve) => {
  const root = document.querySelector("discreet-overlay").shadowRoot;
  let t0 = 0;
  const obs = new MutationObserver(() => {
    if (!root.querySelector("[data-discreet-finding]")) return;
    obs.disconnect();
    resolve(performance.now() - t0);
  });
  obs.observe(root, { childList: true, subtree: true });
  const el = document.querySelector("[data-test-editor]");
  el.focus();
  el.addEventListener("input", () => { t0 ||= performance.now(); }, { once: true, capture: true });
  document.execCommand("insertText", false, text);
}), text);
// edits puts each of texts in place of the field's text, as one edit, and
// reads the content script's "discreet-draw" measure (the test build's
// timing marks, fields.js): draw is the time from the answer to the
// findings drawn; total, from the edit to the findings drawn, includes the
// 150 ms debounce.
const edits = (page, texts) => page.evaluate(async (texts) => {
  const el = document.querySelector("[data-test-editor]");
  el.focus();
  const out = [];
  for (const t of texts) {
    performance.clearMeasures("discreet-draw");
    if (el.select) el.select();
    else getSelection().selectAllChildren(el);
    const t0 = performance.now();
    document.execCommand("insertText", false, t);
    await new Promise((ok) => {
      const poll = () => (performance.getEntriesByName("discreet-draw").length ? ok() : setTimeout(poll, 2));
      poll();
    });
    const m = performance.getEntriesByName("discreet-draw")[0];
    out.push({ draw: m.duration, total: m.startTime + m.duration - t0 });
  }
  return out;
}, texts);
const heap = async (page) => {
  const cdp = await b.context.newCDPSession(page);
  await cdp.send("HeapProfiler.collectGarbage");
  const { usedSize } = await cdp.send("Runtime.getHeapUsage");
  await cdp.detach();
  return usedSize / 2 ** 20;
};

// The worker's warm-up, asked from an extension page, as the first page
// load starts it.
const id = new URL(b.worker.url()).host;
const ext = await b.context.newPage();
await ext.goto(`chrome-extension://${id}/options.html`);
const warmSlices = await ext.evaluate(() => chrome.runtime.sendMessage({ kind: "warmed" }));
out.warmPasses = (warmSlices.length - 2) / 8;
out.workerLinearMBWarm = await b.worker.evaluate(() => globalThis.discreet.memoryBytes() / 2 ** 20);

// Round trips from a content script, after the warm-up.
const page = await openPage(site.origin);
await ready(page);
await bench(page, texts, 1, 0, false, false, "rotation"); // the first round: patterns' states, V8 tiers
const warm = await bench(page, texts, ROUNDS, 0, false, false, "rotation");
out.roundTrip = stats(warm.times);
out.typed = await typedRows(page);
out.breakdown = breakdown(warm);
// What the same round trips would take with the analysis in the worker
// X% faster and everything else as measured (other branches speed the
// analysis up; this one owns the rest of the path).
out.ifFaster = Object.fromEntries([10, 25, 40].map((x) => [x, stats(warm.times.map((t, i) => t - (x / 100) * warm.marks[i].analyze))]));
out.portOnly = stats((await bench(page, texts, ROUNDS, 0, true)).times);
out.portOnlyClone = stats((await bench(page, texts, ROUNDS, 0, "clone")).times);
const full = await bench(page, texts, ROUNDS, 0, false, true);
out.roundTripFull = stats(full.times);
out.breakdownFull = breakdown(full);
// The content script's drawing after each answer, in a textarea (a mirror
// element measures the spans) and a contenteditable (DOM ranges).
out.draw = {};
for (const name of ["textarea", "contenteditable"]) {
  const p = await openPage(site.origin, name);
  await ready(p);
  await edits(p, texts); // the first round: V8 tiers, the page's layout
  const e = await edits(p, [...texts, ...texts]);
  out.draw[name] = { draw: stats(e.map((x) => x.draw)), editToDrawn: stats(e.map((x) => x.total)) };
  await p.close();
}
const gaps = await bench(page, texts.slice(0, GAPS), 1, GAP_MS);
out.idleGap = stats(gaps.times);
out.idleGapBreakdown = breakdown(gaps);
// The analysis alone in the worker, typing's request and the full one
// (with the rewrite), alternated post by post.
const inWorker = await b.worker.evaluate(([t, n]) => {
  const times = { typing: [], full: [] };
  for (let r = 0; r < n; r++) for (const x of t) {
    for (const kind of ["typing", "full"]) {
      const req = { text: x, lang: "en", platform: "forum", compact: true }; // as the engine asks
      if (kind === "typing") req.rewrite = false;
      const s = performance.now();
      globalThis.discreet.analyze(JSON.stringify(req));
      times[kind].push(performance.now() - s);
    }
  }
  return times;
}, [texts, ROUNDS]);
out.inWorker = stats(inWorker.typing);
// What is cold after an idle gap, inside the worker: one post analyzed
// right after a GAP_MS sleep, then again at once (what a second look
// costs once the CPU and its caches are back); after a 3 ms spin of
// plain arithmetic that touches no memory (if that alone makes the
// analysis fast, what was cold is the CPU waking, not the caches); after
// a small analysis of another post (a "touch": the code and data paths).
out.coldAfterGap = await b.worker.evaluate(async ([t, n, gap]) => {
  const time = (x) => {
    const s = performance.now();
    globalThis.discreet.analyze(JSON.stringify({ text: x, lang: "en", platform: "forum", rewrite: false, compact: true }));
    return performance.now() - s;
  };
  const sleep = () => new Promise((ok) => setTimeout(ok, gap));
  const res = { afterGap: [], again: [], afterSpin: [], afterTouch: [] };
  for (let i = 0; i < n; i++) {
    const x = t[i % t.length];
    await sleep();
    res.afterGap.push(time(x));
    res.again.push(time(x));
    await sleep();
    const s = performance.now();
    let v = 1;
    while (performance.now() - s < 3) v = (v * 48271) % 2147483647;
    res.afterSpin.push(time(x) + (v < 0 ? 1 : 0));
    await sleep();
    time("My client is a teacher in a small town.");
    res.afterTouch.push(time(x));
  }
  return res;
}, [texts, GAPS, GAP_MS]);
out.inWorkerFull = stats(inWorker.full);
// One call through the Go↔JS bridge with nothing to analyze: the fixed
// cost of a call (js.FuncOf, the request's string into Go, the answer's
// out), the mean of 500 back to back (the worker's clock moves in 0.1 ms).
out.bridgeCallMs = await b.worker.evaluate((n) => {
  const req = JSON.stringify({ text: "", lang: "en", platform: "forum" });
  const s = performance.now();
  for (let i = 0; i < n; i++) globalThis.discreet.analyze(req);
  return (performance.now() - s) / n;
}, 500);
out.workerLinearMB = await b.worker.evaluate(() => globalThis.discreet.memoryBytes() / 2 ** 20);

// New pages in a warm browser: the first result, and memory per tab.
const firsts = [];
const tabs = [page];
for (let i = 1; i < TABS; i++) {
  const p = await openPage(site.origin);
  await ready(p);
  if (i >= TABS - 5) firsts.push(await firstResult(p, texts[i]));
  tabs.push(p);
}
out.firstResult = stats(firsts);
const tenth = tabs.at(-1);
const plain = await openPage(bare.origin);
out.memory = { withDiscreetTab10MB: await heap(tenth), withDiscreetTab1MB: await heap(tabs[0]), withoutMB: await heap(plain) };

// The worker stopped (as Chrome stops an idle one): the next analysis
// wakes it over a new port, which loads and compiles the .wasm again.
const cdp = await b.context.newCDPSession(ext);
let cold = null;
try {
  await cdp.send("ServiceWorker.enable");
  await cdp.send("ServiceWorker.stopAllWorkers");
  const s = Date.now();
  const [ms] = (await bench(tenth, [texts[0]], 1)).times;
  cold = { firstMs: ms, wallMs: Date.now() - s };
} catch (e) {
  cold = { error: String(e.message ?? e) };
}
out.afterStop = cold;

const wasm = fs.readFileSync(path.join(DIST, "extension/discreet.wasm"));
out.size = { rawMB: wasm.length / 1e6, gzMB: zlib.gzipSync(wasm, { level: 9 }).length / 1e6 };
await b.close();
site.server.close();
bare.server.close();

const f = (x) => x.toFixed(2);
const row = (s) => `${f(s.p50)} / ${f(s.p95)} / ${f(s.p99)} ms (n=${s.n})`;
const parts = (b) => Object.entries(b).map(([k, v]) => `${k} ${v.mean} (${v.p95})`).join(", ");
const perTab = out.memory.withDiscreetTab10MB - out.memory.withoutMB;
console.log(JSON.stringify(out, null, 1));
console.log(`
| measure | value | budget |
| --- | --- | --- |
| round trip per 1,000 chars as typing asks, content script → worker → content script, after the warm-up (${out.warmPasses} passes), p50 / p95 / p99 | ${row(out.roundTrip)} | p95 ≤ 3 ms |
| typing the 25 posts (${out.typed.field.requests} requests, 5-20 characters each), its field named: round trip per 1,000 chars of requests of 900+ chars, p50 / p95 / p99 | ${row(out.typed.field.long)} | p95 ≤ 3 ms |
| the same, the worker's analysis alone | ${row(out.typed.field.longAnalyze)} | |
| the same without the field (nothing reused): round trip; the worker's analysis | ${row(out.typed.none.long)}; ${row(out.typed.none.longAnalyze)} | |
| typing, every request per 1,000 of its chars (short ones dominated by fixed costs): round trip p50 / p95 with the field; without | ${f(out.typed.field.trip.p50)} / ${f(out.typed.field.trip.p95)}; ${f(out.typed.none.trip.p50)} / ${f(out.typed.none.trip.p95)} ms | |
| the 25 posts' round trip with the whole post's rewrite (what a popover asks), p50 / p95 / p99 | ${row(out.roundTripFull)} | |
| the same after idle gaps of ${GAP_MS / 1000} s, p50 / p95 / max | ${f(out.idleGap.p50)} / ${f(out.idleGap.p95)} / ${f(out.idleGap.max)} ms (n=${out.idleGap.n}) | shown apart |
| the port alone (the same request, the last answer sent back unanalyzed), p50 / p95 / p99 | ${row(out.portOnly)} | |
| the same with the answer parsed in the worker and sent as an object (structured clone), p50 / p95 / p99 | ${row(out.portOnlyClone)} | |
| where a warm round trip goes, mean (p95), ms | ${parts(out.breakdown)} | |
| the same round trips with the worker's analysis 10% / 25% / 40% faster, p95 | ${Object.values(out.ifFaster).map((x) => f(x.p95)).join(" / ")} ms | p95 ≤ 3 ms |
| where a round trip after an idle gap goes, mean (p95), ms | ${parts(out.idleGapBreakdown)} | |
| the analysis alone inside the worker, p50 / p95 / p99 | ${row(out.inWorker)} | |
| the same with the rewrite, p50 / p95 / p99 | ${row(out.inWorkerFull)} | |
| the analysis alone inside the worker after ${GAP_MS / 1000} s idle: at once; again at once; after a 3 ms arithmetic spin; after a small analysis (median of ${GAPS}) | ${["afterGap", "again", "afterSpin", "afterTouch"].map((k) => f(pct(out.coldAfterGap[k], 50))).join("; ")} ms | |
| one bridge call with an empty post, inside the worker, mean of 500 | ${out.bridgeCallMs.toFixed(3)} ms | |
| the content script's drawing after an answer (textarea; contenteditable), p50 / p95 / p99 | ${row(out.draw.textarea.draw)}; ${row(out.draw.contenteditable.draw)} | |
| an edit to its findings drawn, with the 150 ms debounce (textarea; contenteditable), p50 / p95 | ${f(out.draw.textarea.editToDrawn.p50)} / ${f(out.draw.textarea.editToDrawn.p95)}; ${f(out.draw.contenteditable.editToDrawn.p50)} / ${f(out.draw.contenteditable.editToDrawn.p95)} ms | |
| first result on a new page, browser warm: input event → highlight drawn, p50 / max of ${firsts.length} | ${f(out.firstResult.p50)} / ${f(out.firstResult.max)} ms | ≤ 150 ms |
| JS heap of the 10th tab with Discreet / the same page without it (1st tab: ${f(out.memory.withDiscreetTab1MB)} MB) | ${f(out.memory.withDiscreetTab10MB)} / ${f(out.memory.withoutMB)} MB: +${f(perTab)} MB | ≤ 5 MB per tab |
| the worker's WebAssembly linear memory (one per browser): after its warm-up; after the benchmark's bursts of back-to-back analyses | ${f(out.workerLinearMBWarm)} MB; ${f(out.workerLinearMB)} MB | |
| first analysis after the worker was stopped (it wakes, loads and compiles) | ${out.afterStop.error ? out.afterStop.error : f(out.afterStop.firstMs) + " ms"} | late is fine; typing never waits |
| .wasm size raw / gzip -9 | ${f(out.size.rawMB)} MB / ${f(out.size.gzMB)} MB | ≤ 4 MB gz |
`);
