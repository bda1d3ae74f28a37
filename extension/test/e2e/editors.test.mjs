// Highlights, Accept, "Rewrite whole post" and undo in every editor, with
// the extension loaded in Chromium. Expected spans come from the analyzer
// itself (the same .wasm run in Node), never from hard-coded output.

import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import path from "node:path";
import { testPages, ROOT, clickMarker, expected, leaks, waitForMarkers } from "./harness.mjs";

const RISKY = "Looking for a therapist for my client Maria, a 42-year-old nurse in Red Deer who lost her husband in a car crash last March.";
const INTRO = "Hello colleagues.";
const EDITORS = ["textarea", "contenteditable", "lexical", "draft", "prosemirror", "quill"];
const PAGES = [...EDITORS.map((e) => [e, ""]), ["lexical", "?csp=strict"], ["textarea", "?csp=strict"]];

const env = testPages(before, after);
const open = env.open;
const model = (page) => page.evaluate(() => window.getModelText());

/** waitModel waits until the editor's own model holds want, else says what it holds. */
async function waitModel(page, want, step) {
  try {
    await page.waitForFunction((w) => window.getModelText() === w, want, { timeout: 10000 });
  } catch {
    assert.equal(await model(page), want, `model after ${step}`);
  }
}

/** applied is what Accept must leave: the span replaced, nothing else touched. */
function applied(text, f) {
  let { start, end } = f;
  if (!f.replacement) {
    if (text[end] === " " && (start === 0 || text[start - 1] === " ")) end++;
    else if (start > 0 && text[start - 1] === " ") start--;
  }
  return text.slice(0, start) + f.replacement + text.slice(end);
}

async function openPopoverOn(page, m) {
  await clickMarker(page, `[data-discreet-finding][data-start="${m.start}"]`);
  await page.locator("[data-discreet-popover]").waitFor();
}

for (const [name, query] of PAGES) {
  const label = name + query;

  test(`${label}: highlights the analyzer's spans at its offsets`, async () => {
    const page = await open(name, query);
    await page.keyboard.type(RISKY);
    const want = (await expected(RISKY)).findings;
    assert.ok(want.length >= 3, "the risky post must have findings");
    const got = await waitForMarkers(page, want);
    const text = await model(page);
    assert.equal(text, RISKY);
    for (const m of got) assert.equal(text.slice(m.start, m.end), want.find((f) => f.start === m.start).text);
    if (query) assert.equal(await page.evaluate(() => document.documentElement.dataset.discreetEngine), "worker");
    await page.close();
  });

  if (query) continue;

  test(`${label}: offsets stay exact across paragraphs`, async () => {
    const page = await open(name);
    await page.keyboard.type(INTRO);
    await page.keyboard.press(name === "lexical" ? "Shift+Enter" : "Enter");
    await page.keyboard.type(RISKY);
    const text = INTRO + "\n" + RISKY;
    const want = (await expected(text)).findings;
    await waitForMarkers(page, want);
    assert.equal(await model(page), text);
    await page.close();
  });

  test(`${label}: Accept changes the editor's model, only the span, and Ctrl+Z restores it`, async () => {
    const page = await open(name);
    await page.keyboard.type(RISKY);
    const res = await expected(RISKY);
    const got = await waitForMarkers(page, res.findings);
    const f = res.findings.find((x) => x.replacement) ?? res.findings[0];
    await openPopoverOn(page, got.find((m) => m.start === f.start));
    if (name === "lexical") await page.screenshot({ path: path.join(ROOT, ".cache", "screenshots", "editor-lexical.png") }); // copied into docs/ by hand
    await page.locator('[data-discreet-action="accept"]').click();
    const want = applied(RISKY, f);
    await waitModel(page, want, "Accept");
    await page.locator("[data-test-editor]").focus();
    await page.keyboard.press("Control+z");
    await waitModel(page, RISKY, "Ctrl+Z");
    await page.close();
  });

  test(`${label}: "Rewrite whole post" puts the rewrite in the model, Ctrl+Z restores it`, async () => {
    const page = await open(name);
    await page.keyboard.type(RISKY);
    const res = await expected(RISKY);
    const got = await waitForMarkers(page, res.findings);
    await openPopoverOn(page, got[0]);
    assert.equal(await page.locator("[data-discreet-rewrite]").textContent(), res.rewrite);
    await page.locator('[data-discreet-action="rewrite-all"]').click();
    await waitModel(page, res.rewrite, "Rewrite whole post");
    await waitForMarkers(page, (await expected(res.rewrite)).findings);
    await page.locator("[data-test-editor]").focus();
    await page.keyboard.press("Control+z");
    await waitModel(page, RISKY, "Ctrl+Z");
    await page.close();
  });
}

test("no request carries the post text", async () => {
  const needles = [RISKY, "Red Deer", "42-year-old", "lost her husband", "Maria"];
  assert.ok(env.proxy.log.length + env.browser.requests.length > 0, "requests were captured");
  assert.deepEqual(leaks(env.proxy.log, needles), []);
  assert.deepEqual(leaks(env.browser.requests, needles), []);
});
