// The clinician's settings at work: the watch-list is stored only as
// hashes and flags a listed name that is also a common word; the popup's
// switch turns a site off and on and its count follows; the first run
// opens the welcome page, whose practice box is checked; and the compose
// boxes of a review-reply page and a professional-network share box (saved-
// page fixtures, test/fixtures) are checked and held before posting.

import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { testPages, serve } from "./harness.mjs";
import { axeSerious, extensionId, tabIdOf } from "./ux-helpers.mjs";

const here = path.dirname(fileURLToPath(import.meta.url));
const env = testPages(before, after);
let fixtures;
before(async () => { fixtures = await serve(path.join(here, "..", "fixtures")); });
after(() => fixtures?.server.close());

// Synthetic names and posts, written for these tests.
const NAMES = ["Hope", "Will Ashdown", "Zoë"];
const inOverlay = (page, sel) => page.waitForFunction((s) => document.querySelector("discreet-overlay")?.shadowRoot.querySelector(s), sel);

async function addNames(names) {
  const id = extensionId(env.browser.worker);
  const page = await env.browser.context.newPage();
  await page.goto(`chrome-extension://${id}/options.html`);
  await page.getByLabel("Names to add, one per line").fill(names.join("\n"));
  await page.getByRole("button", { name: "Add to watch-list" }).click();
  await page.locator("#watch-status", { hasText: `${names.length} names on your watch-list` }).waitFor();
  assert.equal(await page.getByLabel("Names to add, one per line").inputValue(), "");
  // Nowhere but the help's examples: not in a field, a status or a list.
  const shown = await page.evaluate(() => [...document.querySelectorAll("input, textarea, [role=status], li")].map((e) => e.value ?? e.textContent).join("\n"));
  for (const n of names) assert.ok(!shown.includes(n), `the options page shows ${n} back`);
  await page.close();
}

test("watch-list: storage holds only hashes, never the names", async () => {
  await addNames(NAMES);
  const all = await env.browser.worker.evaluate(() => chrome.storage.local.get(null));
  const dump = JSON.stringify(all).toLowerCase();
  for (const n of [...NAMES, "zoe", "ashdown"]) assert.ok(!dump.includes(n.toLowerCase()), `storage holds "${n}"`);
  assert.equal(all.watchlist.length, NAMES.length);
  for (const h of all.watchlist) assert.match(h, /^[0-9a-f]{16}$/);
});

test("watch-list: a listed name that is also a common word is flagged as a name", async () => {
  const page = await env.open("textarea");
  await page.keyboard.type("Thanks all, hope to hear from you. Saw Zoe and will ashdown reply later?");
  await inOverlay(page, '[data-rule$="/watch-list"]');
  // The first mark can come from an analysis of the sentence's start
  // ("hope" typed, the names not yet): wait for the whole sentence's
  // marks, then check them (a timeout leaves the check to fail).
  const want = ["Zoe", "hope", "will ashdown"];
  await page.waitForFunction((w) => {
    const editor = document.querySelector("[data-test-editor]");
    const marks = document.querySelector("discreet-overlay").shadowRoot.querySelectorAll('[data-rule$="/watch-list"]');
    const texts = [...new Set([...marks].map((m) => editor.value.slice(+m.dataset.start, +m.dataset.end)))].sort();
    return texts.join("|") === w.join("|");
  }, want, { timeout: 30000 }).catch(() => {});
  const found = await page.evaluate(() => [...document.querySelector("discreet-overlay").shadowRoot.querySelectorAll('[data-rule$="/watch-list"]')]
    .map((m) => ({ category: m.dataset.category, text: document.querySelector("[data-test-editor]").value.slice(+m.dataset.start, +m.dataset.end) })));
  const texts = [...new Set(found.map((f) => f.text))].sort();
  assert.deepEqual(texts, want);
  assert.ok(found.every((f) => f.category === "name"));
  await page.close();
  await env.browser.worker.evaluate(() => chrome.storage.local.set({ watchlist: [] }));
});

