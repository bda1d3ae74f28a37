// Highlights, Accept, "Rewrite whole post" and undo in every editor, with
// the extension loaded in Chromium. Expected spans come from the analyzer
// itself (the same .wasm run in Node), never from hard-coded output.

import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import path from "node:path";
import { MAX_CHARS } from "../../src/engine/cap.js";
import { testPages, ROOT, clickMarker, expected, leaks, waitForMarkers } from "./harness.mjs";

const RISKY = "Looking for a therapist for my client Maria, a 42-year-old nurse in Red Deer who lost her husband in a car crash last March.";
const INTRO = "Hello colleagues.";
const GREETING = "Hi all, ";
const EDITORS = ["textarea", "contenteditable", "lexical", "draft", "prosemirror", "quill", "slate", "ckeditor", "tiptap"];
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

/** sameFinding finds in fs the finding of f's rule and text nearest to at. */
function sameFinding(fs, f, at) {
  const c = fs.filter((x) => x.rule === f.rule && x.text === f.text);
  c.sort((a, b) => Math.abs(a.start - at) - Math.abs(b.start - at));
  assert.ok(c.length, `the edited post still has ${f.rule} on ${JSON.stringify(f.text)}`);
  return c[0];
}

/**
 * acceptByKeyboard opens the popover at the caret with Alt+Enter and
 * accepts. Editors that group undo steps by time (Quill) are told first
 * that what came before is a step of its own.
 */
async function acceptByKeyboard(page) {
  await page.evaluate(() => window.cutUndo?.());
  await page.keyboard.press("Alt+Enter");
  await page.locator("[data-discreet-popover]").waitFor();
  await page.keyboard.press("Enter"); // the focused Accept button
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

// The draft is never mangled: Accept after the text moved under the
// findings applies the fix where the finding now is, or not at all.
for (const name of EDITORS) {
  test(`${name}: typing before a finding, then Alt+Enter and Accept, fixes that finding where it now is; Ctrl+Z restores`, async () => {
    const page = await open(name);
    await page.keyboard.type(RISKY);
    const res = await expected(RISKY);
    await waitForMarkers(page, res.findings);
    await page.keyboard.press("Control+Home");
    await page.keyboard.type(GREETING);
    await acceptByKeyboard(page); // at once: the findings shown are still those of RISKY
    const text = GREETING + RISKY;
    const f = sameFinding((await expected(text)).findings, res.findings[0], res.findings[0].start + GREETING.length);
    await waitModel(page, applied(text, f), "Accept after typing");
    await page.locator("[data-test-editor]").focus();
    await page.keyboard.press("Control+z");
    await waitModel(page, text, "Ctrl+Z");
    await page.close();
  });

  test(`${name}: the page changes the text without an input event; Accept still fixes the right span`, async () => {
    const page = await open(name);
    await page.keyboard.type(RISKY);
    const res = await expected(RISKY);
    await waitForMarkers(page, res.findings);
    await page.evaluate((s) => window.pageEdit(s), GREETING);
    const text = GREETING + RISKY;
    await waitModel(page, text, "the page's edit");
    await page.locator("[data-test-editor]").focus();
    await page.keyboard.press("Control+End");
    await acceptByKeyboard(page);
    const f = sameFinding((await expected(text)).findings, res.findings[0], res.findings[0].start + GREETING.length);
    await waitModel(page, applied(text, f), "Accept after the page's edit");
    await page.locator("[data-test-editor]").focus();
    await page.keyboard.press("Control+z");
    await waitModel(page, text, "Ctrl+Z");
    await page.close();
  });
}

// Typing's analyses leave the rewrite out; the popover asks for it. If the
// page changes the text while the popover is open, "Rewrite whole post"
// writes the rewrite of the text now there, never the one it showed.
for (const name of ["textarea", "prosemirror", "slate"]) {
  test(`${name}: the page changes the text under an open popover; Rewrite whole post rewrites the text now there`, async () => {
    const page = await open(name);
    await page.keyboard.type(RISKY);
    const res = await expected(RISKY);
    const got = await waitForMarkers(page, res.findings);
    await openPopoverOn(page, got[0]);
    assert.equal(await page.locator("[data-discreet-rewrite]").textContent(), res.rewrite, "the popover's rewrite, asked on opening");
    await page.evaluate((s) => window.pageEdit(s), GREETING);
    const text = GREETING + RISKY;
    await waitModel(page, text, "the page's edit");
    await page.locator('[data-discreet-action="rewrite-all"]').click();
    const want = (await expected(text)).rewrite;
    assert.notEqual(want, res.rewrite);
    await waitModel(page, want, "Rewrite whole post after the page's edit");
    await page.locator("[data-test-editor]").focus();
    await page.keyboard.press("Control+z");
    await waitModel(page, text, "Ctrl+Z");
    await page.close();
  });
}

test("textarea: a post over the size cap is checked in its first part, and the popover says so", async () => {
  const page = await open("textarea");
  const head = "My client, a 42-year-old nurse, needs a therapist. ";
  const long = head + "We talked about the schedule for the coming weeks. ".repeat(500);
  assert.ok(long.length > MAX_CHARS);
  await page.evaluate((t) => document.execCommand("insertText", false, t), long);
  const res = await expected(long.slice(0, MAX_CHARS));
  const got = await waitForMarkers(page, res.findings);
  await openPopoverOn(page, got[0]);
  const note = await page.locator("[data-discreet-truncated]").textContent();
  assert.match(note, /too long/);
  assert.equal(note.replace(/\D/g, ""), String(MAX_CHARS), note);
  await page.close();
});

test("no request carries the post text", async () => {
  const needles = [RISKY, "Red Deer", "42-year-old", "lost her husband", "Maria"];
  assert.ok(env.proxy.log.length + env.browser.requests.length > 0, "requests were captured");
  assert.deepEqual(leaks(env.proxy.log, needles), []);
  assert.deepEqual(leaks(env.browser.requests, needles), []);
});
