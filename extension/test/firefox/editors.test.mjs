// The extension in Firefox ESR: the test build (dist/firefox-test) installed
// over WebDriver BiDi by puppeteer-core, its analyzer in the event page. On
// the textarea, contenteditable and ProseMirror pages: highlights at the
// analyzer's offsets, Accept and Ctrl+Z in the editor's model, Accept
// right after typing before the finding (stale offsets), and Accept after
// the page itself changed the text with no input event.

import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import puppeteer from "puppeteer-core";
import { DIST, expected, serve } from "../e2e/harness.mjs";

const FIREFOX = process.env.FIREFOX ?? "/usr/bin/firefox-esr";
const RISKY = "Looking for a therapist for my client Maria, a 42-year-old nurse in Red Deer who lost her husband in a car crash last March.";
const GREETING = "Hi all, ";
const EDITORS = ["textarea", "contenteditable", "prosemirror"];
let site, browser;

before(async () => {
  assert.ok(fs.existsSync(FIREFOX), `Firefox at ${FIREFOX} (scripts/test-extension installs firefox-esr)`);
  site = await serve(path.join(DIST, "test-pages"));
  browser = await puppeteer.launch({ browser: "firefox", executablePath: FIREFOX, headless: true, protocol: "webDriverBiDi" });
  await browser.installExtension(path.join(DIST, "firefox-test"));
});
after(async () => {
  await browser?.close();
  site?.server.close();
});

async function open(name) {
  const page = await browser.newPage();
  // The tab must be the active one, as the tab a person types in is:
  // Firefox refuses editing commands (the write path's execCommand) in a
  // document without focus, and headless, a cold browser's first new tab
  // is not always activated by newPage.
  await page.bringToFront();
  await page.goto(`${site.origin}/${name}.html`);
  await page.waitForFunction(() => document.documentElement.dataset.pageReady === "1" && document.documentElement.dataset.discreetEngine);
  await page.click("[data-test-editor]");
  return page;
}

const model = (page) => page.evaluate(() => window.getModelText());
async function waitModel(page, want, step) {
  try {
    await page.waitForFunction((w) => window.getModelText() === w, { timeout: 10000 }, want);
  } catch {
    assert.equal(await model(page), want, `model after ${step}`);
  }
}

/** waitForMarkers waits until the overlay's markers are exactly want's spans. */
async function waitForMarkers(page, want) {
  const key = want.map((f) => `${f.start}-${f.end}-${f.category}`).sort().join(",");
  await page.waitForFunction((k) => {
    const root = document.querySelector("discreet-overlay")?.shadowRoot;
    const seen = new Set([...(root?.querySelectorAll("[data-discreet-finding]") ?? [])].map((e) => `${e.dataset.start}-${e.dataset.end}-${e.dataset.category}`));
    return [...seen].sort().join(",") === k;
  }, { timeout: 20000 }, key);
}

/** applied is what Accept must leave: the span replaced (or removed with one space). */
function applied(text, f) {
  let { start, end } = f;
  if (!f.replacement) {
    if (text[end] === " " && (start === 0 || text[start - 1] === " ")) end++;
    else if (start > 0 && text[start - 1] === " ") start--;
  }
  return text.slice(0, start) + (f.replacement ?? "") + text.slice(end);
}

/**
 * acceptByKeyboard opens the popover at the caret with Alt+Enter and, once
 * its Accept button holds the focus, presses Enter. The popover closes on
 * any edit of the field (by design); on a cold, busy machine Firefox can
 * still be delivering the typed text's last events when Alt+Enter comes,
 * so a popover that is gone before Enter is opened once more.
 */
async function acceptByKeyboard(page) {
  const ready = () => page.waitForFunction(() => {
    const root = document.querySelector("discreet-overlay")?.shadowRoot;
    return root?.querySelector("[data-discreet-popover]") && root.activeElement?.dataset.discreetAction === "accept";
  }, { timeout: 10000 });
  for (let attempt = 0; ; attempt++) {
    await page.keyboard.down("Alt");
    await page.keyboard.press("Enter");
    await page.keyboard.up("Alt");
    try {
      await ready();
    } catch (err) {
      if (attempt > 0) throw err;
      await page.focus("[data-test-editor]");
      continue;
    }
    await page.keyboard.press("Enter");
    return;
  }
}

/** sameFinding finds in fs the finding of f's rule and text nearest to at. */
function sameFinding(fs, f, at) {
  const c = fs.filter((x) => x.rule === f.rule && x.text === f.text);
  c.sort((a, b) => Math.abs(a.start - at) - Math.abs(b.start - at));
  assert.ok(c.length, `the edited post still has ${f.rule} on ${JSON.stringify(f.text)}`);
  return c[0];
}

async function undo(page) {
  await page.focus("[data-test-editor]");
  await page.keyboard.down("Control");
  await page.keyboard.press("z");
  await page.keyboard.up("Control");
}

for (const name of EDITORS) {
  test(`firefox ${name}: highlights the analyzer's spans; Accept changes the model, Ctrl+Z restores it`, async () => {
    const page = await open(name);
    await page.keyboard.type(RISKY);
    const res = await expected(RISKY);
    await waitForMarkers(page, res.findings);
    assert.equal(await model(page), RISKY);
    // Alt+Enter with the caret at the end opens the first finding.
    const f = res.findings[0];
    await acceptByKeyboard(page);
    await waitModel(page, applied(RISKY, f), "Accept");
    await undo(page);
    await waitModel(page, RISKY, "Ctrl+Z");
    await page.close();
  });

  test(`firefox ${name}: typing before a finding, then Accept at once, fixes it where it now is`, async () => {
    const page = await open(name);
    await page.keyboard.type(RISKY);
    const res = await expected(RISKY);
    await waitForMarkers(page, res.findings);
    await page.keyboard.down("Control");
    await page.keyboard.press("Home");
    await page.keyboard.up("Control");
    await page.keyboard.type(GREETING);
    await acceptByKeyboard(page);
    const text = GREETING + RISKY;
    const f = sameFinding((await expected(text)).findings, res.findings[0], res.findings[0].start + GREETING.length);
    await waitModel(page, applied(text, f), "Accept after typing");
    await undo(page);
    await waitModel(page, text, "Ctrl+Z");
    await page.close();
  });

  test(`firefox ${name}: the page changes the text without an input event; Accept still fixes the right span`, async () => {
    const page = await open(name);
    await page.keyboard.type(RISKY);
    const res = await expected(RISKY);
    await waitForMarkers(page, res.findings);
    await page.evaluate((s) => window.pageEdit(s), GREETING); // the editor's API or the DOM, no input event
    const text = GREETING + RISKY;
    await waitModel(page, text, "the page's edit");
    await page.focus("[data-test-editor]");
    await page.keyboard.down("Control");
    await page.keyboard.press("End");
    await page.keyboard.up("Control");
    await acceptByKeyboard(page);
    const f = sameFinding((await expected(text)).findings, res.findings[0], res.findings[0].start + GREETING.length);
    await waitModel(page, applied(text, f), "Accept after the page's edit");
    await undo(page);
    await waitModel(page, text, "Ctrl+Z");
    await page.close();
  });
}
