// node typing.cjs WASM [ROUNDS] [PROFILE.cpuprofile]: the extension's typing
// request ("rewrite": false, "compact": true) through the bridge's analyze,
// as the service worker sends it, over the Chromium benchmark's 25 posts
// of 1,000 characters (extension/bench/posts.cjs), after the extension's
// warm-up (prepare, then passes over the pack's examples with the automata
// emptied between passes). Requests go
// back to back, as in the benchmark's round trips, so Go's own pacing
// decides the collections. Prints the time per request (mean, p50, p95,
// p99; the fastest and the median round), the process's CPU time per
// request (steadier on a shared machine), the linear memory and the time
// of a collection after 150 more requests (untimed above). With a
// profile path, V8's sampling profiler records the timed requests alone
// (the names are Go's when the .wasm is built without -ldflags=-s) and the
// 25 functions with the most self time are printed.
//
// node typing.cjs WASM [ROUNDS] --typed: instead, the requests a user
// typing each of the 25 posts sends (posts.cjs typedRequests: the text
// grown 5-20 characters a request, now and then a word typed into the
// middle), each post's requests naming one field ("field", which the
// analyzer reuses) and, alternated round by round, naming none. Prints,
// for each, the time per request, the p95 of the requests of 900
// characters or more, and the CPU time per 1,000 characters of request.
"use strict";
const fs = require("fs");
const path = require("path");
const inspector = require("inspector");

const root = path.join(__dirname, "../..");
const { benchPosts, typedRequests } = require("../../extension/bench/posts.cjs");
const texts = benchPosts(root);

// load instantiates the .wasm and resolves to [api, instance].
function load(wasm) {
  globalThis.fs ??= fs;
  globalThis.crypto ??= require("crypto").webcrypto;
  require(path.resolve(path.dirname(wasm), "wasm_exec.js"));
  const go = new globalThis.Go();
  go.env = { TMPDIR: require("os").tmpdir() };
  return new Promise((resolve, reject) => {
    WebAssembly.instantiate(fs.readFileSync(wasm), go.importObject).then((r) => {
      globalThis.__discreetReady = () => resolve([globalThis.discreet, r.instance]);
      go.run(r.instance);
    }).catch(reject);
  });
}

function warmUp(api) {
  api.prepare("en", 0);
  api.prepare("en", 1);
  for (let pass = 0; pass < 8; pass++) {
    if (pass > 0) api.forgetStates();
    for (let part = 0; part < 8; part++) {
      for (const r of api.warmUpRequests("en", part, 8)) api.analyze(r);
      api.collect();
    }
  }
}

// topSelf returns the n functions with the most self samples, in percent.
function topSelf(profile, n) {
  const byId = new Map(profile.nodes.map((x) => [x.id, x]));
  const count = new Map();
  for (const id of profile.samples) {
    const name = byId.get(id).callFrame.functionName || "(" + byId.get(id).callFrame.url + ")";
    count.set(name, (count.get(name) ?? 0) + 1);
  }
  return [...count].sort((a, b) => b[1] - a[1]).slice(0, n)
    .map(([name, c]) => `${(100 * c / profile.samples.length).toFixed(1).padStart(5)}% ${name}`);
}

const pct = (xs, p) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(p / 100 * xs.length))];
const us = (ms) => (ms * 1000).toFixed(0);

