"use strict";
// The benchmarks' posts: 25 posts of 1,000 characters, consecutive
// English train posts joined and cut. The Chromium benchmark (bench.mjs)
// and the wasm profile under Node (wasm/bridge/typing.cjs) time the same
// posts through this one definition.
const fs = require("fs");
const path = require("path");

function benchPosts(root) {
  const corpus = fs.readFileSync(path.join(root, "analyzer/testdata/corpus/train.jsonl"), "utf8")
    .split("\n").filter(Boolean).map((l) => JSON.parse(l)).filter((d) => d.lang === "en").map((d) => d.text);
  const texts = [];
  for (let i = 0; texts.length < 25; i++) {
    let s = "";
    for (let j = i; s.length < 1000; j++) s += corpus[j % corpus.length] + "\n";
    texts.push(s.slice(0, 1000));
  }
  return texts;
}

// typedRequests returns the texts of the requests a user typing text
// sends, as the content script's 150 ms debounce batches keystrokes: the
// text grown by 5 to 20 characters at a time, and one request in eight (if
// the text has 40 characters) with "so " typed back into its middle, as a
// correction does. Seeded, so every run and both benchmarks (bench.mjs,
// wasm/bridge/typing.cjs) send the same sequence; the Go benchmark
// (analyzer BenchmarkTypingGrowth) makes the same kind with Go's generator.
function typedRequests(text, seed) {
  let x = (seed + 1) * 0x9e3779b9 >>> 0; // mulberry32
  const rand = (n) => {
    x = (x + 0x6d2b79f5) >>> 0;
    let t = Math.imul(x ^ (x >>> 15), 1 | x);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) % n;
  };
  const out = [];
  let typed = "";
  for (let n = 0; n < text.length;) {
    const prev = n;
    n = Math.min(text.length, n + 5 + rand(16));
    if (n < text.length && /[\udc00-\udfff]/.test(text[n])) n++; // not inside a surrogate pair
    typed += text.slice(prev, n);
    if (rand(8) === 0 && typed.length > 40) {
      let i = (typed.length >> 2) + rand(typed.length >> 1);
      if (/[\udc00-\udfff]/.test(typed[i])) i++;
      typed = typed.slice(0, i) + "so " + typed.slice(i);
    }
    out.push(typed);
  }
  return out;
}

module.exports = { benchPosts, typedRequests };
