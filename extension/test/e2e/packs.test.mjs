// Rule-pack updates end to end: the local backend (scripts/discreet serve
// --packs DIR) serves a newer signed pack and the extension adopts it; a
// tampered one is refused and the adopted pack keeps working. The extension
// is rebuilt with this run's public key (scripts/discreet keygen).

import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync, spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { DIST, ROOT, clickMarker, launch, serve } from "./harness.mjs";

const discreet = path.join(ROOT, "scripts/discreet");
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "discreet-packs-"));
const NEW_VERSION = "2099.1.1";
const MARK = "(updated pack)";
let site, backend, browser, backendURL, keyFile;

/** signedPack signs the built-in English pack as version, after edit(rules)
 * changed the rules of its age file (packs keep one file per category). */
function signedPack(version, edit) {
  const builtin = path.join(tmp, "builtin");
  execFileSync(discreet, ["sign-pack", "--key", keyFile, "--lang", "en", "--out", builtin], { stdio: "ignore" });
  const doc = JSON.parse(JSON.parse(fs.readFileSync(path.join(builtin, "en.json"), "utf8")).document);
  const pack = JSON.parse(doc.files["pack.json"]);
  pack.version = doc.version = version;
  doc.files["pack.json"] = JSON.stringify(pack);
  const ages = JSON.parse(doc.files["rules/age.json"]);
  edit(ages.rules);
  doc.files["rules/age.json"] = JSON.stringify(ages);
  const docFile = path.join(tmp, `doc-${version}.json`);
  fs.writeFileSync(docFile, JSON.stringify(doc));
  const out = path.join(tmp, `signed-${version}`);
  execFileSync(discreet, ["sign-pack", "--key", keyFile, "--document", docFile, "--out", out], { stdio: "ignore" });
  return JSON.parse(fs.readFileSync(path.join(out, "en.json"), "utf8"));
}

async function startBackend(packsDir) {
  const port = 20000 + Math.floor(Math.random() * 20000);
  const proc = spawn(discreet, ["serve", "--addr", `127.0.0.1:${port}`, "--packs", packsDir], { stdio: "ignore" });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(url + "/healthz")).ok) return { proc, url };
    } catch {}
    await new Promise((r) => setTimeout(r, 100)); // waiting for a server to listen, not for the UI
  }
  throw new Error("backend did not start");
}

before(async () => {
  execFileSync(discreet, ["keygen", "--out", path.join(tmp, "key")], { stdio: "ignore" });
  keyFile = path.join(tmp, "key/pack-signing.key");
  const pub = fs.readFileSync(path.join(tmp, "key/pack-signing.pub"), "utf8").trim();
  const out = path.join(tmp, "dist");
  execFileSync("node", ["build.mjs", "--wasm", path.join(DIST, "extension/discreet.wasm"), "--wasm-exec",
    path.join(ROOT, ".cache/wasm/wasm_exec.js"), "--out", out, "--public-key", pub], { cwd: path.join(ROOT, "extension"), stdio: "ignore" });
  fs.mkdirSync(path.join(tmp, "served"));
  site = await serve(path.join(DIST, "test-pages"));
  backend = await startBackend(path.join(tmp, "served"));
  backendURL = backend.url;
  browser = await launch({ extension: path.join(out, "extension-test") });
});
after(async () => {
  await browser?.close();
  backend?.proc.kill();
  site?.server.close();
  fs.rmSync(tmp, { recursive: true, force: true });
});

async function extensionPage() {
  const id = new URL(browser.worker.url()).host;
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${id}/options.html`);
  return page;
}
const send = (page, msg) => page.evaluate((m) => chrome.runtime.sendMessage(m), msg);

async function ageMessage() {
  const page = await browser.context.newPage();
  await page.goto(`${site.origin}/textarea.html`);
  await page.waitForFunction(() => document.documentElement.dataset.discreetEngine);
  await page.locator("[data-test-editor]").click();
  await page.keyboard.type("My client, a 42-year-old nurse, needs a therapist.");
  await clickMarker(page, '[data-discreet-finding][data-category="age"]');
  const text = await page.locator("[data-discreet-popover] .msg").first().textContent();
  await page.close();
  return text;
}

test("a newer signed pack is adopted; a tampered one is refused and the adopted one keeps working", async () => {
  const good = signedPack(NEW_VERSION, (rules) => {
    rules.find((r) => r.id === "age-years-old").message += " " + MARK;
  });
  fs.writeFileSync(path.join(tmp, "served/en.json"), JSON.stringify(good));
  const ext = await extensionPage();
  await ext.evaluate((b) => chrome.storage.local.set({ backend: b }), backendURL);
  const before = await send(ext, { kind: "pack-status" });
  assert.notEqual(before.en, NEW_VERSION);
  assert.ok(!(await ageMessage()).includes(MARK));

  const report = await send(ext, { kind: "update-packs" });
  assert.equal(report.en.status, "updated", JSON.stringify(report));
  assert.equal((await send(ext, { kind: "pack-status" })).en, NEW_VERSION);
  assert.ok((await ageMessage()).includes(MARK), "the content script analyzes with the new pack");

  // Tampered: a still newer version, the document changed after signing.
  const bad = signedPack("2100.1.1", () => {});
  bad.document = bad.document.replace("An exact age", "A precise age");
  fs.writeFileSync(path.join(tmp, "served/en.json"), JSON.stringify(bad));
  const refused = await send(ext, { kind: "update-packs" });
  assert.equal(refused.en.status, "kept", JSON.stringify(refused));
  assert.match(refused.en.error, /signature/);
  assert.equal((await send(ext, { kind: "pack-status" })).en, NEW_VERSION);
  assert.ok((await ageMessage()).includes(MARK), "the adopted pack still works");

  // Offline: the backend is gone; the cached pack stays.
  backend.proc.kill();
  const offline = await send(ext, { kind: "update-packs" });
  assert.equal(offline.en.status, "kept");
  assert.equal((await send(ext, { kind: "pack-status" })).en, NEW_VERSION);
});
