// Signed pack envelopes: WebCrypto Ed25519 verification as the worker does it.

import { test } from "node:test";
import assert from "node:assert/strict";
import crypto from "node:crypto";
import { newer, verifyEnvelope } from "../../src/background/packs.js";

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
