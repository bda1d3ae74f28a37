// The size cap: long posts are checked in their first MAX_CHARS code units.

import { test } from "node:test";
import assert from "node:assert/strict";
import { MAX_CHARS, capText } from "../../src/engine/cap.js";

test("capText leaves a post under the cap alone", () => {
  assert.deepEqual(capText("short post"), { text: "short post", truncated: false });
  const exact = "a".repeat(MAX_CHARS);
  assert.equal(capText(exact).text, exact);
  assert.equal(capText(exact).truncated, false);
});

test("capText cuts a long post at the cap", () => {
  const { text, truncated } = capText("word ".repeat(MAX_CHARS));
  assert.equal(truncated, true);
  assert.equal(text.length, MAX_CHARS);
});

test("capText never splits a surrogate pair", () => {
  const s = "ab\u{1F600}cd"; // the emoji is code units 2 and 3
  assert.equal(capText(s, 3).text, "ab");
  assert.equal(capText(s, 4).text, "ab\u{1F600}");
});
