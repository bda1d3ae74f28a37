// Test harness: a static server for the test pages, a logging proxy that
// sees every request Chromium makes, and Chromium with the built extension.

import http from "node:http";
import net from "node:net";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

const here = path.dirname(fileURLToPath(import.meta.url));
export const ROOT = path.resolve(here, "../../..");
export const DIST = process.env.DISCREET_DIST ?? path.join(ROOT, "dist");
const require = createRequire(import.meta.url);

// A CSP like Facebook's: no 'wasm-unsafe-eval', so the content script
// cannot compile WebAssembly.
export const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'";

const TYPES = { ".html": "text/html; charset=utf-8", ".js": "text/javascript", ".wasm": "application/wasm", ".json": "application/json", ".png": "image/png" };

/**
 * serve starts a static server for dir on host (127.0.0.1, where the
 * extension runs; another loopback address for pages it must leave alone);
 * ?csp=strict adds STRICT_CSP.
 */
export function serve(dir, extra = () => false, host = "127.0.0.1") {
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, "http://x");
    if (extra(req, res, url)) return;
    const file = path.join(dir, path.normalize(decodeURIComponent(url.pathname)).replace(/^(\.\.[/\\])+/, ""));
    if (!file.startsWith(dir) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      res.writeHead(404).end("not found");
      return;
    }
    const headers = { "content-type": TYPES[path.extname(file)] ?? "application/octet-stream", "cache-control": "no-store" };
    if (url.searchParams.get("csp") === "strict") headers["content-security-policy"] = STRICT_CSP;
    res.writeHead(200, headers).end(fs.readFileSync(file));
  });
  return new Promise((resolve) => server.listen(0, host, () => resolve({ server, origin: `http://${host}:${server.address().port}` })));
}

/**
 * startProxy starts an HTTP proxy that logs every request (method, URL,
 * headers, body) and CONNECT tunnel, forwarding only to loopback.
 */
export function startProxy() {
  const log = [];
  const server = http.createServer((req, res) => {
    const chunks = [];
    // The browser may drop a connection as it closes (ECONNRESET): that
    // ends the request, it must not end the test run.
    req.on("error", () => {});
    res.on("error", () => {});
    req.on("data", (c) => chunks.push(c));
    req.on("end", () => {
      const body = Buffer.concat(chunks);
      log.push({ method: req.method, url: req.url, headers: JSON.stringify(req.headers), body: body.toString("utf8") });
      let u;
      try { u = new URL(req.url); } catch { res.writeHead(400).end(); return; }
      if (!["127.0.0.1", "localhost"].includes(u.hostname)) { res.writeHead(502).end(); return; }
      const up = http.request({ host: "127.0.0.1", port: u.port, path: u.pathname + u.search, method: req.method, headers: req.headers }, (r) => {
        r.on("error", () => res.destroy());
        res.writeHead(r.statusCode, r.headers);
        r.pipe(res);
      });
      up.on("error", () => { if (!res.headersSent) res.writeHead(502); res.end(); });
      up.end(body);
    });
  });
  server.on("clientError", (_err, socket) => socket.destroy());
  server.on("connect", (req, socket) => {
    socket.on("error", () => {});
    log.push({ method: "CONNECT", url: req.url, headers: JSON.stringify(req.headers), body: "" });
    socket.end("HTTP/1.1 502 Bad Gateway\r\n\r\n");
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve({ server, log, address: `127.0.0.1:${server.address().port}` })));
}

/** launch starts Chromium with an unpacked extension (default: the test build) and the logging proxy. */
export async function launch({ proxy, extension = path.join(DIST, "extension-test"), args = [] } = {}) {
  const userDir = fs.mkdtempSync(path.join(os.tmpdir(), "discreet-e2e-"));
  const context = await chromium.launchPersistentContext(userDir, {
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    headless: true,
    viewport: { width: 1000, height: 800 },
    args: [
      "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
      "--disable-component-update", "--disable-sync", "--no-first-run",
      `--disable-extensions-except=${extension}`, `--load-extension=${extension}`,
      ...(proxy ? [`--proxy-server=http://${proxy.address}`, "--proxy-bypass-list=<-loopback>"] : []),
      ...args,
    ],
  });
  const requests = [];
  context.on("request", (r) => requests.push({ url: r.url(), headers: JSON.stringify(r.headers()), body: r.postData() ?? "" }));
  let [worker] = context.serviceWorkers();
  worker ??= await context.waitForEvent("serviceworker");
  return {
    context, worker, requests,
    close: async () => {
      await context.close();
      fs.rmSync(userDir, { recursive: true, force: true });
    },
  };
}

