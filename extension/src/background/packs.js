// Signed rule-pack updates. An envelope is
//   {"lang","version","document","signature","key_id"}
// where signature is base64 ed25519 over the UTF-8 bytes of document, and
// document is JSON carrying its own "lang" and "version". The public key is
// built in (scripts/build: DISCREET_PACK_PUBLIC_KEY or
// extension/pack-signing.pub). A pack is adopted only when its signature
// checks out, envelope and signed document agree on lang and version, its
// version is newer than the one in use, and it loads cleanly; otherwise the
// pack in use stays. Cached packs no newer than the bundled ones are
// dropped at start-up, so an upgrade's packs are never shadowed.

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
 * checkEnvelope throws unless env is a well-formed envelope for lang whose
 * signed document names the same lang and version as the envelope, and
 * whose version is newer than current; it resolves to false (nothing to
 * do) when the version is the current one.
 */
export async function checkEnvelope(env, lang, current, publicKeyB64 = PUBLIC_KEY) {
  if (env?.lang !== lang || typeof env.document !== "string" || typeof env.version !== "string") {
    throw new Error("malformed envelope");
  }
  if (!(await verifyEnvelope(env, publicKeyB64))) throw new Error("bad signature");
  let doc;
  try {
    doc = JSON.parse(env.document);
  } catch {
    throw new Error("signed document is not JSON");
  }
  if (doc?.lang !== env.lang) throw new Error(`envelope says lang ${env.lang}, signed document ${doc?.lang}`);
  if (doc.version !== env.version) throw new Error(`envelope says version ${env.version}, signed document ${doc.version}`);
  if (env.version === current) return false;
  if (!newer(env.version, current)) throw new Error(`version ${env.version} is older than ${current} in use`);
  return true;
}

/**
 * loadCachedPacks loads the cached packs that are newer than the bundled
 * ones into wasm and drops the others from storage. It returns the
 * languages whose cached pack was dropped.
 */
export async function loadCachedPacks(wasm, storage) {
  const { packs = {} } = await storage.get("packs");
  const dropped = [];
  for (const [lang, p] of Object.entries(packs)) {
    const bundled = wasm.packVersion(lang);
    if (typeof p?.version !== "string" || !bundled || !newer(p.version, bundled) || wasm.loadPack(p.document) !== "") {
      dropped.push(lang);
      delete packs[lang];
    }
  }
  if (dropped.length) await storage.set({ packs });
  return dropped;
}

/**
 * updatePacks fetches every language's pack from backend and adopts the
 * ones that pass checkEnvelope and load cleanly. It returns a report per
 * language: {version, status[, error]}.
 */
export async function updatePacks(wasm, backend, storage, publicKeyB64 = PUBLIC_KEY) {
  const report = {};
  const { packs = {} } = await storage.get("packs");
  for (const lang of wasm.languages()) {
    const current = wasm.packVersion(lang);
    try {
      const resp = await fetch(`${backend.replace(/\/$/, "")}/v1/packs/${lang}`, { cache: "no-cache" });
      if (!resp.ok) throw new Error(`HTTP ${resp.status}`);
      const env = await resp.json();
      if (!(await checkEnvelope(env, lang, current, publicKeyB64))) {
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
