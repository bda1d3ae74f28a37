// The warm-up's schedule: passes over the examples until one is no longer
// clearly faster than the best before it, twice in a row.

import { test } from "node:test";
import assert from "node:assert/strict";
import * as esbuild from "esbuild";

// The engine imports Go's wasm_exec.js as "go-wasm-exec", which the build
// supplies; the warm-up's schedule does not need Go, so it is left empty.
const bundle = await esbuild.build({
  entryPoints: [new URL("../../src/engine/wasm.js", import.meta.url).pathname],
  bundle: true, format: "esm", write: false, logLevel: "silent",
  plugins: [{ name: "no-go", setup: (b) => {
    b.onResolve({ filter: /^go-wasm-exec$/ }, () => ({ path: "go-wasm-exec", namespace: "stub" }));
    b.onLoad({ filter: /.*/, namespace: "stub" }, () => ({ contents: "" }));
  } }],
});
const { compilePack, warmUp } = await import(`data:text/javascript;base64,${Buffer.from(bundle.outputFiles[0].text).toString("base64")}`);

// fakeAnalyzer's warmUpRequests "takes" perPass[pass] / 8 ms of a fake
// clock per slice (the last entry repeats), records the calls it gets and
// gives no requests.
function fakeAnalyzer(perPass, fail = () => "") {
  const clock = { t: 0, now() { return this.t; } };
  const calls = [];
  const prepared = [];
  const api = {
    prepare(lang, step) {
      prepared.push([lang, step]);
      clock.t += 100;
      return fail(-1 - step);
    },
    forgetStates() {
      prepared.push(["forget", calls.length]);
    },
    collect() {
      prepared.push(["collect", calls.length]);
      return false;
    },
    warmUpRequests(lang, part, parts) {
      const pass = Math.floor(calls.length / parts);
      calls.push([lang, part, parts]);
      clock.t += perPass[Math.min(pass, perPass.length - 1)] / parts;
      const err = fail(calls.length);
      return err === "" ? [] : err;
    },
  };
  return { api, clock, calls, prepared };
}

test("warmUp stops after two passes that are not 10% faster than the best", async () => {
  // Pass 0 compiles the pack and does not count; 1-3 keep getting faster.
  const { api, clock, calls, prepared } = fakeAnalyzer([1000, 80, 40, 20, 19, 18.5]);
  const slices = await warmUp(api, "fr", clock);
  assert.deepEqual(prepared.filter((p) => p[0] !== "collect"), [["fr", 0], ["fr", 1], ["forget", 8], ["forget", 16], ["forget", 24], ["forget", 32], ["forget", 40]],
    "read, then compile, the pack first; the automata emptied before each pass but the first");
  assert.equal(calls.length, 6 * 8, "passes 0-3, then two stale ones");
  assert.deepEqual(calls.slice(0, 9).map((c) => c[1]), [0, 1, 2, 3, 4, 5, 6, 7, 0]);
  assert.ok(calls.every(([lang, , parts]) => lang === "fr" && parts === 8));
  assert.deepEqual(slices.slice(0, 3), [100, 100, 125]);
  assert.equal(slices.length, 2 + calls.length);
});

test("warmUp makes at most 12 passes", async () => {
  const perPass = [1000];
  for (let i = 1; i < 30; i++) perPass.push(100 * 0.8 ** i); // always 20% faster
  const { api, clock, calls } = fakeAnalyzer(perPass);
  await warmUp(api, "en", clock);
  assert.equal(calls.length, 12 * 8);
});

test("warmUp stops at the first error and resolves with what it did", async () => {
  const { api, clock, calls } = fakeAnalyzer([1000, 50], (n) => (n === 3 ? "unsupported language" : ""));
  const slices = await warmUp(api, "xx", clock);
  assert.equal(calls.length, 3);
  assert.equal(slices.length, 2 + 2);
  const refused = fakeAnalyzer([1000], (n) => (n === -1 ? "unsupported language" : ""));
  assert.deepEqual(await warmUp(refused.api, "xx", refused.clock), []);
  assert.equal(refused.calls.length, 0, "no passes when the pack cannot be read");
  const thrower = { prepare() { throw new Error("boom"); } };
  assert.deepEqual(await warmUp(thrower, "en", clock), []);
});

test("compilePack compiles once, and the warm-up then only reads", async () => {
  const f = fakeAnalyzer([1000, 50]);
  assert.equal(await compilePack(f.api, "en"), "");
  assert.equal(await compilePack(f.api, "en"), "");
  assert.deepEqual(f.prepared, [["en", 1]]);
  await warmUp(f.api, "en", f.clock);
  assert.deepEqual(f.prepared.filter((p) => p[0] === "en"), [["en", 1], ["en", 0]], "the warm-up only reads");
  const collects = f.prepared.filter((p) => p[0] === "collect").map((p) => p[1]);
  assert.deepEqual(collects, f.calls.map((_, i) => i + 1), "a collection after every slice");
  const failing = fakeAnalyzer([1000], (n) => (n === -2 ? "bad pack" : ""));
  assert.equal(await compilePack(failing.api, "fr"), "bad pack");
  assert.equal(await compilePack(failing.api, "fr"), "bad pack", "a failed compile is not remembered as done");
  assert.deepEqual(failing.prepared, [["fr", 1], ["fr", 1]]);
});

test("warmUp sends the bridge's warm-up requests through analyze", async () => {
  const f = fakeAnalyzer([1000, 50]);
  const analyzed = [];
  const record = f.api.warmUpRequests; // for the fake's clock and its record
  f.api.warmUpRequests = (lang, part, parts) => {
    record(lang, part, parts);
    return part === 3 ? [] : [`{"text":"example ${part}","lang":"${lang}"}`];
  };
  f.api.analyze = (req) => { analyzed.push(req); return "{}"; };
  await warmUp(f.api, "es", f.clock);
  assert.ok(analyzed.length >= 7 * 3, `${analyzed.length} requests analyzed`);
  assert.deepEqual(analyzed.slice(0, 3), ['{"text":"example 0","lang":"es"}', '{"text":"example 1","lang":"es"}', '{"text":"example 2","lang":"es"}']);
  const g = fakeAnalyzer([1000]);
  g.api.warmUpRequests = () => "unsupported language \"xx\"";
  assert.deepEqual(await warmUp(g.api, "xx", g.clock), [100, 100], "an error string stops it after the pack");
});
