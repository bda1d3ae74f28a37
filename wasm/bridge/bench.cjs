// node bench.cjs WASM [N]: the 1,000-character requests of the native
// BenchmarkProcessLine1000 (analyzer/protocol) through the bridge .wasm
// under Node. Without N it prints the time per request of the typing
// request ("rewrite": false) and the full one: the minimum and median of
// 15 rounds of 100, after 800 requests of warm-up. With N it sends 60
// typing requests and then N more, for an instruction count (valgrind
// --tool=cachegrind --smc-check=all-non-file; run twice and subtract).
"use strict";
const path = require("path");
const { load } = require("./node.cjs");

// The synthetic post of analyzer/internal/adversarial (Prose).
const prose = "Hello everyone! Need a counsellor for a client of mine, 15 y/o boy in Medicine Hat, just arrived from Manila with his aunt. " +
  "Dealing w/ panic attacks and some cutting lately. He plays on the Hornets U16 boys team and is scared his coach will hear. " +
  "Must take AB Blue Cross. His mom is a 47-year-old firefighter who was in a bad collision last April. DM me! ";
const text = prose.repeat(Math.ceil(1000 / prose.length)).slice(0, 1000);

function request(extra) {
  return Buffer.from(JSON.stringify({ text, lang: "en", platform: "facebook_group" }).slice(0, -1) + extra + "}\n");
}

function timeRequests(api, line) {
  for (let i = 0; i < 800; i++) api.processLine(line);
  const times = [];
  for (let r = 0; r < 15; r++) {
    const n = 100;
    const t0 = process.hrtime.bigint();
    for (let i = 0; i < n; i++) api.processLine(line);
    times.push(Number(process.hrtime.bigint() - t0) / n / 1e3);
  }
  times.sort((a, b) => a - b);
  return `min ${times[0].toFixed(0)} µs, median ${times[7].toFixed(0)} µs per request`;
}

(async () => {
  const wasm = process.argv[2];
  const api = await load(wasm, path.join(path.dirname(wasm), "wasm_exec.js"));
  const typing = request(',"rewrite":false');
  if (process.argv[3] !== undefined) {
    for (let i = 0; i < 60 + Number(process.argv[3]); i++) api.processLine(typing);
  } else {
    console.log(`typing: ${timeRequests(api, typing)}; full: ${timeRequests(api, request(""))}`);
  }
  process.exit(0);
})();
