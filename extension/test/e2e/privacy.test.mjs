// The release build shows the page nothing (docs/api.md §6): with Discreet
// running and drawing findings, a page script finds no element, attribute,
// style, highlight or text of it in the DOM, and cannot fetch any of its
// files. The release runs only on the sites it names, so the test page is
// served as test.forumotion.com (a named site without HSTS preloading), which Chromium resolves to the local server.

import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import path from "node:path";
import { DIST, expected, launch, serve } from "./harness.mjs";

const RISKY = "Looking for a therapist for my client Maria, a 42-year-old nurse in Red Deer who lost her husband in a car crash last March.";
let site, browser, origin;

before(async () => {
  site = await serve(path.join(DIST, "test-pages"));
  const port = new URL(site.origin).port;
  origin = `http://test.forumotion.com:${port}`;
  browser = await launch({ extension: path.join(DIST, "extension"), args: [`--host-resolver-rules=MAP test.forumotion.com 127.0.0.1`] });
});
after(async () => {
  await browser?.close();
  site?.server.close();
});

// findingsOnActiveTab asks the content script, as the popup does, how many
// findings it shows.
const findingsOnActiveTab = () => browser.worker.evaluate(async () => {
  const [tab] = await chrome.tabs.query({ url: "http://test.forumotion.com/*" });
  const s = await chrome.tabs.sendMessage(tab.id, { kind: "status" }).catch(() => null);
  return s?.findings ?? -1;
});

// What a page script can see of the document.
const pageView = () => {
  const els = [...document.querySelectorAll("*")];
  const attrs = els.flatMap((e) => [...e.attributes].map((a) => a.name));
  return {
    html: document.documentElement.outerHTML,
    openRoots: els.filter((e) => e.shadowRoot).map((e) => e.tagName),
    dataAttrs: attrs.filter((a) => a.startsWith("data-") && !a.startsWith("data-test") && a !== "data-page-ready"),
    rootData: Object.keys(document.documentElement.dataset).filter((k) => k !== "pageReady"),
    highlights: typeof CSS !== "undefined" && CSS.highlights ? CSS.highlights.size : 0,
    styles: document.styleSheets.length,
    tags: [...new Set(els.map((e) => e.tagName.toLowerCase()))],
  };
};

test("release: a page script finds nothing of Discreet in the DOM while it shows findings", async () => {
  const page = await browser.context.newPage();
  await page.goto(`${origin}/textarea.html`);
  await page.waitForFunction(() => document.documentElement.dataset.pageReady === "1");
  const before = await page.evaluate(pageView);
  await page.locator("[data-test-editor]").click();
  await page.keyboard.type(RISKY);
  const want = (await expected(RISKY)).findings.length;
  assert.ok(want >= 3);
  // The content script is running and draws the findings (asked as the popup asks).
  for (let i = 0; (await findingsOnActiveTab()) !== want; i++) {
    assert.ok(i < 200, `the release build's content script shows the findings (${await findingsOnActiveTab()} of ${want})`);
    await page.waitForFunction(() => new Promise((r) => requestAnimationFrame(() => r(true))));
  }
  const after = await page.evaluate(pageView);
  assert.doesNotMatch(after.html, /discreet/i);
  for (const f of (await expected(RISKY)).findings) assert.ok(!after.html.includes(f.message), `finding message ${f.rule} is not in the page`);
  assert.deepEqual(after.openRoots, []);
  assert.deepEqual(after.dataAttrs, []);
  assert.deepEqual(after.rootData, []);
  assert.equal(after.highlights, 0);
  assert.equal(after.styles, before.styles, "no style sheet added to the page");
  const added = after.tags.filter((t) => !before.tags.includes(t));
  assert.ok(added.every((t) => /^x-[a-z]{6}$/.test(t)), `only an anonymous host element is added: ${added}`);
  await page.close();
});

test("release: a page cannot fetch any file of the extension", async () => {
  const id = new URL(browser.worker.url()).host;
  const page = await browser.context.newPage();
  await page.goto(`${origin}/textarea.html`);
  const results = await page.evaluate(async (base) => {
    const out = {};
    for (const f of ["discreet.wasm", "manifest.json", "content.js", "background.js", "popup.html"]) {
      out[f] = await fetch(base + f).then((r) => `HTTP ${r.status}`, () => "refused");
    }
    return out;
  }, `chrome-extension://${id}/`);
  for (const [f, r] of Object.entries(results)) assert.equal(r, "refused", `${f}: ${r}`);
  await page.close();
});

test("release: the manifest names no loopback site and no web-accessible resource", async () => {
  const fs = await import("node:fs");
  for (const dir of ["extension", "firefox"]) {
    const m = JSON.parse(fs.readFileSync(path.join(DIST, dir, "manifest.json"), "utf8"));
    const all = JSON.stringify([m.host_permissions, m.content_scripts]);
    assert.doesNotMatch(all, /127\.0\.0\.1|localhost/, dir);
    assert.equal(m.web_accessible_resources, undefined, dir);
  }
});
