// node cli.cjs WASM: the docs/api.md §1 batch protocol (`scan --jsonl`) run
// through the .wasm. Lines are split on raw bytes and handed to the bridge
// as bytes, so the output is byte-for-byte the native CLI's.
"use strict";
const { load } = require("./node.cjs");

async function main() {
  const api = await load(process.argv[2]);
  const chunks = [];
  for await (const c of process.stdin) chunks.push(c);
  const input = Buffer.concat(chunks);
  const out = [];
  let failed = 0;
  for (let start = 0; start < input.length; ) {
    let nl = input.indexOf(0x0a, start);
    const end = nl < 0 ? input.length : nl + 1;
    const res = api.processLine(input.subarray(start, end));
    start = end;
    if (res === null) continue;
    if (res[res.length - 1] === 0) failed++;
    out.push(Buffer.from(res.buffer, res.byteOffset, res.length - 1), Buffer.from("\n"));
  }
  process.stdout.write(Buffer.concat(out), () => {
    if (failed > 0) {
      process.stderr.write(`discreet: ${failed} input line(s) failed\n`);
      process.exit(1);
    }
    process.exit(0);
  });
}

main().catch((err) => {
  process.stderr.write(`discreet-wasm: ${err.message}\n`);
  process.exit(1);
});