// typed times the typed requests of the 25 posts, with and without their
// field, alternated over rounds.
function typed(api, wasm, rounds) {
  const seqs = texts.map((text, i) => typedRequests(text, i));
  const reqs = (field) => seqs.flatMap((seq, i) => seq.map((text) =>
    [text.length, JSON.stringify({ text, lang: "en", platform: "facebook_group", rewrite: false, compact: true, ...(field ? { field: `bench/${i}` } : {}) })]));
  const rows = { field: reqs(true), none: reqs(false) };
  const stats = { field: { times: [], long: [], cpu: 0, chars: 0 }, none: { times: [], long: [], cpu: 0, chars: 0 } };
  for (const [, r] of rows.field) api.analyze(r); // the automata's states for these texts
  for (let k = 0; k < rounds; k++) {
    for (const name of k % 2 ? ["none", "field"] : ["field", "none"]) {
      const st = stats[name];
      const cpu0 = process.cpuUsage();
      for (const [len, r] of rows[name]) {
        const t0 = performance.now();
        api.analyze(r);
        const dt = performance.now() - t0;
        st.times.push(dt);
        if (len >= 900) st.long.push(dt * 1000 / len);
        st.chars += len;
      }
      const cpu = process.cpuUsage(cpu0);
      st.cpu += cpu.user + cpu.system;
      api.collect();
    }
  }
  for (const [name, st] of Object.entries(stats)) {
    const mean = st.times.reduce((a, b) => a + b, 0) / st.times.length;
    console.log(`${path.basename(wasm)} typed, ${name === "field" ? "with its field" : "without field"}: ${st.times.length} requests, ` +
      `mean ${us(mean)} µs, p95 ${us(pct(st.times, 95))}; requests of 900+ characters: p50 ${us(pct(st.long, 50))}, p95 ${us(pct(st.long, 95))} µs per 1,000 characters; ` +
      `CPU ${(st.cpu / st.chars * 1000).toFixed(0)} µs per 1,000 characters`);
  }
}

(async () => {
  const args = process.argv.slice(2).filter((a) => a !== "--typed");
  const [wasm, rounds = "40", prof] = args;
  const [api, instance] = await load(wasm);
  warmUp(api);
  if (process.argv.includes("--typed")) {
    typed(api, wasm, Number(rounds));
    process.exit(0);
  }
  // One field for all 25 posts, as a user who pastes post after post into
  // it: each request finds the field's last text to be another post, so the
  // analyzer's reuse misses every time, and these rows show what a miss costs.
  const reqs = texts.map((text) => JSON.stringify({ text, lang: "en", platform: "facebook_group", rewrite: false, compact: true, field: "rotation" }));
  for (const r of reqs) api.analyze(r); // the first round: the automata's states for these posts
  const session = new inspector.Session();
  const post = (m, p = {}) => new Promise((ok, no) => session.post(m, p, (e, r) => (e ? no(e) : ok(r))));
  if (prof) {
    session.connect();
    await post("Profiler.enable");
    await post("Profiler.setSamplingInterval", { interval: 100 });
    await post("Profiler.start");
  }
  const times = [], roundMeans = [];
  const cpu0 = process.cpuUsage();
  for (let k = 0; k < Number(rounds); k++) {
    const r0 = performance.now();
    for (const r of reqs) {
      const t0 = performance.now();
      api.analyze(r);
      times.push(performance.now() - t0);
    }
    roundMeans.push((performance.now() - r0) / reqs.length);
  }
  const cpu = process.cpuUsage(cpu0);
  const mean = times.reduce((a, b) => a + b, 0) / times.length;
  console.log(`${path.basename(wasm)}: ${times.length} requests, mean ${us(mean)} µs, p50 ${us(pct(times, 50))}, p95 ${us(pct(times, 95))}, ` +
    `p99 ${us(pct(times, 99))}; round mean fastest ${us(pct(roundMeans, 0))}, median ${us(pct(roundMeans, 50))}; ` +
    `CPU ${((cpu.user + cpu.system) / times.length).toFixed(0)} µs a request; linear memory ${(instance.exports.mem.buffer.byteLength / 2 ** 20).toFixed(1)} MB`);
  // What one collection of the warm heap costs: after 150 more requests
  // (~9 MB of garbage, past collect()'s 6 MB), three times.
  const gc = [];
  for (let k = 0; k < 3; k++) {
    for (let n = 0; n < 6; n++) for (const r of reqs) api.analyze(r);
    const t0 = performance.now();
    if (api.collect()) gc.push((performance.now() - t0).toFixed(0));
  }
  console.log(`a collection after 150 requests: ${gc.join(", ")} ms`);
  if (prof) {
    const { profile } = await post("Profiler.stop");
    fs.writeFileSync(prof, JSON.stringify(profile));
    console.log(topSelf(profile, 25).join("\n"));
  }
  process.exit(0);
})();
