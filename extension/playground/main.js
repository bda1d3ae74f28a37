// The playground: the extension's engine and DOM framework on one page, with
// the .wasm loaded directly (no extension needed). All sample posts are
// synthetic.

import { analyzeWith, loadWasm, warmUp } from "../src/engine/wasm.js";
import { watchPage } from "../src/dom/index.js";
import messages from "../_locales/en/messages.json";

const SAMPLES = [
  "Looking for a therapist for my client Maria, a 42-year-old nurse in Red Deer who lost her husband in a car crash last March.",
  "Hi all! Seeking a trauma-informed clinician for a 16 y/o boy in Kamloops whose dad was arrested in January. He plays on the Blazers U16 team. PM me!",
  "Which CBT workbooks do you like for grown-ups with health anxiety?",
];

const t = (k) => messages[k]?.message ?? k;
const ignored = new Set();

async function main() {
  const wasm = await loadWasm("discreet.wasm");
  warmUp(wasm, "en");
  const composer = document.getElementById("composer");
  watchPage({
    exposed: true,
    analyze: async (text, opts) => analyzeWith(wasm, text, { ...opts, lang: "en", platform: "facebook_group" }),
    actions: {
      t,
      hash: async (text) => {
        const d = await crypto.subtle.digest("SHA-256", new TextEncoder().encode("playground\u0000" + text.trim().toLowerCase()));
        return [...new Uint8Array(d)].map((b) => b.toString(16).padStart(2, "0")).join("");
      },
      isIgnored: (h) => ignored.has(h),
      ignore: (h) => ignored.add(h),
      minSeverity: () => "low",
      enabled: () => true,
    },
  });
  const samples = document.getElementById("samples");
  SAMPLES.forEach((s, i) => {
    const b = document.createElement("button");
    b.textContent = `Sample ${i + 1}`;
    b.addEventListener("click", () => {
      composer.focus();
      document.getSelection().selectAllChildren(composer);
      document.execCommand("insertText", false, s);
    });
    samples.append(b);
  });
  document.getElementById("post").addEventListener("click", () => {
    const p = document.createElement("div");
    p.className = "card posted";
    p.textContent = composer.innerText;
    document.getElementById("feed").prepend(p);
    composer.textContent = "";
  });
}

main();
