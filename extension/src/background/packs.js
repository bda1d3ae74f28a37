// Signed rule-pack updates. An envelope is
//   {"lang","version","document","signature","key_id"}
// where signature is base64 ed25519 over the UTF-8 bytes of document. The
// public key is built in (scripts/build: DISCREET_PACK_PUBLIC_KEY or
// extension/pack-signing.pub); a pack that fails any check is refused and
// the pack in use stays.

/* global __PACK_PUBLIC_KEY__ */
const PUBLIC_KEY = typeof __PACK_PUBLIC_KEY__ === "string" ? __PACK_PUBLIC_KEY__ : "";

const b64 = (s) => Uint8Array.from(atob(s), (c) => c.charCodeAt(0));

/** verifyEnvelope resolves to true when env's signature checks out. */
export async function verifyEnvelope(env, publicKeyB64 = PUBLIC_KEY) {
  if (!publicKeyB64) return false;
  const key = await crypto.subtle.importKey("raw", b64(publicKeyB64), { name: "Ed25519" }, false, ["verify"]);
  return crypto.subtle.verify({ name: "Ed25519" }, key, b64(env.signature), new TextEncoder().encode(env.document));
}

/** newer compares pack versions numerically where they are numbers. */
export const newer = (a, b) => a.localeCompare(b, "en", { numeric: true }) > 0;

/**
 * updatePacks fetches every language's pack from backend and adopts the
 * ones that are signed, newer and load cleanly. It returns a report per
 * language: {version, status}.
 */
export async function updatePacks(wasm, backend, storage) {
  const report = {};
  const { packs = {} } = await storage.get("packs");
  for (const lang of wasm.languages()) {
    const current = wasm.packVersion(lang);
    try {
      const resp = await fetch(`${backend.replace(/\/$/, "")}/v1/packs/${lang}`, { cache: "no-cache" });
      if (!resp.ok) throw new Error(`HTTP ${resp.status}`);
      const env = await resp.json();
      if (env.lang !== lang || typeof env.document !== "string") throw new Error("malformed envelope");
      if (!(await verifyEnvelope(env))) throw new Error("bad signature");
      if (!newer(env.version, current)) {
        report[lang] = { version: current, status: "current" };
        continue;
      }
      const err = wasm.loadPack(env.document);
      if (err) throw new Error(err);
      packs[lang] = { version: env.version, document: env.document, key_id: env.key_id };
      await storage.set({ packs });
      report[lang] = { version: env.version, status: "updated" };
    } catch (e) {
      report[lang] = { version: current, status: "kept", error: String(e.message ?? e) };
    }
  }
  return report;
}
