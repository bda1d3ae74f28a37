// The client watch-list: names and nicknames the user types in the
// options page, kept only as salted hashes (the install's salt, the same
// as the ignore list's), never as text. The analyzer gets the hashes with
// each request and hashes the post's words the same way (analyzer/
// watchlist.go: WatchKey and WatchHash say the format; a unit test holds
// both to the same vectors).

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

const hex = (bytes) => Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");

/**
 * watchHash is the hex hash of name under saltHex: each word of its key
 * hashed as SHA-256(salt + "\0" + word); several words combine in order,
 * the hash so far rotated left by one byte, exclusive-or the next word's.
 */
export async function watchHash(saltHex, name) {
  let sum = null;
  for (const word of watchKey(name).split(" ")) {
    const h = new Uint8Array(await crypto.subtle.digest("SHA-256", new TextEncoder().encode(saltHex + "\u0000" + word)));
    if (!sum) {
      sum = h;
      continue;
    }
    const rotated = new Uint8Array(h.length);
    rotated.set(sum.subarray(1));
    rotated[h.length - 1] = sum[0];
    sum = rotated.map((b, i) => b ^ h[i]);
  }
  return hex(sum);
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
export async function hashAll(saltHex, names) {
  const hashes = await Promise.all(names.map((n) => watchHash(saltHex, n)));
  return [...new Set(hashes)].sort();
}
