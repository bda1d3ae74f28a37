// expandCompact: a compact answer (docs/api.md §1) made whole again, and
// other answers left as they are.

import { test } from "node:test";
import assert from "node:assert/strict";
import { expandCompact } from "../../src/engine/compact.js";

test("text comes from the post, messages from the table unless a finding has its own", () => {
  const post = "Ana, 34, from Leeds 😀 and Ana again";
  const r = expandCompact({
    findings: [
      { start: 0, end: 3, rule: "en/name", category: "name", replacement: "a client" },
      { start: 5, end: 7, rule: "en/age", category: "age" },
      { start: 14, end: 19, rule: "en/place", category: "location", message: "its own" },
      { start: 27, end: 30, rule: "en/name", category: "name" },
    ],
    messages: { "en/name": "A name.", "en/age": "An age.", "en/place": "A place." },
  }, post);
  assert.deepEqual(r.findings.map((f) => [f.text, f.message, f.replacement]), [
    ["Ana", "A name.", "a client"], ["34", "An age.", ""], ["Leeds", "its own", ""], ["Ana", "A name.", ""],
  ]);
  assert.equal("messages" in r, false);
});

test("UTF-16 offsets: a span after an emoji slices the same text", () => {
  const post = "😀😀 Maria";
  const r = expandCompact({ findings: [{ start: 5, end: 10, rule: "r" }], messages: { r: "m" } }, post);
  assert.equal(r.findings[0].text, "Maria");
});

test("full answers and errors are returned untouched", () => {
  const full = { findings: [{ start: 0, end: 1, text: "x", message: "m" }] };
  assert.deepEqual(expandCompact(structuredClone(full), "y"), full);
  assert.deepEqual(expandCompact({ error: "bad" }, ""), { error: "bad" });
  assert.equal(expandCompact(undefined, ""), undefined);
});
