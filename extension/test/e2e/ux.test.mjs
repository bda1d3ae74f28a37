// The extension for a clinician who uses a keyboard, a screen reader, dark
// mode or a zoomed page: axe-core finds no serious or critical violation on
// the popover, the warning, the popup and the options page in light and dark;
// everything is reachable without a mouse and focus comes back to the post;
// the popover stays inside a zoomed, scrolled viewport. Screenshots of each,
// light and dark, go to .cache/screenshots.

import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { clickMarker, testPages, expected, waitForMarkers } from "./harness.mjs";
import { SHOTS, axeSerious, extensionId, focusInfo, shoot, tabIdOf } from "./ux-helpers.mjs";

// Synthetic posts, written for these tests.
const RISKY = "Seeking a counsellor for my client, a 51-year-old pharmacist in Brandon whose son was hurt in a rodeo accident in May.";
const OVERLAY = [["discreet-overlay", ".pop, .warn"]];

const env = testPages(before, after);

async function withFindings(name = "textarea") {
  const page = await env.open(name);
  await page.keyboard.type(RISKY);
  const want = (await expected(RISKY)).findings;
  await waitForMarkers(page, want);
  return { page, want };
}

for (const scheme of ["light", "dark"]) {
  test(`axe: the popover and the warning have no serious violation (${scheme})`, async () => {
    const { page } = await withFindings();
    await page.emulateMedia({ colorScheme: scheme });
    await page.keyboard.press("Alt+Enter");
    await page.locator("[data-discreet-popover]").waitFor();
    assert.deepEqual(await axeSerious(page, OVERLAY), []);
    await shoot(page, `popover-${scheme}`);
    await page.keyboard.press("Escape");
    await page.keyboard.press("Control+Enter");
    await page.locator("[data-discreet-warning]").waitFor();
    assert.deepEqual(await axeSerious(page, OVERLAY), []);
    await shoot(page, `warning-${scheme}`);
    await page.close();
  });

  test(`axe: the popup and the options page have no serious violation (${scheme})`, async () => {
    const { page } = await withFindings();
    const id = extensionId(env.browser.worker);
    const tab = await tabIdOf(env.browser.worker, page.url());
    const popup = await env.browser.context.newPage();
    await popup.emulateMedia({ colorScheme: scheme });
    await popup.setViewportSize({ width: 340, height: 260 });
    await popup.goto(`chrome-extension://${id}/popup.html?tab=${tab}`);
    await popup.locator("#count:not(:empty)").waitFor();
    assert.match(await popup.locator("html").getAttribute("lang"), /^en\b/);
    assert.deepEqual(await axeSerious(popup), []);
    await shoot(popup, `popup-${scheme}`);
    const options = await env.browser.context.newPage();
    await options.emulateMedia({ colorScheme: scheme });
    await options.goto(`chrome-extension://${id}/options.html`);
    await options.locator("details summary").click();
    await options.locator("#packs li").first().waitFor();
    assert.match(await options.locator("html").getAttribute("lang"), /^en\b/);
    assert.deepEqual(await axeSerious(options), []);
    await options.screenshot({ path: `${SHOTS}/options-${scheme}.png`, fullPage: true });
    await Promise.all([popup.close(), options.close(), page.close()]);
  });
}

test("keyboard only: open, Tab stays inside, accept, ignore, rewrite all; focus back in the field", async () => {
  const { page, want } = await withFindings();
  await page.keyboard.press("Alt+Enter");
  await page.locator("[data-discreet-popover]").waitFor();
  assert.deepEqual(await focusInfo(page), { where: "popover", action: "accept" });
  for (let i = 0; i < 5; i++) {
    await page.keyboard.press("Tab");
    assert.equal((await focusInfo(page)).where, "popover", `Tab #${i + 1} left the popover`);
  }
  await page.keyboard.press("Shift+Tab");
  assert.equal((await focusInfo(page)).where, "popover");
  // Accept the first finding's suggestion with Enter.
  await page.keyboard.press("Escape");
  assert.equal((await focusInfo(page)).where, "field");
  await page.keyboard.press("Alt+Enter");
  await page.locator("[data-discreet-popover]").waitFor();
  await page.keyboard.press("Enter");
  await page.locator("[data-discreet-popover]").waitFor({ state: "detached" });
  await page.waitForFunction((t) => document.querySelector("[data-test-editor]").value !== t, RISKY);
  assert.equal((await focusInfo(page)).where, "field");
  // Ignore the next one.
  await page.waitForFunction((n) => document.querySelector("discreet-overlay").shadowRoot.querySelectorAll("[data-discreet-finding]").length > 0 && n > 0, want.length);
  await page.keyboard.press("Alt+Enter");
  await page.locator('[data-discreet-action="ignore"]').waitFor();
  await page.keyboard.press("Tab");
  assert.deepEqual(await focusInfo(page), { where: "popover", action: "ignore" });
  await page.keyboard.press("Enter");
  await page.locator("[data-discreet-popover]").waitFor({ state: "detached" });
  assert.equal((await focusInfo(page)).where, "field");
  // Rewrite the whole post.
  await page.locator("[data-discreet-finding]").first().waitFor();
  await page.keyboard.press("Alt+Enter");
  const rewrite = await page.locator("[data-discreet-rewrite]").textContent();
  while ((await focusInfo(page)).action !== "rewrite-all") await page.keyboard.press("Tab");
  await page.keyboard.press("Enter");
  await page.waitForFunction((r) => document.querySelector("[data-test-editor]").value === r, rewrite);
  assert.equal((await focusInfo(page)).where, "field");
  await page.close();
  await env.browser.worker.evaluate(() => chrome.storage.local.set({ ignored: [] })); // the next tests see every finding
});

