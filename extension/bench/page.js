// Benchmark page (bundled into dist/playground/bench.html's script by
// bench.mjs): cold start and per-1,000-character analysis time of the .wasm
// running in a page, which is the content-script path.
import { analyzeWith, compilePack, loadWasm, warmUp } from "../src/engine/wasm.js";

// With warm, the page first runs the extension's own warm-up (its slices
// are idle tasks, timed one by one) and only then the first analysis: what
// a user who starts typing after the page settled sees.
window.runBench = async (texts, rounds, warm = false) => {
  const t0 = performance.now();
  const api = await loadWasm("discreet.wasm");
  const tLoaded = performance.now();
  const slices = warm ? await warmUp(api, "en") : [];
  const tWarm = performance.now();
  // As the engine's analyze does: the pack compiles with its tables first.
  await compilePack(api, "en");
  analyzeWith(api, texts[0], { lang: "en", platform: "forum" });
  const tFirst = performance.now();
  const times = [];
  for (let r = 0; r < rounds; r++) {
    for (const t of texts) {
      const s = performance.now();
      analyzeWith(api, t, { lang: "en", platform: "forum" });
      times.push(performance.now() - s);
    }
  }
  return { coldStartMs: tFirst - t0, loadMs: tLoaded - t0, firstResultMs: tFirst - tWarm, slices, times, memoryBytes: api.memoryBytes(), jsHeap: performance.memory?.usedJSHeapSize ?? null };
};
document.documentElement.dataset.benchReady = "1";
