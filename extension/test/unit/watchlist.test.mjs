// The watch-list's hashes in JavaScript equal the analyzer's (Go) for the
// same salt and name: the vectors are WatchHash's, from
// analyzer/watchlist_test.go (TestWatchHashVectors).

import test from "node:test";
import assert from "node:assert/strict";
import { fits, parseEntries, watchHash, watchKey } from "../../src/watchlist.js";

const SALT = "0f1e2d3c4b5a69788796a5b4c3d2e1f0";

test("watchKey folds case, accents and separators like the analyzer", () => {
  assert.equal(watchKey("  Zoë  O’Brien "), "zoe o brien");
  assert.equal(watchKey("JOSÉ-LUIS"), "jose luis");
  assert.equal(watchKey("Ｍａｒｙ"), "mary");
  assert.equal(watchKey(" - "), "");
});

test("watchHash gives the analyzer's vectors", async () => {
  const vectors = JSON.parse(await import("node:fs").then((fs) => fs.readFileSync(new URL("../../../analyzer/watchlist/testdata/watch-vectors.json", import.meta.url), "utf8")));
  assert.ok(vectors.length >= 3);
  for (const v of vectors) assert.equal(watchHash(v.salt, v.name), v.hash, v.name);
});

test("entries the analyzer cannot match are set aside", () => {
  assert.ok(fits("Hope"));
  assert.ok(fits("Mary-Jane O'Neil"));
  assert.ok(!fits("Mary Jane Anne Smith"));
  assert.ok(!fits("J"));
  assert.deepEqual(parseEntries("Hope\n\n  Will \nA B C\n"), { ok: ["Hope", "Will"], skipped: ["A B C"] });
});
