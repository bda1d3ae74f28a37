// The overlay: one shadow root (fixed, zero-size, above the page) that
// holds the highlight markers, the textarea mirrors, the popover and the
// pre-submit warning. The page's text nodes are never touched.
//
// Released, the overlay shows the page nothing: a closed shadow root on a
// host element with a random name, and the markers draw the underlines
// (the CSS Custom Highlight API would put the flagged ranges and a style
// element where page scripts can read them). Exposed (the test build and
// the playground, docs/api.md §6), the root is open on <discreet-overlay>, and
// contenteditable fields are underlined with the Highlight API where the
// browser has it; the markers are then transparent but present, so tests
// and hit-testing use them.

import { extract, isTextField, rangeFor } from "./text.js";

// Underline colours: each has at least 3:1 contrast on white and on black,
// so a highlight stays visible on light and dark pages alike.
export const COLORS = { high: "#e53935", medium: "#c76a00", low: "#3b82f6" };
// Category badges: white text on these is above 4.5:1.
export const BADGES = { high: "#b3261e", medium: "#9a4a00", low: "#0b57d0" };
const hasHighlightAPI = () => typeof CSS !== "undefined" && CSS.highlights && typeof Highlight === "function";

// The popover and the warning follow prefers-color-scheme; every text
// colour is 4.5:1 or more on its background in both themes.
const STYLE = `
:host { all: initial; }
.mark { position: fixed; pointer-events: none; box-sizing: border-box; border-radius: 2px; }
.mark.drawn[data-severity=high] { border-bottom: 2px solid ${COLORS.high}; background: rgba(229,57,53,.16); }
.mark.drawn[data-severity=medium] { border-bottom: 2px solid ${COLORS.medium}; background: rgba(199,106,0,.16); }
.mark.drawn[data-severity=low] { border-bottom: 2px dotted ${COLORS.low}; }
.mirror { position: fixed; visibility: hidden; overflow: hidden; pointer-events: none; }
.pop, .warn { --bg: #fff; --fg: #1f1f1f; --muted: #4a4d52; --line: #c4c7cc; --soft: #f1f3f4; --accent: #0b57d0;
  --on-accent: #fff; --ok-bg: #e6f4ea; --ok-fg: #0d5224; --focus: #0b57d0; --danger: #b3261e; }
@media (prefers-color-scheme: dark) {
  .pop, .warn { --bg: #202124; --fg: #e8eaed; --muted: #bcc0c6; --line: #5f6368; --soft: #2d2f31; --accent: #a8c7fa;
    --on-accent: #062e6f; --ok-bg: #0f3d1f; --ok-fg: #c4eed0; --focus: #a8c7fa; --danger: #f2b8b5; }
}
.pop, .warn { position: fixed; pointer-events: auto; font: 14px/1.4 system-ui, sans-serif; color: var(--fg);
  background: var(--bg); border: 1px solid var(--line); border-radius: 8px; box-shadow: 0 4px 16px rgba(0,0,0,.3);
  padding: 12px 14px; max-width: 340px; z-index: 2; box-sizing: border-box; overflow: auto; }
.cat { display: inline-block; font-size: 12px; font-weight: 600; text-transform: uppercase; letter-spacing: .04em;
  padding: 1px 6px; border-radius: 4px; color: #fff; margin: 0; }
.msg { margin: 8px 0; }
.repl { margin: 6px 0 10px; }
.repl b { background: var(--ok-bg); color: var(--ok-fg); padding: 0 3px; border-radius: 3px; font-weight: 500; }
.row { display: flex; gap: 8px; flex-wrap: wrap; }
.keys { margin: 10px 0 0; font-size: 12px; color: var(--muted); }
button { font: inherit; color: var(--fg); border-radius: 6px; border: 1px solid var(--line); background: var(--bg); padding: 4px 10px; cursor: pointer; }
button.primary { background: var(--accent); border-color: var(--accent); color: var(--on-accent); }
button:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
.rw { border-top: 1px solid var(--line); margin-top: 10px; padding-top: 8px; }
.rw q { display: block; margin: 4px 0 8px; padding: 6px 8px; background: var(--soft); border-radius: 4px; quotes: none; font-style: italic; }
.warn { left: 50%; bottom: 24px; transform: translateX(-50%); max-width: min(420px, calc(100vw - 16px)); max-height: calc(100vh - 32px); border: 2px solid var(--danger); }
.warn h2 { font-size: 15px; margin: 0 0 6px; }
`;

