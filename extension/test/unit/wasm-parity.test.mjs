// docs/api.md §2: scripts/discreet-wasm gives byte-for-byte the native CLI's
// output (and exit status) for the dev and training corpora, labels
// stripped to the request fields, plus a few malformed lines. The story
// tagger's findings are in that output, so its integer scoring is checked
// to decode alike in both builds.

import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");
const corpora = ["dev.jsonl", "train.jsonl"].map((f) => path.join(root, "analyzer/testdata/corpus", f));

function input() {
  const lines = corpora.flatMap((c) => fs.readFileSync(c, "utf8").split("\n").filter(Boolean)).map((l) => {
    const d = JSON.parse(l);
    const req = { id: d.id, text: d.text };
    if (d.lang) req.lang = d.lang;
    if (d.platform) req.platform = d.platform;
    return JSON.stringify(req);
  });
  const extra = [
    Buffer.from('{"id":7,"text":"Mi cliente, de 42 años, vive en Valencia.","lang":"es"}'),
    Buffer.from("\n  \n"),
    Buffer.from([0x7b, 0x22, 0x74, 0x65, 0x78, 0x74, 0x22, 0x3a, 0x22, 0xff, 0x22, 0x7d]), // invalid UTF-8
    Buffer.from("not json\r"),
    Buffer.from('{"text":"Looking for a therapist in Red Deer 😀 for my client, 42-year-old nurse.","lang":"en"}'),
  ];
  return Buffer.concat([Buffer.from(lines.join("\n") + "\n"), ...extra.flatMap((b) => [b, Buffer.from("\n")])]);
}

test("scripts/discreet-wasm scan --jsonl matches scripts/discreet scan --jsonl byte for byte", () => {
  const stdin = input();
  const run = (cmd) => spawnSync(path.join(root, "scripts", cmd), ["scan", "--jsonl"], { input: stdin, maxBuffer: 64 << 20 });
  const native = run("discreet");
  const wasm = run("discreet-wasm");
  assert.ok(native.stdout.length > 0, `native produced output (stderr: ${native.stderr})`);
  const nLines = native.stdout.toString().split("\n");
  const wLines = wasm.stdout.toString().split("\n");
  for (let i = 0; i < nLines.length; i++) assert.equal(wLines[i], nLines[i], `line ${i + 1}`);
  assert.ok(Buffer.compare(native.stdout, wasm.stdout) === 0, "stdout identical");
  assert.equal(wasm.status, native.status, "exit status");
  assert.equal(wasm.stderr.toString(), native.stderr.toString(), "stderr");
});
