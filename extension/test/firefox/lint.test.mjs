// web-ext lint on the Firefox release package: no errors, no warnings.

import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { DIST } from "../e2e/harness.mjs";

const bin = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../node_modules/.bin/web-ext");

test("web-ext lint: the Firefox package has no errors or warnings", () => {
  let out;
  try {
    out = execFileSync(bin, ["lint", "--source-dir", path.join(DIST, "firefox"), "--output", "json"], { encoding: "utf8" });
  } catch (e) {
    out = e.stdout; // web-ext exits non-zero when it finds errors
  }
  const report = JSON.parse(out);
  const show = (xs) => xs.map((m) => `${m.code} ${m.file ?? ""}: ${m.message}`).join("\n");
  assert.deepEqual(report.errors, [], show(report.errors));
  assert.deepEqual(report.warnings, [], show(report.warnings));
});