const HIGHLIGHT_CSS = `
::highlight(discreet-high) { text-decoration: underline wavy ${COLORS.high}; text-decoration-thickness: 2px; background-color: rgba(229,57,53,.16); }
::highlight(discreet-medium) { text-decoration: underline wavy ${COLORS.medium}; text-decoration-thickness: 2px; background-color: rgba(199,106,0,.16); }
::highlight(discreet-low) { text-decoration: underline dotted ${COLORS.low}; }
`;

// A custom element name that says nothing about who made it.
const anonymousTag = () => "x-" + Array.from(crypto.getRandomValues(new Uint8Array(6)), (b) => "abcdefghijklmnopqrstuvwxyz"[b % 26]).join("");

export class Overlay {
  /** exposed: an open, findable shadow root (test builds; see above). */
  constructor(doc = document, { exposed = false } = {}) {
    this.doc = doc;
    this.host = doc.createElement(exposed ? "discreet-overlay" : anonymousTag());
    this.host.style.cssText = "position:fixed;top:0;left:0;width:0;height:0;z-index:2147483647;overflow:visible;";
    this.root = this.host.attachShadow({ mode: exposed ? "open" : "closed" });
    const style = doc.createElement("style");
    style.textContent = STYLE;
    this.root.append(style);
    this.layer = doc.createElement("div");
    this.root.append(this.layer);
    this.fields = new Map(); // field → {result, findings, model, layer, mirror}
    this.useHighlights = exposed && hasHighlightAPI();
    if (this.useHighlights) {
      const s = doc.createElement("style");
      s.dataset.discreet = "";
      s.textContent = HIGHLIGHT_CSS;
      (doc.head || doc.documentElement).append(s);
    }
    doc.documentElement.append(this.host);
    this.frame = 0;
    const relayout = () => this.schedule();
    doc.addEventListener("scroll", relayout, { capture: true, passive: true });
    doc.defaultView.addEventListener("resize", relayout, { passive: true });
    this.resizeObs = new ResizeObserver(relayout);
  }

  /** show draws the findings of one field (findings: the shown subset). */
  show(field, findings) {
    let st = this.fields.get(field);
    if (!st) {
      st = { layer: this.doc.createElement("div"), mirror: null };
      this.layer.append(st.layer);
      this.fields.set(field, st);
      this.resizeObs.observe(field);
    }
    st.findings = findings;
    this.draw(field, st);
  }

  forget(field) {
    const st = this.fields.get(field);
    if (!st) return;
    st.layer.remove();
    st.mirror?.remove();
    this.fields.delete(field);
    this.resizeObs.unobserve(field);
    this.updateHighlights();
  }

