// FieldTracker under a DOM shim (linkedom): a field whose text has not
// changed since its last analysis is not sent again, unless forced; an
// analysis overtaken by an edit is dropped; typing asks without the
// rewrite, which complete() asks for once, for the text still in the field.

import { test } from "node:test";
import assert from "node:assert/strict";
import { parseHTML } from "linkedom";
import { FieldTracker } from "../../src/dom/fields.js";

function setup() {
  const { document } = parseHTML("<html><body><textarea></textarea></body></html>");
  const field = document.querySelector("textarea");
  const asked = [];
  const options = [];
  const shown = [];
  const answers = []; // pending analyses: {text, resolve}
  const tracker = new FieldTracker({
    doc: document,
    overlay: { show: (_f, fs) => shown.push(fs.map((f) => f.text)) },
    actions: { enabled: () => true, minSeverity: () => "low", isIgnored: () => false, hash: async (t) => t },
    analyze: (text, opts = {}) => {
      asked.push(text);
      options.push(opts);
      return new Promise((resolve) => answers.push({ text, resolve }));
    },
  });
  const answer = (i) => answers[i].resolve({
    findings: [{ text: answers[i].text.split(" ")[0], severity: "high", start: 0, end: 1 }],
    ...(options[i].rewrite === false ? {} : { rewrite: "Someone is an adult" }),
  });
  return { field, tracker, asked, options, shown, answer };
}

test("the same text is analyzed once; refresh analyzes it again", async () => {
  const { field, tracker, asked, shown, answer } = setup();
  field.value = "Maria is 42";
  const first = tracker.analyze(field);
  answer(0);
  await first;
  await tracker.analyze(field); // an input event that changed nothing
  assert.deepEqual(asked, ["Maria is 42"]);
  assert.deepEqual(shown, [["Maria"]]);
  assert.ok(tracker.isFresh(field));
  const again = tracker.analyze(field, true); // the settings changed
  answer(1);
  await again;
  assert.equal(asked.length, 2);
  assert.equal(shown.length, 2);
});

test("text whose analysis is on its way is not sent again, unless forced", async () => {
  const { field, tracker, asked, shown, answer } = setup();
  field.value = "Maria is 42";
  const first = tracker.analyze(field);
  const same = tracker.analyze(field); // an input event that changed nothing, while the first runs
  answer(0);
  await Promise.all([first, same]);
  assert.deepEqual(asked, ["Maria is 42"]);
  assert.deepEqual(shown, [["Maria"]]);
  field.value = "Bob is 42";
  const second = tracker.analyze(field);
  const forced = tracker.analyze(field, true); // the settings changed meanwhile
  answer(1);
  answer(2);
  await Promise.all([second, forced]);
  assert.deepEqual(asked, ["Maria is 42", "Bob is 42", "Bob is 42"]);
  assert.equal(shown.length, 2, "the overtaken answer is not drawn");
});

test("an analysis overtaken by an edit that restored the analyzed text is dropped", async () => {
  const { field, tracker, asked, shown, answer } = setup();
  field.value = "Maria is 42";
  const first = tracker.analyze(field);
  answer(0);
  await first;
  field.value = "Bob is 42";
  const stale = tracker.analyze(field); // still running when the edit is undone
  field.value = "Maria is 42";
  await tracker.analyze(field);
  answer(1);
  await stale;
  assert.deepEqual(asked, ["Maria is 42", "Bob is 42"]);
  assert.deepEqual(shown, [["Maria"]], "Bob's findings are never drawn on Maria's text");
  assert.ok(tracker.isFresh(field));
});

test("typing asks without the rewrite; complete asks for it once, for the text in the field", async () => {
  const { field, tracker, asked, options, answer } = setup();
  field.value = "Maria is 42";
  const first = tracker.analyze(field);
  answer(0);
  await first;
  // Typing names the field, whose last analysis the worker reuses.
  assert.deepEqual(options, [{ rewrite: false, field: tracker.get(field).key }]);
  assert.equal(typeof options[0].field, "string");
  assert.equal(tracker.get(field).result.rewrite, undefined);
  const whole = tracker.complete(field);
  const again = tracker.complete(field); // the popover and Rewrite whole post: one request
  answer(1);
  assert.equal((await whole).rewrite, "Someone is an adult");
  assert.equal((await again).rewrite, "Someone is an adult");
  assert.deepEqual(asked, ["Maria is 42", "Maria is 42"]);
  assert.deepEqual(options[1], {}, "the default request: with the rewrite");
  assert.equal(tracker.get(field).result.rewrite, "Someone is an adult", "the complete result is kept");
  assert.equal((await tracker.complete(field)).rewrite, "Someone is an adult");
  assert.equal(asked.length, 2);
});

test("complete answers null when the page changed the text before the rewrite came", async () => {
  const { field, tracker, answer } = setup();
  field.value = "Maria is 42";
  const first = tracker.analyze(field);
  answer(0);
  await first;
  const whole = tracker.complete(field);
  field.value = "Maria is 42, Bob too"; // no input event
  answer(1);
  assert.equal(await whole, null);
  field.value = "Maria is 42";
  assert.equal((await tracker.complete(field)).rewrite, "Someone is an adult", "the same text again: its rewrite");
});
