// Field text extraction and the exact mapping between the UTF-16 offsets of
// that text (what the analyzer saw) and DOM positions.
//
// The text of a contenteditable field is the text of its leaf blocks joined
// by "\n": a leaf block is a block element (p, div, li, h1…) with no block
// children, and inline content between blocks forms a block of its own. A
// <br> inside a block is "\n" only when more text follows it in that block,
// so the placeholder <br> of an empty paragraph (Lexical, ProseMirror,
// Quill, Draft.js) adds nothing. This matches Draft's getPlainText, Quill's
// getText (minus its final "\n") and ProseMirror's textBetween(…, "\n").
// Textareas and inputs use their value as is.

const BLOCK = new Set([
  "ADDRESS", "ARTICLE", "ASIDE", "BLOCKQUOTE", "DD", "DIV", "DL", "DT", "FIELDSET",
  "FIGCAPTION", "FIGURE", "FOOTER", "FORM", "H1", "H2", "H3", "H4", "H5", "H6",
  "HEADER", "HR", "LI", "MAIN", "NAV", "OL", "P", "PRE", "SECTION", "TABLE",
  "TBODY", "TD", "TH", "THEAD", "TR", "UL",
]);
const SKIP = new Set(["SCRIPT", "STYLE", "TEMPLATE", "NOSCRIPT", "IMG", "svg"]);

const isBlock = (el) => BLOCK.has(el.tagName);
const hasBlockChild = (el) => {
  for (const c of el.children) if (isBlock(c) || hasBlockChild(c)) return true;
  return false;
};

/** isTextField tells whether el is a <textarea> or a text <input>. */
export function isTextField(el) {
  return el.tagName === "TEXTAREA" || (el.tagName === "INPUT" && /^(text|search|)$/i.test(el.type));
}

/**
 * extract returns {text, segs} for a field. segs lists the text nodes that
 * carry the text: {node, start, end} in UTF-16 offsets of text.
 */
export function extract(field) {
  if (isTextField(field)) return { text: field.value, segs: null };
  let text = "";
  const segs = [];
  let blocks = 0;
  let open = false; // inside a block that has started
  let pendingBreaks = 0; // <br>s seen in this block, emitted if text follows

  const startBlock = () => {
    if (blocks++ > 0) text += "\n";
    open = true;
    pendingBreaks = 0;
  };
  const walk = (node) => {
    for (let n = node.firstChild; n; n = n.nextSibling) {
      if (n.nodeType === Node.TEXT_NODE) {
        if (!n.data) continue;
        if (!open) startBlock();
        if (pendingBreaks) {
          text += "\n".repeat(pendingBreaks);
          pendingBreaks = 0;
        }
        segs.push({ node: n, start: text.length, end: text.length + n.data.length });
        text += n.data;
      } else if (n.nodeType === Node.ELEMENT_NODE) {
        if (SKIP.has(n.tagName) || n.getAttribute("contenteditable") === "false") continue;
        if (n.tagName === "BR") {
          if (!open) startBlock();
          pendingBreaks++;
        } else if (isBlock(n)) {
          open = false;
          if (hasBlockChild(n)) walk(n);
          else {
            startBlock();
            walk(n);
          }
          open = false;
        } else {
          walk(n);
        }
      }
    }
  };
  walk(field);
  return { text, segs };
}

/** locate maps a text offset to a DOM position {node, offset}. */
function locate(segs, field, off, isEnd) {
  for (const s of segs) {
    if (isEnd ? s.start < off && off <= s.end : s.start <= off && off < s.end) {
      return { node: s.node, offset: off - s.start };
    }
  }
  // Offset on a "\n" or past the end: the nearest segment boundary.
  let best = null;
  for (const s of segs) {
    if (s.end <= off) best = { node: s.node, offset: s.node.data.length };
    else if (!best) return { node: s.node, offset: 0 };
    else break;
  }
  return best ?? { node: field, offset: 0 };
}

/** rangeFor returns a DOM Range over [start, end) of an extracted field. */
export function rangeFor(field, model, start, end) {
  const r = document.createRange();
  const a = locate(model.segs, field, start, false);
  const b = locate(model.segs, field, end, true);
  r.setStart(a.node, a.offset);
  r.setEnd(b.node, b.offset);
  return r;
}
