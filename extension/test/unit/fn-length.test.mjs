// tools/fn-length.mjs: functions over the limit are found by name and
// line, whatever their form; those at the limit pass.

import { test } from "node:test";
import assert from "node:assert/strict";
import { MAX_LINES, longFunctions } from "../../tools/fn-length.mjs";

const body = (n) => Array.from({ length: n - 2 }, (_, i) => `  x += ${i};`).join("\n");
const fn = (head, n, tail = "}") => `${head}\n${body(n)}\n${tail}`;

test("a function of MAX_LINES passes; one line more is reported with its name and line", () => {
  assert.deepEqual(longFunctions(fn("function ok(x) {", MAX_LINES)), []);
  assert.deepEqual(longFunctions("\n" + fn("function big(x) {", MAX_LINES + 1)), [{ name: "big", line: 2, lines: MAX_LINES + 1 }]);
});

test("arrows, methods, object properties and nested functions are all measured", () => {
  const src = [
    fn("const arrow = (x) => {", 12, "};"),
    fn("class A { method(x) {", 12, "} }"),
    fn("const o = { prop: function (x) {", 12, "} };"),
    fn("function outer() { return function inner(x) {", 12, "}; }"),
  ].join("\n");
  const names = longFunctions(src, { max: 10 }).map((f) => f.name);
  assert.deepEqual(names, ["arrow", "method", "prop", "outer", "inner"]);
});

test("JSX and scripts that are not modules parse", () => {
  assert.deepEqual(longFunctions(fn("const C = () => {", 12, "  return <div>{x}</div>;\n};"), { max: 10, jsx: true }).map((f) => f.name), ["C"]);
  assert.deepEqual(longFunctions("with (o) { f(); }"), []);
});
