// Field tracking: finds compose boxes (present now and added later), keeps
// one state per box, and re-analyzes a box on debounced input. It owns the
// analysis state that the popover controller and the submit guard read.

import { extract, isTextField } from "./text.js";

export const RANK = { low: 1, medium: 2, high: 3 };
const DEBOUNCE_MS = 150;
const FIELD_SELECTOR = 'textarea, [contenteditable]:not([contenteditable="false"])';

/** editableRoot returns the compose box that el belongs to, or null. */
export function editableRoot(el) {
  if (!el || el.nodeType !== 1) return null;
  if (isTextField(el)) return el.tagName === "TEXTAREA" ? el : null;
  if (!el.isContentEditable) return null;
  let e = el;
  while (e.parentElement?.isContentEditable) e = e.parentElement;
  return e;
}

/**
 * FieldTracker keeps, per field, {seq, timer, text, result, shown, pending,
 * asking, whole}: text is what the last analysis saw, asking what the
 * pending one asks about, shown the findings drawn for
 * it, whole the promise of the result with the whole-post rewrite for that
 * text (see complete). onEdit() is called before a field's re-analysis is
 * scheduled.
 *
 * Typing's analyses ask for the findings only ({rewrite: false}): the
 * rewrite of the whole post is a quarter of an analysis, and only the
 * popover shows it, so it is asked for when a popover opens.
 */
export class FieldTracker {
  /**
   * timing (test builds) marks, with performance.measure("discreet-draw"),
   * the time from each answer to its findings drawn: the content script's
   * own share of a round trip, which the benchmark reads from the page.
   */
  constructor({ analyze, actions, overlay, doc, timing = false }) {
    this.timing = timing;
    this.analyzeText = analyze;
    this.actions = actions;
    this.overlay = overlay;
    this.doc = doc;
    this.state = new Map();
    this.hashes = new Map();
    this.lastField = null;
    this.keys = 0;
    this.onEdit = () => {};
  }

  /** get returns the state of field, creating it. */
  get(field) {
    let st = this.state.get(field);
    if (!st) {
      // key names the field to the worker, which reuses its last analysis.
      st = { seq: 0, timer: 0, text: null, result: null, shown: [], pending: null, asking: null, whole: null, key: String(++this.keys) };
      this.state.set(field, st);
    }
    return st;
  }

  /** hashOf returns the salted hash of a finding's text (cached). */
  async hashOf(text) {
    if (!this.hashes.has(text)) this.hashes.set(text, await this.actions.hash(text));
    return this.hashes.get(text);
  }

  /**
   * analyze re-analyzes field now; resolves once its findings are drawn.
   * A field whose text is what its last analysis saw keeps that analysis
   * (an input event that changed nothing, an edit undone before the
   * debounce ran out), and one whose analysis is on its way waits for it,
   * unless force is set: the settings changed.
   */
  async analyze(field, force = false) {
    const st = this.get(field);
    clearTimeout(st.timer);
    st.timer = 0;
    const text = extract(field).text;
    // The analysis on its way is for this very text (a key that changed
    // nothing, an edit undone while it ran): it is waited for, not sent again.
    if (!force && st.pending && st.asking === text) return st.pending;
    const seq = ++st.seq; // an analysis still running is for other text: it is dropped
    if (!force && st.result && text === st.text) {
      st.pending = null;
      return;
    }
    const run = this.run(field, st, seq, text);
    st.pending = run;
    st.asking = text;
    try {
      await run;
    } finally {
      if (st.pending === run) st.pending = null;
    }
  }

  async run(field, st, seq, text) {
    const { actions } = this;
    const asked = text.trim() && actions.enabled();
    const result = asked ? await this.analyzeText(text, { rewrite: false, field: st.key }) : { findings: [] };
    const answered = performance.now();
    if (seq !== st.seq) return;
    const min = RANK[actions.minSeverity()] ?? 1;
    const shown = [];
    for (const [index, f] of (result.findings ?? []).entries()) {
      if ((RANK[f.severity] ?? 0) < min) continue;
      if (actions.isIgnored(await this.hashOf(f.text))) continue;
      shown.push({ ...f, index });
    }
    if (seq !== st.seq) return;
    st.text = text;
    st.result = result;
    st.whole = asked ? null : Promise.resolve(result);
    st.shown = shown;
    this.overlay.show(field, shown);
    if (this.timing) performance.measure("discreet-draw", { start: answered });
    actions.onResults?.(this.count());
  }

  /**
   * complete resolves to field's result with the whole post's rewrite and
   * advice, for the text its findings were drawn for, asking the analyzer
   * once per text; or to null when the field no longer holds that text (it
   * was edited, or the page changed it: the caller analyzes again). The
   * findings are the same as typing's, so the answer becomes the field's
   * result.
   */
  complete(field) {
    const st = this.get(field);
    const text = st.text;
    if (text === null) return Promise.resolve(null);
    st.whole ??= this.analyzeText(text).then((full) => {
      if (st.text === text) st.result = full;
      return full;
    }, (err) => {
      if (st.text === text) st.whole = null; // asked again next time
      throw err;
    });
    return st.whole.then((full) => (st.text === text && extract(field).text === text ? full : null));
  }

  /** count returns the number of findings shown in connected fields. */
  count() {
    let n = 0;
    for (const [f, st] of this.state) if (f.isConnected) n += st.shown.length;
    return n;
  }

  /**
   * schedule re-analyzes field after the debounce delay; the first input of
   * a field never analyzed is analyzed at once (a paste, or a first key).
   */
  schedule(field) {
    const st = this.get(field);
    this.onEdit(field);
    if (st.seq === 0) {
      this.analyze(field);
      return;
    }
    clearTimeout(st.timer);
    st.timer = setTimeout(() => this.analyze(field), DEBOUNCE_MS);
  }

  /** track starts following field and analyzes it if it has text. */
  track(field) {
    if (!field || this.state.has(field)) return;
    this.get(field);
    if (extract(field).text.trim()) this.analyze(field);
  }

  /** isFresh tells whether field's shown findings match its current text. */
  isFresh(field) {
    const st = this.state.get(field);
    return !st.pending && !st.timer && st.text === extract(field).text;
  }

  /** refresh re-analyzes every connected field, changed or not. */
  refresh() {
    for (const f of this.state.keys()) if (f.isConnected) this.analyze(f, true);
  }

  /** listen scans the document and follows new boxes, input and focus. */
  listen() {
    const { doc, actions, overlay } = this;
    const scan = (node) => {
      if (node.nodeType !== 1) return;
      if (node.matches(FIELD_SELECTOR)) this.track(editableRoot(node));
      for (const el of node.querySelectorAll(FIELD_SELECTOR)) this.track(editableRoot(el));
    };
    scan(doc.documentElement);
    new MutationObserver((records) => {
      for (const r of records) {
        if (r.type === "attributes") scan(r.target);
        else for (const n of r.addedNodes) if (n !== overlay.host) scan(n);
      }
    }).observe(doc.documentElement, { childList: true, subtree: true, attributes: true, attributeFilter: ["contenteditable"] });

    doc.addEventListener("input", (e) => {
      const field = editableRoot(e.target);
      if (!field) return;
      this.lastField = field;
      this.schedule(field);
    }, true);
    doc.addEventListener("focusin", (e) => {
      const field = editableRoot(e.target);
      if (!field) return;
      this.track(field);
      this.lastField = field;
      actions.onFocus?.(field);
    }, true);
    doc.addEventListener("focusout", (e) => {
      const field = editableRoot(e.target);
      if (field) actions.onBlur?.(field);
    }, true);
  }
}
