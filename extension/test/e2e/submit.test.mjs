// The pre-submit check: a risky post is held with a warning, a clean one
// goes through untouched, "Post anyway" submits exactly the text shown.

import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { testPages, expected, leaks, waitForMarkers } from "./harness.mjs";

const RISKY = "Looking for a therapist for my client Maria, a 42-year-old nurse in Red Deer who lost her husband in a car crash last March.";
const CLEAN = "Which CBT workbooks do you like for grown-ups with health anxiety?";

const env = testPages(before, after);
const open = env.open;
const submitted = (page) => page.evaluate(() => window.submitted);

test("the clean post has no medium or high finding (premise)", async () => {
  const res = await expected(CLEAN);
  assert.deepEqual(res.findings.filter((f) => f.severity !== "low"), []);
});

for (const [name, query] of [["textarea", ""], ["lexical", ""], ["prosemirror", ""], ["lexical", "?csp=strict"]]) {
  const label = name + query;

  test(`${label}: clicking Post on a risky post shows the warning; Post anyway submits the text shown`, async () => {
    const page = await open(name, query);
    await page.keyboard.type(RISKY);
    await page.locator("#post").click();
    await page.locator("[data-discreet-warning]").waitFor();
    assert.deepEqual(await submitted(page), []);
    await page.locator('[data-discreet-action="post-anyway"]').click();
    await page.waitForFunction(() => window.submitted.length === 1);
    assert.deepEqual(await submitted(page), [{ how: "submit", text: RISKY }]);
    assert.equal(await page.locator("[data-discreet-warning]").count(), 0);
    await page.close();
  });

  test(`${label}: a clean post is submitted at once, with no warning`, async () => {
    const page = await open(name, query);
    await page.keyboard.type(CLEAN);
    await page.locator("#post").click();
    await page.waitForFunction(() => window.submitted.length === 1);
    assert.deepEqual(await submitted(page), [{ how: "submit", text: CLEAN }]);
    assert.equal(await page.locator("[data-discreet-warning]").count(), 0);
    await page.close();
  });
}

test("Ctrl+Enter on a risky post is held; Review opens the popover on a finding", async () => {
  const page = await open("lexical");
  await page.keyboard.type(RISKY);
  await waitForMarkers(page, (await expected(RISKY)).findings);
  await page.keyboard.press("Control+Enter");
  await page.locator("[data-discreet-warning]").waitFor();
  assert.deepEqual(await submitted(page), []);
  await page.locator('[data-discreet-action="review"]').click();
  await page.locator('[data-discreet-action="accept"]').waitFor();
  assert.equal(await page.locator("[data-discreet-warning]").count(), 0);
  // The popover is keyboard-reachable: Accept has focus, Escape closes it.
  await page.keyboard.press("Escape");
  await page.locator("[data-discreet-popover]").waitFor({ state: "detached" });
  await page.keyboard.press("Alt+Enter");
  await page.locator("[data-discreet-popover]").waitFor();
  await page.close();
});

test("Ctrl+Enter then Post anyway re-sends the key press unchanged", async () => {
  const page = await open("quill");
  await page.keyboard.type(RISKY);
  await page.keyboard.press("Control+Enter");
  await page.locator('[data-discreet-action="post-anyway"]').click();
  await page.waitForFunction(() => window.submitted.length === 1);
  assert.deepEqual(await submitted(page), [{ how: "ctrl-enter", text: RISKY }]);
  await page.close();
});

test("no request carries the post text", async () => {
  const needles = [RISKY, CLEAN, "Red Deer", "42-year-old", "health anxiety"];
  assert.deepEqual(leaks(env.proxy.log, needles), []);
  assert.deepEqual(leaks(env.browser.requests, needles), []);
});
