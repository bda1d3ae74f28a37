// Signed pack envelopes: WebCrypto Ed25519 verification as the worker does it.

import { test } from "node:test";
import assert from "node:assert/strict";
import crypto from "node:crypto";
import { checkEnvelope, loadCachedPacks, newer, verifyEnvelope } from "../../src/background/packs.js";

const { publicKey, privateKey } = crypto.generateKeyPairSync("ed25519");
const rawPub = publicKey.export({ format: "jwk" }).x; // base64url
const pubB64 = Buffer.from(rawPub, "base64url").toString("base64");
const sign = (doc) => crypto.sign(null, Buffer.from(doc, "utf8"), privateKey).toString("base64");

test("verifyEnvelope accepts a good signature and refuses a tampered document", async () => {
  const document = JSON.stringify({ lang: "en", version: "2", files: { "pack.json": "{}" } });
  const env = { lang: "en", version: "2", document, signature: sign(document), key_id: "k" };
  assert.equal(await verifyEnvelope(env, pubB64), true);
  assert.equal(await verifyEnvelope({ ...env, document: document.replace('"2"', '"3"') }, pubB64), false);
  assert.equal(await verifyEnvelope(env, ""), false, "no built-in key: refuse");
});

test("newer compares versions numerically", () => {
  assert.ok(newer("2026.11.10", "2026.11.9"));
  assert.ok(!newer("1.0.0", "1.0.0"));
  assert.ok(!newer("0.9", "1.0"));
});

// envelope signs a document for (lang, version); docLang/docVersion let the
// signed document say something else than the envelope.
function envelope(lang, version, { docLang = lang, docVersion = version } = {}) {
  const document = JSON.stringify({ lang: docLang, version: docVersion, files: { "pack.json": "{}" } });
  return { lang, version, document, signature: sign(document), key_id: "k" };
}

test("checkEnvelope adopts a newer pack whose envelope and signed document agree", async () => {
  assert.equal(await checkEnvelope(envelope("en", "2026.2.1"), "en", "2026.1.9", pubB64), true);
  assert.equal(await checkEnvelope(envelope("en", "2026.1.9"), "en", "2026.1.9", pubB64), false, "same version: nothing to do");
});

test("checkEnvelope refuses envelopes crossed with another language or version", async () => {
  await assert.rejects(checkEnvelope(envelope("en", "3", { docLang: "fr" }), "en", "2", pubB64), /lang en, signed document fr/);
  await assert.rejects(checkEnvelope(envelope("fr", "3"), "en", "2", pubB64), /malformed/);
  await assert.rejects(checkEnvelope(envelope("en", "3", { docVersion: "1" }), "en", "2", pubB64), /version 3, signed document 1/);
});

test("checkEnvelope refuses a version lower than the one in use (rollback)", async () => {
  await assert.rejects(checkEnvelope(envelope("en", "2026.1.1"), "en", "2026.3.1", pubB64), /older than 2026.3.1/);
});

test("checkEnvelope refuses a bad signature before reading the document", async () => {
  const env = envelope("en", "3");
  await assert.rejects(checkEnvelope({ ...env, signature: envelope("en", "4").signature }, "en", "2", pubB64), /bad signature/);
  await assert.rejects(checkEnvelope(env, "en", "2", ""), /bad signature/, "no built-in key: refuse");
});

// fakeStorage is storage.local's get/set over a plain object.
function fakeStorage(data) {
  return {
    data,
    async get(key) { return key in this.data ? { [key]: structuredClone(this.data[key]) } : {}; },
    async set(patch) { Object.assign(this.data, structuredClone(patch)); },
  };
}

test("loadCachedPacks drops cached packs no newer than the bundled ones and loads the rest", async () => {
  const loaded = [];
  const wasm = {
    packVersion: (lang) => ({ en: "2026.5.1", fr: "2026.5.1", es: "2026.5.1" })[lang] ?? "",
    loadPack: (doc) => { loaded.push(doc); return doc === "broken" ? "bad pack" : ""; },
  };
  const storage = fakeStorage({ packs: {
    en: { version: "2026.4.9", document: "old-en" },
    fr: { version: "2026.6.1", document: "new-fr" },
    es: { version: "2026.7.1", document: "broken" },
    de: { version: "2026.7.1", document: "no such bundled language" },
  } });
  const dropped = await loadCachedPacks(wasm, storage);
  assert.deepEqual(dropped.sort(), ["de", "en", "es"]);
  assert.deepEqual(Object.keys(storage.data.packs), ["fr"]);
  assert.ok(loaded.includes("new-fr") && !loaded.includes("old-en"), "the old pack is never loaded");
});

test("the build ships a pack-signing public key", async () => {
  const fs = await import("node:fs");
  const key = fs.readFileSync(new URL("../../pack-signing.pub", import.meta.url), "utf8").trim();
  assert.equal(Buffer.from(key, "base64").length, 32, "a raw 32-byte Ed25519 key in base64");
});
