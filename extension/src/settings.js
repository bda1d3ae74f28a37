// Settings and the ignore list, kept in storage.local. The ignore list holds
// salted SHA-256 hashes of the ignored spans, never their text.

import { sha256 } from "@noble/hashes/sha2.js";
import { bytesToHex, utf8ToBytes } from "@noble/hashes/utils.js";
import { DEFAULT_SITES, hostMatches } from "./sites.js";

export { DEFAULT_SITES };

const api = globalThis.chrome ?? globalThis.browser;

export const DEFAULTS = {
  sensitivity: "low", // lowest severity shown: low | medium | high
  disabledSites: [], // default sites the user turned off
  extraSites: [], // sites the user turned on from the popup
  backend: "", // no backend by default: packs are embedded; a team backend is set in the options
  ignored: [],
  postLang: "", // the language of the user's posts; "" detects it
  watchlist: [], // salted hashes of the client names the user listed (watchlist.js), never the names
};

export async function getSettings() {
  const s = await api.storage.local.get(Object.keys(DEFAULTS));
  return { ...DEFAULTS, ...s };
}

export const setSettings = (patch) => api.storage.local.set(patch);

/** siteKey maps a host name to the site entry it falls under. */
export function siteKey(host, sites) {
  return sites.find((s) => hostMatches(host, s)) ?? host;
}

export function siteEnabled(host, s) {
  const key = siteKey(host, [...DEFAULT_SITES, ...s.extraSites]);
  return !s.disabledSites.includes(key);
}

/** salt returns this install's random salt, made on first use. */
export async function salt() {
  const { salt } = await api.storage.local.get("salt");
  if (salt) return salt;
  const fresh = [...crypto.getRandomValues(new Uint8Array(16))].map((b) => b.toString(16).padStart(2, "0")).join("");
  await api.storage.local.set({ salt: fresh });
  return fresh;
}

/**
 * hashSpan is the hex SHA-256 of salt + the span's text, case-folded. It
 * uses @noble/hashes, not crypto.subtle, which a content script on a plain
 * http:// page (not a secure context) does not have.
 */
export async function hashSpan(saltHex, text) {
  return bytesToHex(sha256(utf8ToBytes(saltHex + "\u0000" + text.trim().toLowerCase())));
}

export const t = (key) => api.i18n.getMessage(key) || key;
