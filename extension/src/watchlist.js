// The client watch-list: names and nicknames the user types in the
// options page, kept only as salted hashes (SipHash-2-4 keyed with the
// install's salt, the same salt as the ignore list's), never as text. The
// analyzer gets the hashes with each request and hashes the post's words
// the same way (analyzer/watchlist: Key and Hash say the
// format; a unit test holds both to the same vectors). siphash is
// jedisct1's siphash-js (BSD-2-Clause); the Go side uses dchest/siphash (CC0).

import SipHash from "siphash";

/** MAX_PARTS and MAX_NAMES bound an entry as the analyzer matches it. */
export const MAX_PARTS = 4; // words, counting "Mary-Jane" as two
export const MAX_NAMES = 2; // space-separated names: "Mary-Jane O'Neil"

/**
 * watchKey is the form of a name that is hashed: decomposed (NFKD),
 * without combining marks, lower-cased, its runs of letters and digits
 * joined by one space. "  Zoë O’Brien " → "zoe o brien".
 */
export function watchKey(name) {
  return name.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean).join(" ");
}

/** fits reports whether the analyzer can match name (see MAX_PARTS). */
export function fits(name) {
  const key = watchKey(name);
  if (!key) return false;
  const names = name.trim().split(/\s+/u).length;
  return key.split(" ").length <= MAX_PARTS && names <= MAX_NAMES && key.length >= 2;
}

/** sipKey turns the salt's 32 hex digits into SipHash's key (four little-endian words). */
function sipKey(saltHex) {
  const bytes = Uint8Array.from(saltHex.match(/../g) ?? [], (h) => parseInt(h, 16));
  if (bytes.length !== 16 || !/^[0-9a-f]{32}$/i.test(saltHex)) throw new Error("watch-list: the salt must be 32 hex digits");
  const view = new DataView(bytes.buffer);
  return Uint32Array.from([0, 4, 8, 12], (o) => view.getUint32(o, true));
}

const word64 = (key, word) => {
  const { h, l } = SipHash.hash(key, new TextEncoder().encode(word));
  return (BigInt(h >>> 0) << 32n) | BigInt(l >>> 0);
};

/**
 * watchHash is the hash of name under saltHex, 16 hex digits: each word of
 * its key hashed with SipHash-2-4 keyed by the salt; several words combine
 * in order, the hash so far rotated left by one byte, exclusive-or the
 * next word's.
 */
export function watchHash(saltHex, name) {
  const key = sipKey(saltHex);
  let sum = null;
  for (const word of watchKey(name).split(" ")) {
    const h = word64(key, word);
    sum = sum === null ? h : BigInt.asUintN(64, (sum << 8n) | (sum >> 56n)) ^ h;
  }
  return sum.toString(16).padStart(16, "0");
}

/**
 * parseEntries splits the text of the watch-list box into names, one a
 * line, and sorts them into those the analyzer can match and the rest.
 */
export function parseEntries(text) {
  const lines = text.split(/\r?\n/u).map((l) => l.trim()).filter(Boolean);
  return { ok: lines.filter(fits), skipped: lines.filter((l) => !fits(l)) };
}

/** hashAll hashes names under saltHex, without duplicates, sorted. */
export function hashAll(saltHex, names) {
  return [...new Set(names.map((n) => watchHash(saltHex, n)))].sort();
}
