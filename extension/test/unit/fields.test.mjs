// FieldTracker under a DOM shim (linkedom): a field whose text has not
// changed since its last analysis is not sent again, unless forced; an
// analysis overtaken by an edit is dropped.

import { test } from "node:test";
import assert from "node:assert/strict";
import { parseHTML } from "linkedom";
import { FieldTracker } from "../../src/dom/fields.js";

function setup() {
  const { document } = parseHTML("<html><body><textarea></textarea></body></html>");
  const field = document.querySelector("textarea");
  const asked = [];
  const shown = [];
  const answers = []; // pending analyses: {text, resolve}
  const tracker = new FieldTracker({
    doc: document,
    overlay: { show: (_f, fs) => shown.push(fs.map((f) => f.text)) },
    actions: { enabled: () => true, minSeverity: () => "low", isIgnored: () => false, hash: async (t) => t },
    analyze: (text) => {
      asked.push(text);
      return new Promise((resolve) => answers.push({ text, resolve }));
    },
  });
  const answer = (i) => answers[i].resolve({ findings: [{ text: answers[i].text.split(" ")[0], severity: "high", start: 0, end: 1 }] });
  return { field, tracker, asked, shown, answer };
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
