// The idle-gap case alone, interleaved in one browser (run: node
// bench/idle.mjs after scripts/build --test-pages): N times, a gap of
// GAP_MS, then a request as typing meets it (the keystroke's touch, the
// 150 ms debounce) or plain (no touch, the same wait), alternating, so
// that both see the same machine. Prints p50 / p95 / max of each.

import fs from "node:fs";
import path from "node:path";
import { DIST, ROOT, launch, serve } from "../test/e2e/harness.mjs";

const N = Number(process.env.IDLE_N ?? 16);
const GAP_MS = Number(process.env.IDLE_GAP_MS ?? 3000);
const DEBOUNCE_MS = 150;
const corpus = fs.readFileSync(path.join(ROOT, "analyzer/testdata/corpus/train.jsonl"), "utf8")
  .split("\n").filter(Boolean).map((l) => JSON.parse(l)).filter((d) => d.lang === "en").map((d) => d.text);
const texts = [];
for (let i = 0; texts.length < 2 * N; i++) {
  let s = "";
  for (let j = i; s.length < 1000; j++) s += corpus[j % corpus.length] + "\n";
  texts.push(s.slice(0, 1000));
}
const site = await serve(path.join(DIST, "test-pages"));
const b = await launch({});
const id = new URL(b.worker.url()).host;
const ext = await b.context.newPage();
await ext.goto(`chrome-extension://${id}/options.html`);
await ext.evaluate(() => chrome.runtime.sendMessage({ kind: "warmed" }));
const page = await b.context.newPage();
await page.goto(`${site.origin}/contenteditable.html`);
await page.waitForFunction(() => document.documentElement.dataset.discreetEngine);
const run = (o) => page.evaluate((o) => new Promise((resolve) => {
  addEventListener("message", function once(e) {
    if (!e.data?.discreetBenchResult) return;
    removeEventListener("message", once);
    resolve(e.data.discreetBenchResult);
  });
  postMessage({ discreetBench: o }, "*");
}), o);
await run({ texts, rounds: 2 }); // warm
const got = { touched: [], plain: [] };
for (let i = 0; i < N; i++) {
  const touched = i % 2 === 0;
  const [t] = (await run(touched
    ? { texts: [texts[i]], gapMs: GAP_MS, touchMs: DEBOUNCE_MS }
    : { texts: [texts[i]], gapMs: GAP_MS + DEBOUNCE_MS })).times;
  got[touched ? "touched" : "plain"].push(t);
}
await b.close();
site.server.close();
const pct = (xs, p) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))];
for (const [k, xs] of Object.entries(got)) console.log(`${k}: p50 ${pct(xs, 50).toFixed(2)} / p95 ${pct(xs, 95).toFixed(2)} / max ${Math.max(...xs).toFixed(2)} ms (n=${xs.length}); all: ${xs.map((x) => x.toFixed(1)).join(" ")}`);
