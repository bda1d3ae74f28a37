// The submit guard: holds a click on a send button, a form submission or a
// sending Enter while a field has risky findings (medium or high) or has
// not been analyzed in its current state, and shows its warning dialog.
// "Review" opens the first risky finding; "Post anyway" replays the submit.

import { RANK, editableRoot } from "./fields.js";
import { showWarning } from "./warning.js";

const SEND_LABEL = /^(post|submit|send|reply|publish|comment|share|publier|envoyer|répondre|commenter|publicar|enviar|responder|comentar)\b/i;

/** SubmitGuard holds risky submissions; review(field, f) opens a finding. */
export class SubmitGuard {
  constructor({ tracker, overlay, actions, doc, review }) {
    this.tracker = tracker;
    this.overlay = overlay;
    this.actions = actions;
    this.doc = doc;
    this.review = review;
    this.bypass = false;
    this.warning = null;
  }

  risky(field) {
    return this.tracker.get(field).shown.filter((f) => RANK[f.severity] >= RANK.medium);
  }

  /** check holds event e if any of fields is stale or risky; redo replays it. */
  async check(e, fields, redo) {
    const { tracker } = this;
    if (this.bypass || !this.actions.enabled()) return;
    const live = fields.filter((f) => f?.isConnected && tracker.state.has(f));
    if (!live.length) return;
    const fresh = (f) => tracker.isFresh(f);
    if (live.every(fresh) && !live.some((f) => this.risky(f).length)) return;
    e.preventDefault();
    e.stopImmediatePropagation();
    for (const f of live) if (!fresh(f)) await tracker.analyze(f);
    const bad = live.find((f) => this.risky(f).length);
    if (!bad) return this.passThrough(redo);
    this.show(bad, redo);
  }

  passThrough(redo) {
    this.bypass = true;
    try {
      redo();
    } finally {
      this.bypass = false;
    }
  }

  /** show opens the warning dialog (warning.js) for field's risky findings. */
  show(field, redo) {
    this.warning?.close();
    this.warning = showWarning(this.overlay, {
      n: this.risky(field).length,
      t: this.actions.t,
      on: {
        review: () => {
          this.warning = null;
          field.focus();
          const f = this.risky(field)[0];
          if (f) this.review(field, f);
        },
        postAnyway: () => {
          this.warning = null;
          this.passThrough(redo);
        },
        escape: () => {
          this.warning = null;
          field.focus();
        },
      },
    });
  }

  dismiss() {
    this.warning?.close();
    this.warning = null;
  }

  fieldsFor(el) {
    const { tracker } = this;
    const form = el.closest?.("form");
    const inForm = form ? [...tracker.state.keys()].filter((f) => form.contains(f)) : [];
    return inForm.length ? inForm : [tracker.lastField];
  }

  /** listen follows send-button clicks, form submissions and sending Enter. */
  listen() {
    const { doc, overlay } = this;
    doc.addEventListener("click", (e) => {
      if (this.bypass || e.composedPath().includes(overlay.host)) return;
      const b = e.target.closest?.('button, input[type="submit"], [role="button"]');
      if (!b || editableRoot(b)) return;
      const label = (b.value || b.getAttribute("aria-label") || b.textContent || "").trim();
      const isSubmit = (b.type === "submit" && b.form) || SEND_LABEL.test(label);
      if (!isSubmit) return;
      this.check(e, this.fieldsFor(b), () => b.click());
    }, true);

    doc.addEventListener("submit", (e) => {
      const form = e.target;
      const submitter = e.submitter;
      this.check(e, this.fieldsFor(form), () => form.requestSubmit(submitter?.isConnected ? submitter : undefined));
    }, true);

    doc.addEventListener("keydown", (e) => this.onEnter(e), true);
  }

  onEnter(e) {
    if (e.key !== "Enter" || e.altKey || e.isComposing) return;
    const field = editableRoot(e.target) ?? (e.target.tagName === "INPUT" ? e.target : null);
    if (!field) return;
    const sends = e.ctrlKey || e.metaKey || e.target.tagName === "INPUT" || field.getAttribute("aria-multiline") === "false";
    if (!sends || e.shiftKey) return;
    const target = e.target;
    const init = { key: e.key, code: e.code, keyCode: 13, which: 13, ctrlKey: e.ctrlKey, metaKey: e.metaKey, shiftKey: false, bubbles: true, cancelable: true, composed: true };
    this.check(e, [field], () => target.dispatchEvent(new KeyboardEvent("keydown", init)));
  }
}
