// langMemo: a detection is reused while the post keeps its start and has
// not grown by half; anything else is detected again.

import { test } from "node:test";
import assert from "node:assert/strict";
import { GROWTH, PREFIX, SAMPLE, langMemo } from "../../src/engine/lang.js";

function counted() {
  const seen = [];
  const detect = async (text) => {
    seen.push(text);
    return text.startsWith("Bonjour") ? "fr" : "en";
  };
  return { seen, memo: langMemo(detect) };
}

const long = (start, n) => (start + " " + "word ".repeat(n)).slice(0, n);

test("typing at the end of a long post reuses the detection", async () => {
  const { seen, memo } = counted();
  const text = long("Hello", PREFIX * 2);
  assert.equal(await memo(text), "en");
  assert.equal(await memo(text + " more"), "en");
  assert.equal(await memo(text + " more words"), "en");
  assert.equal(seen.length, 1);
});

test("a changed start, a short post or a post grown by half is detected again", async () => {
  const { seen, memo } = counted();
  const text = long("Hello", PREFIX * 2);
  await memo(text);
  assert.equal(await memo("Bonjour" + text.slice(5)), "fr"); // the start changed
  assert.equal(seen.length, 2);
  await memo("Bonjour"); // short: always detected
  await memo("Bonjour");
  assert.equal(seen.length, 4);
  const base = long("Bonjour", PREFIX * 2);
  await memo(base);
  await memo(base + "x".repeat(Math.ceil(base.length * (GROWTH - 1)))); // grown by half
  assert.equal(seen.length, 6);
});

test("detection reads at most SAMPLE characters", async () => {
  const { seen, memo } = counted();
  const book = long("Bonjour", SAMPLE * 3);
  await memo(book);
  assert.equal(seen[0].length, SAMPLE);
  await memo(book + book); // grown, but its sample is the same
  assert.equal(seen.length, 1);
});

test("latest is the language last detected, for a guess while a post's own detection runs", async () => {
  const { memo } = counted();
  assert.equal(memo.latest(), undefined);
  await memo("Bonjour");
  assert.equal(memo.latest(), "fr", "a short post's detection counts too");
  await memo(long("Hello", PREFIX * 2));
  assert.equal(memo.latest(), "en");
});