let wasmApi = null;
/** expected runs the same .wasm in Node: the analyzer's own answer for text. */
export async function expected(text, { lang = "en", platform = "forum" } = {}) {
  if (!wasmApi) {
    const { load } = require(path.join(ROOT, "wasm/bridge/node.cjs"));
    const dir = path.join(DIST, "extension");
    wasmApi = await load(path.join(dir, "discreet.wasm"), path.join(ROOT, ".cache/wasm/wasm_exec.js"));
  }
  return JSON.parse(wasmApi.analyze(JSON.stringify({ text, lang, platform })));
}

/** markers returns the highlight markers of the page, one per finding. */
export async function markers(page) {
  const all = await page.locator("[data-discreet-finding]").evaluateAll((els) => els.map((e) => ({
    finding: e.dataset.discreetFinding, category: e.dataset.category, start: +e.dataset.start, end: +e.dataset.end,
    rect: e.getBoundingClientRect().toJSON(),
  })));
  const seen = new Map();
  for (const m of all) if (!seen.has(m.finding + ":" + m.start)) seen.set(m.finding + ":" + m.start, m);
  return [...seen.values()].sort((a, b) => a.start - b.start);
}

/** waitForMarkers waits until the page's markers are exactly want's spans. The
 * limit is generous: the first analysis starts the worker's WebAssembly, which
 * takes seconds on a loaded two-core machine; speed is measured in bench/. */
export async function waitForMarkers(page, want) {
  const key = (xs) => xs.map((f) => `${f.start}-${f.end}-${f.category}`).sort().join(",");
  const target = key(want);
  await page.waitForFunction((t) => {
    const host = document.querySelector("discreet-overlay");
    const els = host ? [...host.shadowRoot.querySelectorAll("[data-discreet-finding]")] : [];
    const seen = new Set(els.map((e) => `${e.dataset.start}-${e.dataset.end}-${e.dataset.category}`));
    return [...seen].sort().join(",") === t;
  }, target, { timeout: 30000 });
  return markers(page);
}

/** leaks returns the captured requests that carry any of the needles. */
export function leaks(requests, needles) {
  return requests.filter((r) => needles.some((n) => [r.url, r.headers, r.body].some((s) => s && (s.includes(n) || s.includes(encodeURIComponent(n))))));
}

/**
 * clickMarker clicks the middle of the first marker matching selector
 * (inside the overlay's shadow root). The box is read in one step with the
 * query, since markers are redrawn whenever the field reflows.
 */
export async function clickMarker(page, selector) {
  const rect = await (await page.waitForFunction((sel) => {
    const host = document.querySelector("discreet-overlay");
    const el = host?.shadowRoot.querySelector(sel);
    const r = el?.getBoundingClientRect();
    return r && r.width > 0 ? r.toJSON() : null;
  }, selector)).jsonValue();
  await page.mouse.click(rect.x + rect.width / 2, rect.y + rect.height / 2);
}

/**
 * testPages starts the test-page server, the logging proxy and Chromium with
 * the extension before the tests of a file, and stops them after. It
 * returns an object whose `open(name, query)` opens a test page, waits for
 * the page and the engine, and focuses the editor; `proxy` holds the
 * recorded requests.
 */
export function testPages(before, after) {
  const env = {};
  before(async () => {
    env.site = await serve(path.join(DIST, "test-pages"));
    env.proxy = await startProxy();
    env.browser = await launch({ proxy: env.proxy });
  });
  after(async () => {
    await env.browser?.close();
    env.site?.server.close();
    env.proxy?.server.close();
  });
  env.open = async (name, query = "") => {
    const page = await env.browser.context.newPage();
    await page.goto(`${env.site.origin}/${name}.html${query}`);
    await page.waitForFunction(() => document.documentElement.dataset.pageReady === "1" && document.documentElement.dataset.discreetEngine);
    await page.locator("[data-test-editor]").click();
    return page;
  };
  return env;
}
