// The benchmark's way in (test build only: the release build drops it): a
// page posts {discreetBench: {texts, rounds, gapMs}} and gets back
// {discreetBenchResult: [ms, ...]}, the time of each engine.analyze as the
// content script makes it (language detection, the port, the worker's
// analysis, the JSON parse). gapMs waits that long before each analysis,
// for the idle-gap case.

/** listenForBench answers the benchmark's requests with engine's timings. */
export function listenForBench(engine) {
  window.addEventListener("message", async (e) => {
    if (e.source !== window || !e.data?.discreetBench) return;
    const { texts, rounds = 1, gapMs = 0 } = e.data.discreetBench;
    const times = [];
    for (let r = 0; r < rounds; r++) {
      for (const text of texts) {
        if (gapMs) await new Promise((ok) => setTimeout(ok, gapMs));
        const start = performance.now();
        await engine.analyze(text);
        times.push(performance.now() - start);
      }
    }
    window.postMessage({ discreetBenchResult: times }, "*");
  });
}