  schedule() {
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      for (const [field, st] of this.fields) {
        if (!field.isConnected) this.forget(field);
        else this.draw(field, st);
      }
      this.onLayout?.();
    });
  }

  /**
   * syncMirror makes field's mirror (a hidden copy of a textarea's box,
   * style and text, inside the overlay) match it, and returns it. It runs
   * once per drawing: done for each finding, its style writes and reads
   * made the browser lay the mirror out again for every span.
   */
  syncMirror(field, st) {
    if (!st.mirror) {
      st.mirror = this.doc.createElement("div");
      st.mirror.className = "mirror";
      this.root.append(st.mirror);
    }
    const m = st.mirror;
    const cs = getComputedStyle(field);
    for (const p of ["boxSizing", "width", "height", "paddingTop", "paddingRight", "paddingBottom", "paddingLeft",
      "borderTopWidth", "borderRightWidth", "borderBottomWidth", "borderLeftWidth", "borderStyle", "fontFamily",
      "fontSize", "fontWeight", "fontStyle", "letterSpacing", "lineHeight", "textTransform", "textIndent",
      "wordSpacing", "tabSize", "textAlign", "direction"]) m.style[p] = cs[p];
    m.style.borderColor = "transparent";
    m.style.whiteSpace = field.tagName === "INPUT" ? "pre" : "pre-wrap";
    m.style.overflowWrap = "break-word";
    m.style.wordBreak = cs.wordBreak;
    const r = field.getBoundingClientRect();
    m.style.left = r.left + "px";
    m.style.top = r.top + "px";
    // A textarea's scrollbar narrows its text box; mirror that.
    const scrollbar = field.offsetWidth - field.clientWidth - parseFloat(cs.borderLeftWidth) - parseFloat(cs.borderRightWidth);
    m.style.paddingRight = parseFloat(cs.paddingRight) + Math.max(0, scrollbar) + "px";
    const value = field.value;
    if (m.firstChild?.data !== value + "\u200b") m.textContent = value + "\u200b";
    m.scrollTop = field.scrollTop;
    m.scrollLeft = field.scrollLeft;
    return m;
  }

  /** mirrorRects returns the client rects of [start, end) of mirror m's text. */
  mirrorRects(m, start, end) {
    const range = this.doc.createRange();
    range.setStart(m.firstChild, start);
    range.setEnd(m.firstChild, end);
    return [...range.getClientRects()];
  }

  // draw measures every span first and adds the markers in one write at
  // the end: a marker added between two measures made the browser lay
  // the overlay out again for the next one. When every marker would be
  // what is already drawn (typing after the last finding, a scroll that
  // moved nothing), the markers stay as they are: no write at all.
  draw(field, st) {
    const box = field.getBoundingClientRect();
    const text = isTextField(field) ? field.value : null;
    const model = text === null ? extract(field) : null;
    const mirror = model ? null : this.syncMirror(field, st);
    st.ranges = [];
    st.rects = new Map(); // finding → its visible client rects (kept here, never on the finding)
    const marks = []; // [finding, rect] of each marker, in order
    for (const f of st.findings) {
      let rects;
      if (model) {
        const range = rangeFor(field, model, f.start, f.end);
        st.ranges.push({ range, severity: f.severity });
        rects = [...range.getClientRects()];
      } else {
        rects = this.mirrorRects(mirror, f.start, f.end);
      }
      const visible = [];
      st.rects.set(f, visible);
      for (const rc of rects) {
        if (rc.width === 0 || rc.bottom < box.top || rc.top > box.bottom || rc.right < box.left || rc.left > box.right) continue;
        visible.push(rc);
        marks.push([f, rc]);
      }
    }
    const drawn = model && this.useHighlights ? "mark" : "mark drawn";
    const key = drawn + marks.map(([f, rc]) => `|${f.index},${f.category},${f.severity},${f.start},${f.end},${f.rule},${rc.left},${rc.top},${rc.width},${rc.height}`).join("");
    if (key !== st.key) {
      st.key = key;
      st.layer.replaceChildren(...marks.map(([f, rc]) => this.marker(f, rc, drawn)));
    }
    if (model) this.updateHighlights();
  }

  /** marker makes the marker of finding f over client rect rc. */
  marker(f, rc, className) {
    const m = this.doc.createElement("div");
    m.className = className;
    m.dataset.discreetFinding = String(f.index);
    m.dataset.category = f.category;
    m.dataset.severity = f.severity;
    m.dataset.start = String(f.start);
    m.dataset.end = String(f.end);
    m.dataset.rule = f.rule;
    Object.assign(m.style, { left: rc.left + "px", top: rc.top + "px", width: rc.width + "px", height: rc.height + "px" });
    return m;
  }

  updateHighlights() {
    if (!this.useHighlights) return;
    const by = { high: [], medium: [], low: [] };
    for (const st of this.fields.values()) for (const r of st.ranges ?? []) by[r.severity]?.push(r.range);
    for (const sev of Object.keys(by)) CSS.highlights.set("discreet-" + sev, new Highlight(...by[sev]));
  }

  /** rectsFor returns the visible client rects drawn for finding f of field. */
  rectsFor(field, f) {
    return this.fields.get(field)?.rects?.get(f) ?? [];
  }

  /** hit returns the finding of field under the client point (x, y). */
  hit(field, x, y) {
    const st = this.fields.get(field);
    for (const f of st?.findings ?? []) {
      for (const r of this.rectsFor(field, f)) if (x >= r.left && x <= r.right && y >= r.top - 2 && y <= r.bottom + 2) return f;
    }
    return null;
  }
}
