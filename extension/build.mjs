// Builds the extension, the playground and the test pages with esbuild.
//   node build.mjs --wasm W --wasm-exec J --out DIST [--test-pages]
// Writes DIST/extension (the release, unpacked), DIST/extension-test (the
// same code built for browser tests: docs/api.md §6), DIST/discreet-chrome.zip
// and DIST/discreet-firefox.zip (both the release), DIST/firefox-test (the
// test build with Firefox's manifest) and DIST/playground; with
// --test-pages also DIST/test-pages. scripts/build is the usual way to run it.

import * as esbuild from "esbuild";
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { fileURLToPath } from "node:url";
import { zipDir } from "./tools/zip.mjs";
import { matchPatterns } from "./src/sites.js";

const here = path.dirname(fileURLToPath(import.meta.url));
const { values: args } = parseArgs({
  options: {
    wasm: { type: "string" }, "wasm-exec": { type: "string" }, out: { type: "string" },
    "test-pages": { type: "boolean", default: false }, "public-key": { type: "string", default: "" },
  },
});
const out = path.resolve(args.out);
const pkg = JSON.parse(fs.readFileSync(path.join(here, "package.json"), "utf8"));

function publicKey() {
  if (args["public-key"]) return args["public-key"];
  if (process.env.DISCREET_PACK_PUBLIC_KEY) return process.env.DISCREET_PACK_PUBLIC_KEY.trim();
  const f = path.join(here, "pack-signing.pub");
  return fs.existsSync(f) ? fs.readFileSync(f, "utf8").trim() : "";
}

const wasmExec = {
  name: "go-wasm-exec",
  setup(b) {
    b.onResolve({ filter: /^go-wasm-exec$/ }, () => ({ path: path.resolve(args["wasm-exec"]) }));
  },
};

const key = publicKey();
if (!key) console.warn("build: no pack-signing public key; pack updates will be refused");
const common = {
  bundle: true, format: "iife", target: ["chrome120", "firefox140"], logLevel: "warning",
  plugins: [wasmExec], define: { __PACK_PUBLIC_KEY__: JSON.stringify(key), __TEST_BUILD__: "false" }, legalComments: "none",
};

/** buildExtension writes one unpacked extension into dir. */
async function buildExtension(dir, { test, browser }) {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  await esbuild.build({
    ...common,
    define: { ...common.define, __TEST_BUILD__: String(test) },
    entryPoints: {
      content: "src/content/main.js", background: "src/background/main.js",
      popup: "src/popup/main.js", options: "src/options/main.js", welcome: "src/welcome/main.js",
    },
    absWorkingDir: here, outdir: dir, minifySyntax: true, // drops the branches of the other build
  });
  fs.copyFileSync(args.wasm, path.join(dir, "discreet.wasm"));
  fs.cpSync(path.join(here, "_locales"), path.join(dir, "_locales"), { recursive: true });
  for (const f of fs.readdirSync(path.join(here, "static"))) fs.copyFileSync(path.join(here, "static", f), path.join(dir, f));
  fs.writeFileSync(path.join(dir, "manifest.json"), JSON.stringify(manifest(browser, test), null, 2) + "\n");
}

// Manifests: one template, two browsers, release and test. Only the test
// build runs on the loopback addresses the test pages are served from.
// Nothing is web-accessible: the .wasm is loaded by the
// background context, from the extension's own origin.
function manifest(browser, test) {
  const matches = [
    ...matchPatterns(), // the default sites (src/sites.js)
    ...(test ? ["http://127.0.0.1/*", "http://localhost/*"] : []),
  ];
  const m = {
    manifest_version: 3,
    name: "__MSG_extName__",
    description: "__MSG_extDescription__",
    version: pkg.version,
    default_locale: "en",
    permissions: ["storage", "activeTab", "scripting", "alarms"],
    host_permissions: matches,
    optional_host_permissions: ["*://*/*"],
    action: { default_popup: "popup.html", default_title: "Discreet" },
    options_ui: { page: "options.html", open_in_tab: true },
    content_scripts: [{ matches, js: ["content.js"], run_at: "document_idle" }],
    content_security_policy: { extension_pages: "script-src 'self' 'wasm-unsafe-eval'; object-src 'self'" },
  };
  if (browser === "chrome") m.background = { service_worker: "background.js" };
  else {
    m.background = { scripts: ["background.js"] };
    // Discreet collects no data: the post is analyzed in the browser. The
    // data_collection_permissions key needs Firefox 140 (the current ESR)
    // and Firefox for Android 142.
    m.browser_specific_settings = {
      gecko: { id: "discreet@discreet-app.org", strict_min_version: "140.0", data_collection_permissions: { required: ["none"] } },
      gecko_android: { strict_min_version: "142.0" },
    };
  }
  return m;
}
const ext = path.join(out, "extension");
await buildExtension(ext, { test: false, browser: "chrome" });
zipDir(ext, path.join(out, "discreet-chrome.zip"));
const ff = path.join(out, "firefox");
await buildExtension(ff, { test: false, browser: "firefox" });
zipDir(ff, path.join(out, "discreet-firefox.zip"));
await buildExtension(path.join(out, "extension-test"), { test: true, browser: "chrome" });
await buildExtension(path.join(out, "firefox-test"), { test: true, browser: "firefox" });

// Playground.
const play = path.join(out, "playground");
fs.rmSync(play, { recursive: true, force: true });
await esbuild.build({ ...common, define: { ...common.define, __TEST_BUILD__: "true" }, entryPoints: { playground: "playground/main.js" }, absWorkingDir: here, outdir: play, loader: { ".json": "json" } });
fs.copyFileSync(path.join(here, "playground", "index.html"), path.join(play, "index.html"));
fs.copyFileSync(args.wasm, path.join(play, "discreet.wasm"));

// Test pages: real editors from npm, bundled one page each.
if (args["test-pages"]) {
  const tp = path.join(out, "test-pages");
  fs.rmSync(tp, { recursive: true, force: true });
  const dir = path.join(here, "test", "pages");
  const entries = {};
  fs.mkdirSync(tp, { recursive: true });
  // One HTML shell for every editor page; pages.json gives each its title
  // and editor element.
  const shell = fs.readFileSync(path.join(dir, "page.html"), "utf8");
  const pages = JSON.parse(fs.readFileSync(path.join(dir, "pages.json"), "utf8"));
  for (const [name, { title, editor }] of Object.entries(pages)) {
    const html = shell.replaceAll("{{title}}", title).replaceAll("{{editor}}", editor).replaceAll("{{name}}", name);
    fs.writeFileSync(path.join(tp, `${name}.html`), html);
  }
  for (const f of fs.readdirSync(dir)) if (/\.jsx?$/.test(f) && !f.startsWith("_")) entries[f.replace(/\.jsx?$/, "")] = path.join(dir, f);
  await esbuild.build({
    ...common, entryPoints: entries, absWorkingDir: here, outdir: tp, jsx: "transform",
    loader: { ".svg": "text", ".css": "empty" },
    define: { ...common.define, "process.env.NODE_ENV": '"production"', global: "globalThis" },
  });
}
