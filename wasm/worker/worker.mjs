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
  const live = { binding, pending };
  const p = Promise.all([builtInPacks(env), builtInModels(env)]).then(([packs, models]) => {
    const go = new Go();
    let ready, failed;
    const readyPromise = new Promise((resolve, reject) => { ready = resolve; failed = reject; });
    const inst = new WebAssembly.Instance(mod, {
      ...go.importObject,
      workers: { ready: () => ready() },
    });
    go.run(inst, { env, binding, packs, models }).catch(() => {}).finally(() => {
      // The program exited: fail what it still owed (and its start-up, if it
      // never got ready) and start afresh next time.
      if (instance && instance.live === live) instance = undefined;
      failed(new Error("the Go program exited"));
      for (const fail of pending) fail();
      pending.clear();
    });
    return readyPromise;
  }).then(() => live, (e) => {
    if (instance === p) instance = undefined; // try again on the next request
    throw e;
  });
  p.live = live;
  return p;
}

// asset fetches a static asset (binding ASSETS; scripts/build-worker
// writes them).
async function asset(env, path) {
  const resp = await env.ASSETS.fetch(new URL(path, "https://assets.invalid/"));
  if (!resp.ok) throw new Error(`static asset ${path}: HTTP ${resp.status}`);
  return resp;
}

// builtInPacks reads the built-in packs' documents from the static assets:
// packs/index.json lists the languages, packs/<lang>.json holds each,
// handed to Go as bytes (wasm/worker/main.go). The app.wasm embeds none,
// to stay under the free plan's 3 MB; without the binding the Worker has
// only the packs in KV.
async function builtInPacks(env) {
  const packs = {};
  if (!env.ASSETS) return packs;
  for (const lang of await (await asset(env, "packs/index.json")).json()) {
    packs[lang] = new Uint8Array(await (await asset(env, `packs/${lang}.json`)).arrayBuffer());
  }
  return packs;
}

// builtInModels reads the built-in models (the English story tagger, the
// intent model), which app.wasm does not embed either: models/index.json
// maps each one's path ("en/_tagger/weights.bin") to its file in models/,
// handed to Go by path.
async function builtInModels(env) {
  const models = {};
  if (!env.ASSETS) return models;
  const index = await (await asset(env, "models/index.json")).json();
  for (const [p, file] of Object.entries(index)) {
    models[p] = new Uint8Array(await (await asset(env, `models/${file}`)).arrayBuffer());
  }
  return models;
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
  let live;
  try {
    live = await instance;
  } catch {
    return jsonError(500, "internal error");
  }
  const { binding, pending } = live;
  const body = await readBody(request);
  return new Promise((resolve) => {
    const fail = () => resolve(jsonError(500, "internal error"));
    pending.add(fail);
    const done = (status, headers, out) => {
      pending.delete(fail);
      const h = new Headers();
      for (const [name, value] of headers) h.append(name, value);
      resolve(new Response(NULL_BODY.has(status) ? null : out, { status, headers: h }));
    };
    try {
      binding.handle(request.method, request.url, [...request.headers], body, done);
    } catch {
      pending.delete(fail); // the program exited in between: it restarts next time
      fail();
    }
  });
}

export default { fetch };