test("keyboard only: Escape dismisses the warning, Review opens the finding; focus back in the field", async () => {
  const { page } = await withFindings();
  await page.keyboard.press("Control+Enter");
  await page.locator("[data-discreet-warning]").waitFor();
  assert.deepEqual(await focusInfo(page), { where: "warning", action: "review" });
  await page.keyboard.press("Tab");
  assert.deepEqual(await focusInfo(page), { where: "warning", action: "post-anyway" });
  await page.keyboard.press("Tab");
  assert.deepEqual(await focusInfo(page), { where: "warning", action: "review" });
  await page.keyboard.press("Escape");
  await page.locator("[data-discreet-warning]").waitFor({ state: "detached" });
  assert.equal((await focusInfo(page)).where, "field");
  assert.deepEqual(await page.evaluate(() => window.submitted), []);
  await page.keyboard.press("Control+Enter");
  await page.locator("[data-discreet-warning]").waitFor();
  await page.keyboard.press("Enter"); // Review
  await page.locator("[data-discreet-popover]").waitFor();
  assert.equal((await focusInfo(page)).where, "popover");
  await page.keyboard.press("Escape");
  await page.locator("[data-discreet-popover]").waitFor({ state: "detached" });
  assert.equal((await focusInfo(page)).where, "field");
  await page.close();
});

test("a popover opened with the mouse closes with Escape", async () => {
  const { page } = await withFindings();
  await clickMarker(page, "[data-discreet-finding]");
  await page.locator("[data-discreet-popover]").waitFor();
  await page.keyboard.press("Escape");
  await page.locator("[data-discreet-popover]").waitFor({ state: "detached" });
  assert.equal((await focusInfo(page)).where, "field");
  await page.close();
});

test("zoom: at 200% on a scrolled page the popover is inside the viewport", async () => {
  const { page } = await withFindings();
  const cdp = await page.context().newCDPSession(page);
  // 200% zoom of a 1000×800 window: half the CSS pixels, twice the device pixels.
  await cdp.send("Emulation.setDeviceMetricsOverride", { width: 500, height: 400, deviceScaleFactor: 2, mobile: false });
  await page.evaluate(() => {
    document.body.style.padding = "900px 0 1200px";
    document.querySelector("[data-test-editor]").scrollIntoView({ block: "start" });
    window.scrollBy(0, 10); // the field's first line just under the top edge
  });
  await page.locator("[data-test-editor]").focus();
  await page.keyboard.press("Control+Home");
  for (const at of ["start", "end"]) {
    if (at === "end") await page.keyboard.press("Control+End");
    await page.keyboard.press("Alt+Enter");
    const pop = page.locator("[data-discreet-popover]");
    await pop.waitFor();
    await page.waitForFunction(() => document.querySelector("discreet-overlay").shadowRoot.querySelector("[data-discreet-popover]").style.top !== "");
    const r = await pop.evaluate((el) => ({ ...el.getBoundingClientRect().toJSON(), vw: innerWidth, vh: innerHeight }));
    assert.ok(r.top >= 0 && r.left >= 0 && r.bottom <= r.vh && r.right <= r.vw, `popover at ${JSON.stringify(r)} leaves the viewport`);
    await page.keyboard.press("Escape");
  }
  await cdp.send("Emulation.clearDeviceMetricsOverride");
  await page.close();
});
