// The benchmark's way in (test build only: the release build drops it): a
// page posts {discreetBench: {texts, rounds, gapMs, echo}} and gets back
// {discreetBenchResult: {times: [ms, ...], marks: [...]}}: the time of each
// engine.analyze as the content script makes it (language detection, the
// port, the worker's analysis, the JSON parse) and where it went (the
// engine's timing marks). gapMs waits that long before each analysis, for
// the idle-gap case; echo times the port alone (engine.echo) instead.

/** listenForBench answers the benchmark's requests with engine's timings. */
export function listenForBench(engine) {
  window.addEventListener("message", async (e) => {
    if (e.source !== window || !e.data?.discreetBench) return;
    const { texts, rounds = 1, gapMs = 0, echo = false } = e.data.discreetBench;
    const times = [];
    const marks = [];
    for (let r = 0; r < rounds; r++) {
      for (const text of texts) {
        if (gapMs) await new Promise((ok) => setTimeout(ok, gapMs));
        const start = performance.now();
        await (echo ? engine.echo(text) : engine.analyze(text));
        times.push(performance.now() - start);
        if (!echo) marks.push(engine.marks);
      }
    }
    window.postMessage({ discreetBenchResult: { times, marks } }, "*");
  });
}
