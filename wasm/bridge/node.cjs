// Loads the bridge .wasm under Node once and resolves to globalThis.discreet.
// Used by scripts/discreet-wasm and by the extension's tests and benchmarks.
"use strict";
const fs = require("fs");
const path = require("path");

function load(wasmPath, wasmExecPath) {
  wasmExecPath ??= path.join(path.dirname(wasmPath), "wasm_exec.js");
  // wasm_exec.js expects these browser-ish globals; Node 20 lacks fs/crypto.
  globalThis.fs ??= fs;
  globalThis.crypto ??= require("crypto").webcrypto;
  require(path.resolve(wasmExecPath));
  const go = new globalThis.Go();
  go.env = { TMPDIR: require("os").tmpdir() };
  return new Promise((resolve, reject) => {
    globalThis.__discreetReady = () => {
      const api = globalThis.discreet;
      if (api.error) reject(new Error(api.error));
      else resolve(api);
    };
    WebAssembly.instantiate(fs.readFileSync(wasmPath), go.importObject)
      .then((r) => go.run(r.instance))
      .catch(reject);
  });
}

module.exports = { load };