test("popup: the switch turns checking off and on, and the count follows it", async () => {
  const page = await env.open("textarea");
  await page.keyboard.type("My client, a 44-year-old welder in Brandon, asked me for a referral.");
  // The place comes last: once it is underlined the count read below is
  // the whole sentence's, not a count from an analysis of half of it that
  // a slow machine showed first.
  await inOverlay(page, '[data-discreet-finding][data-category="location"]');
  const tab = await tabIdOf(env.browser.worker, page.url());
  const popup = await env.browser.context.newPage();
  await popup.goto(`chrome-extension://${extensionId(env.browser.worker)}/popup.html?tab=${tab}`);
  const count = popup.locator("#count");
  await popup.locator("#count:not(:empty)").waitFor();
  const before = Number(await count.textContent());
  assert.ok(before > 0);
  assert.ok(await popup.getByRole("checkbox").isChecked());
  assert.match(await popup.locator("#shortcut").textContent(), /Alt\+Enter/);
  await popup.getByRole("checkbox").uncheck();
  await popup.locator("#count-label", { hasText: "off" }).waitFor();
  assert.equal(await count.textContent(), "");
  await page.waitForFunction(() => !document.querySelector("discreet-overlay").shadowRoot.querySelector("[data-discreet-finding]"));
  await popup.getByRole("checkbox").check();
  await popup.locator("#count", { hasText: String(before) }).waitFor();
  await Promise.all([popup.close(), page.close()]);
});

test("ignored details: the settings page counts them and Clear brings them back", async () => {
  const page = await env.open("textarea");
  await page.keyboard.type("My client, a 44-year-old welder in Brandon, asked me for a referral.");
  await inOverlay(page, '[data-discreet-finding][data-category="location"]'); // the whole sentence's findings, as above
  const count = () => page.evaluate(() => new Set([...document.querySelector("discreet-overlay").shadowRoot.querySelectorAll("[data-discreet-finding]")].map((m) => m.dataset.start)).size);
  const before = await count();
  await page.keyboard.press("Alt+Enter");
  await page.locator('[data-discreet-action="ignore"]').click();
  await page.waitForFunction((n) => new Set([...document.querySelector("discreet-overlay").shadowRoot.querySelectorAll("[data-discreet-finding]")].map((m) => m.dataset.start)).size === n - 1, before);
  const options = await env.browser.context.newPage();
  await options.goto(`chrome-extension://${extensionId(env.browser.worker)}/options.html`);
  await options.locator("#ignore-count", { hasText: "1 ignored" }).waitFor();
  await options.getByRole("button", { name: "Clear ignored details" }).click();
  await options.locator("#ignore-count", { hasText: "not ignored any" }).waitFor();
  await page.waitForFunction((n) => new Set([...document.querySelector("discreet-overlay").shadowRoot.querySelectorAll("[data-discreet-finding]")].map((m) => m.dataset.start)).size === n, before);
  await Promise.all([options.close(), page.close()]);
});

/** welcomePage finds the tab the extension opened on install, or waits for it. */
async function welcomePage(context) {
  const isWelcome = (p) => p.url().endsWith("/welcome.html");
  const next = context.waitForEvent("page", { timeout: 10000 }).catch(() => null);
  for (const p of context.pages()) {
    await p.waitForLoadState();
    if (isWelcome(p)) return p;
  }
  const p = await next;
  await p?.waitForLoadState();
  return p && isWelcome(p) ? p : null;
}

test("first run: the welcome page opens, and its practice box is checked", async () => {
  const welcome = await welcomePage(env.browser.context);
  assert.ok(welcome, "no welcome page was opened on install");
  await welcome.getByText("never leaves this computer").waitFor();
  assert.deepEqual(await axeSerious(welcome), []);
  await welcome.getByRole("button", { name: "Use the example" }).click();
  await inOverlay(welcome, "[data-discreet-finding]");
});

for (const [name, send] of [["review-reply", "#send"], ["share-box", "#send"]]) {
  test(`${name}: the compose box is checked and a risky post is held`, async () => {
    const page = await env.browser.context.newPage();
    await page.goto(`${fixtures.origin}/${name}.html`);
    await page.waitForFunction(() => document.documentElement.dataset.discreetEngine);
    await page.locator('textarea, [contenteditable="true"]').first().click();
    await page.keyboard.type("Thanks for the kind review, Marguerite. I'm glad our sessions helped with your panic attacks after the layoff at the Brandon plant.");
    await inOverlay(page, "[data-discreet-finding]");
    await page.locator(send).click();
    await page.locator("[data-discreet-warning]").waitFor();
    assert.deepEqual(await page.evaluate(() => window.submitted), []);
    await page.close();
  });
}
