// The highlight and badge colours meet their contrast targets (WCAG 2.x
// relative luminance): underlines 3:1 on white and on black pages, so they
// show on light and dark sites alike; badge text (white) 4.5:1.

import test from "node:test";
import assert from "node:assert/strict";
import { BADGES, COLORS } from "../../src/dom/overlay.js";

const luminance = (hex) => {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
    .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
};
const contrast = (a, b) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
};

test("underline colours show on white and on black", () => {
  for (const [sev, c] of Object.entries(COLORS)) {
    assert.ok(contrast(c, "#ffffff") >= 3, `${sev} ${c} on white: ${contrast(c, "#ffffff").toFixed(2)}`);
    assert.ok(contrast(c, "#000000") >= 3, `${sev} ${c} on black: ${contrast(c, "#000000").toFixed(2)}`);
  }
});

test("badge text is readable", () => {
  for (const [sev, c] of Object.entries(BADGES)) assert.ok(contrast(c, "#ffffff") >= 4.5, `${sev} ${c}: ${contrast(c, "#ffffff").toFixed(2)}`);
});
