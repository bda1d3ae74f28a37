// hashSpan: the salted hash the ignore list keeps, the same as SHA-256 by
// node:crypto, and computed without crypto.subtle (plain http:// pages).

import { test } from "node:test";
import assert from "node:assert/strict";
import crypto from "node:crypto";
import { hashSpan } from "../../src/settings.js";

test("hashSpan is the SHA-256 of salt, a NUL and the case-folded, trimmed span", async () => {
  const want = crypto.createHash("sha256").update("ab12\u0000dr. émilie").digest("hex");
  assert.equal(await hashSpan("ab12", "  Dr. Émilie "), want);
  assert.notEqual(await hashSpan("cd34", "Dr. Émilie"), want, "another salt, another hash");
});
