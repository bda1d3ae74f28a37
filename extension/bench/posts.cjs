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

module.exports = { benchPosts };
