// Helpers of the accessibility and settings tests: axe-core in a page,
// screenshots into an ignored folder, the extension's own pages by URL.

import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import { ROOT } from "./harness.mjs";

const require = createRequire(import.meta.url);
const AXE = fs.readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

/** SHOTS is where the test run writes screenshots (ignored by git). */
export const SHOTS = path.join(ROOT, ".cache", "screenshots");

/** shoot saves a screenshot of page (or of one locator) as SHOTS/name.png. */
export async function shoot(target, name) {
  fs.mkdirSync(SHOTS, { recursive: true });
  await target.screenshot({ path: path.join(SHOTS, name + ".png") });
}

/**
 * axeSerious runs axe-core on page (evaluated over CDP, so an extension
 * page's CSP does not block it) and returns the serious and critical
 * violations as "rule: target" strings. include narrows it to selectors.
 */
export async function axeSerious(page, include) {
  await page.evaluate(AXE);
  const violations = await page.evaluate(async (inc) => {
    const r = await globalThis.axe.run(inc ? { include: inc } : document, { resultTypes: ["violations"] });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => JSON.stringify(n.target)) }));
  }, include ?? null);
  return violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${v.id}: ${v.nodes.join(" ")}`);
}

/** extensionId reads the extension's id from its service worker's URL. */
export const extensionId = (worker) => new URL(worker.url()).host;

/** tabIdOf returns the tab id of the page at url (asked of the worker). */
export function tabIdOf(worker, url) {
  return worker.evaluate(async (u) => (await chrome.tabs.query({})).find((t) => t.url === u)?.id, url);
}

/** focusInfo says where focus is: in the popover, the warning, a field or elsewhere. */
export function focusInfo(page) {
  return page.evaluate(() => {
    const host = document.querySelector("discreet-overlay");
    const inner = host?.shadowRoot.activeElement;
    if (document.activeElement === host && inner) {
      const box = inner.closest("[data-discreet-popover]") ? "popover" : inner.closest("[data-discreet-warning]") ? "warning" : "overlay";
      return { where: box, action: inner.dataset.discreetAction ?? "" };
    }
    const a = document.activeElement;
    return { where: a?.matches?.("textarea, [contenteditable]") ? "field" : a?.tagName?.toLowerCase() ?? "none", action: "" };
  });
}
