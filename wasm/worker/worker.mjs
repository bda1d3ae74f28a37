// Entry module of the Discreet Worker. It replaces the worker.mjs of
// syumai/workers' generator, which starts a new Go instance for every
// request (and so compiles the rules every time): here one instance lives
// as long as the isolate and serves every request through
// context.binding.handle (wasm/worker/bridge.go). If the Go program ever
// exits (a fatal error), the requests in flight get a JSON 500 and the
// next request starts a fresh instance.
import "./wasm_exec.js";
import mod from "./app.wasm";

// MAX_BODY stops a body from being buffered without end; the Go handler
// applies the real, smaller limits (413).
const MAX_BODY = 8 << 20;
const NULL_BODY = new Set([101, 204, 205, 304]);

let instance; // Promise of {binding, pending} for the live Go program

function start(env) {
  const binding = {};
  const pending = new Set();
  const go = new Go();
  let ready;
  const readyPromise = new Promise((resolve) => { ready = resolve; });
  const inst = new WebAssembly.Instance(mod, {
    ...go.importObject,
    workers: { ready: () => ready() },
  });
  const live = { binding, pending };
  go.run(inst, { env, binding }).finally(() => {
    // The program exited: fail what it still owed and start afresh next time.
    if (instance && instance.live === live) instance = undefined;
    for (const fail of pending) fail();
    pending.clear();
  });
  const p = readyPromise.then(() => live);
  p.live = live;
  return p;
}

async function readBody(request) {
  if (!request.body) return null;
  const reader = request.body.getReader();
  const chunks = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    size += value.byteLength;
    if (size > MAX_BODY) { await reader.cancel(); break; }
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) { out.set(c, at); at += c.byteLength; }
  return out;
}

function jsonError(status, message) {
  return new Response(JSON.stringify({ error: message }), {
    status, headers: { "content-type": "application/json; charset=utf-8" },
  });
}

async function fetch(request, env) {
  if (!instance) instance = start(env);
  const { binding, pending } = await instance;
  const body = await readBody(request);
  return new Promise((resolve) => {
    const fail = () => resolve(jsonError(500, "internal error"));
    pending.add(fail);
    binding.handle(request.method, request.url, [...request.headers], body, (status, headers, out) => {
      pending.delete(fail);
      const h = new Headers();
      for (const [name, value] of headers) h.append(name, value);
      resolve(new Response(NULL_BODY.has(status) ? null : out, { status, headers: h }));
    });
  });
}

export default { fetch };
