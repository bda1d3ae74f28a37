// The popover controller: opens the popover of a finding on click or
// Alt+Enter, keeps at most one open, and routes its actions (accept,
// ignore, rewrite all) to the write path and the field tracker.

import { openPopover } from "./popover.js";
import { caretOffset, replace, replaceAll } from "./apply.js";
import { editableRoot } from "./fields.js";

// nearest returns the finding of fs that starts nearest to at, or null.
const nearest = (fs, at) => fs.reduce((best, x) => (!best || Math.abs(x.start - at) < Math.abs(best.start - at) ? x : best), null);

/** PopoverController owns the one open popover of a document. */
export class PopoverController {
  constructor({ tracker, overlay, actions, doc }) {
    this.tracker = tracker;
    this.overlay = overlay;
    this.actions = actions;
    this.doc = doc;
    this.current = null;
  }

  /** close closes the open popover, if any, without refocusing. */
  close() {
    this.current?.close(false);
    this.current = null;
  }

  /** open shows the popover of finding f of field; focus moves into it. */
  open(field, f, focus) {
    this.close();
    const { tracker, overlay, actions } = this;
    const st = tracker.get(field);
    const rect = overlay.rectsFor(field, f)[0] ?? field.getBoundingClientRect();
    const p = openPopover(overlay, {
      finding: f, result: st.result, rect, t: actions.t,
      handlers: {
        accept: () => this.accept(field, f),
        ignore: async () => {
          actions.ignore(await tracker.hashOf(f.text));
          tracker.analyze(field, true); // the same text, fewer findings to show
        },
        rewriteAll: () => this.rewriteAll(field),
        close: (refocus) => {
          if (this.current === p) this.current = null;
          if (refocus) field.focus();
        },
      },
    });
    this.current = p;
    if (focus) p.focus();
    // Typing's result has no rewrite: ask for it now, for the text shown.
    tracker.complete(field).then((full) => full && p.complete(full), (err) => console.error("discreet:", err));
  }

  /**
   * accept applies finding f's replacement. If the field changed since f
   * was found, the field is analyzed again and the same finding (same rule
   * and text, the nearest to where it was) is applied at its new offsets;
   * if it is gone, nothing is written. Resolves to replace's answer.
   */
  async accept(field, f) {
    const { tracker } = this;
    let cur = f;
    for (let tries = 0; tries < 3; tries++) {
      const r = await replace(field, cur.start, cur.end, cur.replacement ?? "", { expect: cur.text });
      if (r.reason !== "stale") return this.done(field, r);
      await tracker.analyze(field);
      cur = nearest(tracker.get(field).shown.filter((x) => x.rule === f.rule && x.text === f.text), cur.start);
      if (!cur) return this.done(field, { ok: false, reason: "gone" });
    }
    return this.done(field, { ok: false, reason: "stale" });
  }

  /**
   * rewriteAll puts the rewrite of the field's current text in its place,
   * only while the field still holds the text that rewrite was made from;
   * else it analyzes the field again and retries.
   */
  async rewriteAll(field) {
    const { tracker } = this;
    for (let tries = 0; tries < 3; tries++) {
      const text = tracker.get(field).text;
      const full = await tracker.complete(field);
      if (full && !full.rewrite) return this.done(field, { ok: false, reason: "gone" });
      const r = full ? await replaceAll(field, full.rewrite, { expect: text }) : { reason: "stale" };
      if (r.reason !== "stale") return this.done(field, r);
      await tracker.analyze(field);
    }
    return this.done(field, { ok: false, reason: "stale" });
  }

  // done analyzes the field again after any write (an editor that takes
  // the edit from beforeinput cancels it, so no input event follows) and
  // passes the answer on.
  done(field, r) {
    this.tracker.analyze(field);
    return r;
  }

  /** listen opens popovers on click and Alt+Enter and closes them outside. */
  listen() {
    const { doc, overlay, tracker } = this;
    doc.addEventListener("click", (e) => {
      const field = editableRoot(e.target);
      if (!field) {
        if (this.current && !e.composedPath().includes(overlay.host)) this.close();
        return;
      }
      const f = overlay.hit(field, e.clientX, e.clientY);
      if (f) this.open(field, f, false);
      else this.close();
    }, true);

    // Alt+Enter opens the popover of the finding at the caret (or the first).
    doc.addEventListener("keydown", (e) => {
      if (!(e.altKey && e.key === "Enter")) return;
      const field = editableRoot(e.target);
      const st = field && tracker.state.get(field);
      if (!st?.shown.length) return;
      e.preventDefault();
      e.stopPropagation();
      const at = caretOffset(field);
      const f = st.shown.find((x) => at >= x.start && at <= x.end) ?? st.shown[0];
      this.open(field, f, true);
    }, true);

    overlay.onLayout = () => {
      if (this.current && !this.current.el.isConnected) this.current = null;
    };
  }
}
