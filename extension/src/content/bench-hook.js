// The benchmark's way in (test build only: the release build drops it): a
// page posts {discreetBench: {texts, rounds, gapMs, echo, full}} and gets
// back {discreetBenchResult: {times: [ms, ...], marks: [...]}}: the time of
// each engine.analyze as the content script makes it (language detection,
// the port, the worker's analysis, the JSON parse) and where it went (the
// engine's timing marks). The request is typing's (no rewrite), or with
// full the one a popover makes for the whole post's rewrite. gapMs waits
// that long before each analysis, for the idle-gap case; echo times the
// port alone (engine.echo) instead, echo: "clone" with the answer as an
// object. field, if set, names the field typing requests are for (the
// worker reuses the field's last analysis); the texts are then the
// requests a user typing sends, or distinct posts in the same field.

/** listenForBench answers the benchmark's requests with engine's timings. */
export function listenForBench(engine) {
  window.addEventListener("message", async (e) => {
    if (e.source !== window || !e.data?.discreetBench) return;
    const { texts, rounds = 1, gapMs = 0, echo = false, full = false, field = "" } = e.data.discreetBench;
    const opts = full ? {} : { rewrite: false, ...(field ? { field } : {}) };
    const times = [];
    const marks = [];
    for (let r = 0; r < rounds; r++) {
      for (const text of texts) {
        if (gapMs) await new Promise((ok) => setTimeout(ok, gapMs));
        const start = performance.now();
        await (echo ? engine.echo(text, echo === "clone") : engine.analyze(text, opts));
        times.push(performance.now() - start);
        if (!echo) marks.push(engine.marks);
      }
    }
    window.postMessage({ discreetBenchResult: { times, marks } }, "*");
  });
}
