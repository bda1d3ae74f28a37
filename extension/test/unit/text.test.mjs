// text.js under a DOM shim (linkedom): the text of a field as the analyzer
// sees it, and the exact mapping from its UTF-16 offsets back to DOM
// positions, for the markup editors write.

import { test } from "node:test";
import assert from "node:assert/strict";
import { parseHTML } from "linkedom";
import { extract, rangeFor } from "../../src/dom/text.js";

// TextRange stands in for the DOM Range that linkedom lacks: it records the
// boundary points rangeFor sets, and its text is that of the text nodes
// between them, in document order.
class TextRange {
  constructor(root) {
    this.root = root;
  }
  setStart(node, offset) { this.start = { node, offset }; }
  setEnd(node, offset) { this.end = { node, offset }; }
  toString() {
    const nodes = [];
    const walk = (n) => {
      for (let c = n.firstChild; c; c = c.nextSibling) c.nodeType === 3 ? nodes.push(c) : walk(c);
    };
    walk(this.root);
    const a = nodes.indexOf(this.start.node);
    const b = nodes.indexOf(this.end.node);
    assert.ok(a >= 0 && b >= a, "both boundary points are text nodes of the field, in order");
    if (a === b) return nodes[a].data.slice(this.start.offset, this.end.offset);
    return nodes[a].data.slice(this.start.offset) + nodes.slice(a + 1, b).map((n) => n.data).join("") + nodes[b].data.slice(0, this.end.offset);
  }
}

// field parses html into a contenteditable div and installs the shim's
// globals that text.js uses (Node, document.createRange).
function field(html) {
  const { document, Node } = parseHTML(`<!doctype html><html><body><div contenteditable="true">${html}</div></body></html>`);
  const el = document.querySelector("div");
  document.createRange = () => new TextRange(el);
  globalThis.Node = Node;
  globalThis.document = document;
  return el;
}

const CASES = [
  { name: "plain text", html: "my client Ana", want: "my client Ana" },
  { name: "inline markup", html: "my <b>client</b> <i>Ana</i>", want: "my client Ana" },
  { name: "paragraphs", html: "<p>Hello all.</p><p>My client Ana</p>", want: "Hello all.\nMy client Ana" },
  { name: "empty paragraph placeholder br", html: "<p>one</p><p><br></p><p>two</p>", want: "one\n\ntwo" },
  { name: "br between lines of one block", html: "<div>one<br>two</div>", want: "one\ntwo" },
  { name: "trailing br adds nothing", html: "<p>one<br></p>", want: "one" },
  { name: "nested blocks", html: "<div><p>a</p><ul><li>b</li><li>c</li></ul></div>", want: "a\nb\nc" },
  // A span across skipped content maps to a DOM range that holds it too
  // (as a DOM Range does): only spans within one text node are checked.
  { name: "non-editable island skipped", html: "<p>a <span contenteditable=\"false\">chip</span>b</p>", want: "a b", islands: true },
  { name: "script and style skipped", html: "<p>a<style>p{}</style><script>1</script>b</p>", want: "ab", islands: true },
  { name: "astral characters count as two", html: "<p>\u{1F600} Ana</p>", want: "\u{1F600} Ana" },
];

for (const c of CASES) {
  test(`extract: ${c.name}`, () => {
    const { text, segs } = extract(field(c.html));
    assert.equal(text, c.want);
    for (const s of segs) assert.equal(text.slice(s.start, s.end), s.node.data, `segment ${s.start}-${s.end}`);
  });
}

test("rangeFor maps every span of every case back to the same text", () => {
  for (const c of CASES) {
    const el = field(c.html);
    const model = extract(el);
    const { text } = model;
    for (let start = 0; start < text.length; start++) {
      for (let end = start + 1; end <= text.length; end++) {
        const span = text.slice(start, end);
        if (span.includes("\n")) continue; // a span the analyzer reports lies within a block
        if (c.islands && !model.segs.some((g) => g.start <= start && end <= g.end)) continue;
        const r = rangeFor(el, model, start, end);
        assert.equal(r.toString(), span, `${c.name}: [${start}, ${end})`);
      }
    }
  }
});

test("extract of a textarea is its value, untouched", () => {
  const { document } = parseHTML("<!doctype html><html><body><textarea></textarea></body></html>");
  const ta = document.querySelector("textarea");
  ta.value = "line one\r\nline two ";
  assert.deepEqual(extract(ta), { text: "line one\r\nline two ", segs: null });
});
