// Checks that no JavaScript function in the repository is longer than
// MAX_LINES lines (CONTRIBUTING.md): every function declaration, function
// expression, arrow function and method in the files git tracks, parsed
// with acorn (JSX through acorn-jsx). Prints each offender as
// file:line name (N lines) and exits 1 if there is any.
//   node tools/fn-length.mjs [--max N] [files...]   (default: git ls-files)

import fs from "node:fs";
import path from "node:path";
import { execFileSync } from "node:child_process";
import { parseArgs } from "node:util";
import { fileURLToPath } from "node:url";
import * as acorn from "acorn";
import jsx from "acorn-jsx";

/** MAX_LINES is the longest a function may be, its first and last lines included. */
export const MAX_LINES = 80;
const JSX = acorn.Parser.extend(jsx());

/**
 * longFunctions parses source (a module, or a script when that fails) and
 * returns [{name, line, lines}] for each function longer than max lines.
 */
export function longFunctions(source, { max = MAX_LINES, jsx: useJSX = false } = {}) {
  const parser = useJSX ? JSX : acorn.Parser;
  const opts = { ecmaVersion: "latest", locations: true, allowHashBang: true };
  let ast;
  try {
    ast = parser.parse(source, { ...opts, sourceType: "module" });
  } catch {
    ast = parser.parse(source, { ...opts, sourceType: "script", allowReturnOutsideFunction: true });
  }
  const found = [];
  const names = new Map(); // function node → the name it is known by
  const visit = (node) => {
    const lines = node.loc.end.line - node.loc.start.line + 1;
    if (lines > max) found.push({ name: names.get(node) ?? node.id?.name ?? "(anonymous)", line: node.loc.start.line, lines });
  };
  each(ast, (node) => {
    if (node.type === "MethodDefinition" || node.type === "Property") {
      if (/Function/.test(node.value?.type)) names.set(node.value, node.key.name ?? node.key.value);
    } else if (node.type === "VariableDeclarator" && /Function/.test(node.init?.type)) {
      names.set(node.init, node.id.name);
    } else if (/^(FunctionDeclaration|FunctionExpression|ArrowFunctionExpression)$/.test(node.type)) {
      visit(node);
    }
  });
  return found;
}

/** each calls f on node and every ESTree node under it, parents first. */
function each(node, f) {
  f(node);
  for (const [k, v] of Object.entries(node)) {
    if (k === "loc" || !v || typeof v !== "object") continue;
    for (const c of Array.isArray(v) ? v : [v]) if (c && typeof c.type === "string") each(c, f);
  }
}

/** trackedScripts lists the JavaScript files git tracks under root. */
function trackedScripts(root) {
  const out = execFileSync("git", ["ls-files", "-z", "*.js", "*.mjs", "*.cjs", "*.jsx"], { cwd: root, encoding: "utf8" });
  return out.split("\0").filter(Boolean).map((f) => path.join(root, f));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values, positionals } = parseArgs({ options: { max: { type: "string" } }, allowPositionals: true });
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
  const files = positionals.length ? positionals.map((f) => path.resolve(f)) : trackedScripts(root);
  const max = values.max ? Number(values.max) : MAX_LINES;
  let bad = 0;
  for (const file of files) {
    const src = fs.readFileSync(file, "utf8");
    for (const f of longFunctions(src, { max, jsx: file.endsWith(".jsx") })) {
      console.log(`${path.relative(root, file)}:${f.line} ${f.name} (${f.lines} lines)`);
      bad++;
    }
  }
  if (bad) {
    console.log(`${bad} function(s) over ${max} lines: split them (CONTRIBUTING.md).`);
    process.exit(1);
  }
  console.log(`${files.length} files, no function over ${max} lines`);
}
