// The DOM framework: finds compose boxes, re-analyzes them on debounced
// input, draws highlights, opens the popover, applies fixes and holds a risky
// submission. It never imports chrome.*: the extension and the playground
// hand it an analyze function and an actions object.
//
//   attach({ analyze, actions, doc }) → { refresh(), fields() }
//   analyze(text) → Promise<result>          (CONTRACT §3)
//   actions.t(key) → UI string
//   actions.hash(text) → Promise<string>     (salted; used for Ignore)
//   actions.isIgnored(hash) → boolean
//   actions.ignore(hash) → void
//   actions.minSeverity() → "low" | "medium" | "high"
//   actions.enabled() → boolean
//   actions.onFocus(field), actions.onBlur(field), actions.onResults(count)

import { extract, isTextField } from "./text.js";
import { Overlay } from "./overlay.js";
import { openPopover } from "./popover.js";
import { caretOffset, replace, replaceAll } from "./apply.js";

const RANK = { low: 1, medium: 2, high: 3 };
const DEBOUNCE_MS = 150;
const SEND_LABEL = /^(post|submit|send|reply|publish|comment|share|publier|envoyer|répondre|commenter|publicar|enviar|responder|comentar)\b/i;
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

export function attach({ analyze, actions, doc = document }) {
  const overlay = new Overlay(doc);
  const state = new Map(); // field → {seq, timer, text, result, shown, pending}
  let lastField = null;
  let popover = null;
  let warning = null;
  let bypass = false;
  const t = actions.t;

  const get = (field) => {
    let st = state.get(field);
    if (!st) {
      st = { seq: 0, timer: 0, text: null, result: null, shown: [], pending: null };
      state.set(field, st);
    }
    return st;
  };

  const hashes = new Map();
  const hashOf = async (text) => {
    if (!hashes.has(text)) hashes.set(text, await actions.hash(text));
    return hashes.get(text);
  };

  async function analyzeField(field) {
    const st = get(field);
    clearTimeout(st.timer);
    st.timer = 0;
    const seq = ++st.seq;
    const text = extract(field).text;
    const run = (async () => {
      const result = text.trim() && actions.enabled() ? await analyze(text) : { findings: [] };
      if (seq !== st.seq) return;
      const min = RANK[actions.minSeverity()] ?? 1;
      const shown = [];
      for (const [index, f] of (result.findings ?? []).entries()) {
        if ((RANK[f.severity] ?? 0) < min) continue;
        if (actions.isIgnored(await hashOf(f.text))) continue;
        shown.push({ ...f, index });
      }
      if (seq !== st.seq) return;
      st.text = text;
      st.result = result;
      st.shown = shown;
      overlay.show(field, shown);
      actions.onResults?.(countAll());
    })();
    st.pending = run;
    try {
      await run;
    } finally {
      if (st.pending === run) st.pending = null;
    }
  }

  const countAll = () => {
    let n = 0;
    for (const [f, st] of state) if (f.isConnected) n += st.shown.length;
    return n;
  };

  const schedule = (field) => {
    const st = get(field);
    closePopover();
    clearTimeout(st.timer);
    st.timer = setTimeout(() => analyzeField(field), DEBOUNCE_MS);
  };

  // Boxes present now and added later (dialogs, single-page navigation).
  const track = (field) => {
    if (!field || state.has(field)) return;
    get(field);
    if (extract(field).text.trim()) analyzeField(field);
  };
  const scan = (node) => {
    if (node.nodeType !== 1) return;
    if (node.matches(FIELD_SELECTOR)) track(editableRoot(node));
    for (const el of node.querySelectorAll(FIELD_SELECTOR)) track(editableRoot(el));
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
    lastField = field;
    schedule(field);
  }, true);
  doc.addEventListener("focusin", (e) => {
    const field = editableRoot(e.target);
    if (!field) return;
    track(field);
    lastField = field;
    actions.onFocus?.(field);
  }, true);
  doc.addEventListener("focusout", (e) => {
    const field = editableRoot(e.target);
    if (field) actions.onBlur?.(field);
  }, true);

  // ── Popover ────────────────────────────────────────────────────────────
  function closePopover() {
    popover?.close(false);
    popover = null;
  }

  function open(field, f, focus) {
    closePopover();
    const st = get(field);
    const rect = f._rects?.[0] ?? field.getBoundingClientRect();
    const p = openPopover(overlay, {
      finding: f, result: st.result, rect, t,
      handlers: {
        accept: () => replace(field, f.start, f.end, f.replacement ?? ""),
        ignore: async () => {
          actions.ignore(await hashOf(f.text));
          analyzeField(field);
        },
        rewriteAll: () => replaceAll(field, st.result.rewrite),
        close: (refocus) => {
          if (popover === p) popover = null;
          if (refocus) field.focus();
        },
      },
    });
    popover = p;
    if (focus) p.focus();
  }

  doc.addEventListener("click", (e) => {
    const field = editableRoot(e.target);
    if (!field) {
      if (popover && !e.composedPath().includes(overlay.host)) closePopover();
      return;
    }
    const f = overlay.hit(field, e.clientX, e.clientY);
    if (f) open(field, f, false);
    else closePopover();
  }, true);

  // Alt+Enter opens the popover of the finding at the caret (or the first).
  doc.addEventListener("keydown", (e) => {
    if (!(e.altKey && e.key === "Enter")) return;
    const field = editableRoot(e.target);
    const st = field && state.get(field);
    if (!st?.shown.length) return;
    e.preventDefault();
    e.stopPropagation();
    const at = caretOffset(field);
    const f = st.shown.find((x) => at >= x.start && at <= x.end) ?? st.shown[0];
    open(field, f, true);
  }, true);

  overlay.onLayout = () => {
    if (popover && !popover.el.isConnected) popover = null;
  };

  // ── Pre-submit check ───────────────────────────────────────────────────
  const risky = (st) => st.shown.filter((f) => RANK[f.severity] >= RANK.medium);

  async function guard(e, fields, redo) {
    if (bypass || !actions.enabled()) return;
    const live = fields.filter((f) => f?.isConnected && state.has(f));
    if (!live.length) return;
    const fresh = (f) => {
      const st = state.get(f);
      return !st.pending && !st.timer && st.text === extract(f).text;
    };
    if (live.every(fresh) && !live.some((f) => risky(state.get(f)).length)) return;
    e.preventDefault();
    e.stopImmediatePropagation();
    for (const f of live) if (!fresh(f)) await analyzeField(f);
    const bad = live.find((f) => risky(state.get(f)).length);
    if (!bad) return passThrough(redo);
    showWarning(bad, redo);
  }

  function passThrough(redo) {
    bypass = true;
    try {
      redo();
    } finally {
      bypass = false;
    }
  }

  function showWarning(field, redo) {
    warning?.remove();
    const n = risky(state.get(field)).length;
    const w = doc.createElement("div");
    w.className = "warn";
    w.setAttribute("role", "alertdialog");
    w.dataset.discreetWarning = "";
    const title = doc.createElement("h2");
    title.textContent = t("warningTitle");
    const body = doc.createElement("div");
    body.className = "msg";
    body.textContent = t(n === 1 ? "warningBodyOne" : "warningBodyMany").replace("{n}", String(n));
    const review = doc.createElement("button");
    review.className = "primary";
    review.dataset.discreetAction = "review";
    review.textContent = t("review");
    const anyway = doc.createElement("button");
    anyway.dataset.discreetAction = "post-anyway";
    anyway.textContent = t("postAnyway");
    const row = doc.createElement("div");
    row.className = "row";
    row.append(review, anyway);
    w.append(title, body, row);
    overlay.root.append(w);
    warning = w;
    review.focus();
    review.addEventListener("click", () => {
      w.remove();
      warning = null;
      field.focus();
      const f = risky(state.get(field))[0];
      if (f) open(field, f, true);
    });
    anyway.addEventListener("click", () => {
      w.remove();
      warning = null;
      passThrough(redo);
    });
  }

  const fieldsFor = (el) => {
    const form = el.closest?.("form");
    const inForm = form ? [...state.keys()].filter((f) => form.contains(f)) : [];
    return inForm.length ? inForm : [lastField];
  };

  doc.addEventListener("click", (e) => {
    if (bypass || e.composedPath().includes(overlay.host)) return;
    const b = e.target.closest?.('button, input[type="submit"], [role="button"]');
    if (!b || editableRoot(b)) return;
    const label = (b.value || b.getAttribute("aria-label") || b.textContent || "").trim();
    const isSubmit = (b.type === "submit" && b.form) || SEND_LABEL.test(label);
    if (!isSubmit) return;
    guard(e, fieldsFor(b), () => b.click());
  }, true);

  doc.addEventListener("submit", (e) => {
    const form = e.target;
    const submitter = e.submitter;
    guard(e, fieldsFor(form), () => form.requestSubmit(submitter?.isConnected ? submitter : undefined));
  }, true);

  doc.addEventListener("keydown", (e) => {
    if (e.key !== "Enter" || e.altKey || e.isComposing) return;
    const field = editableRoot(e.target) ?? (e.target.tagName === "INPUT" ? e.target : null);
    if (!field) return;
    const sends = e.ctrlKey || e.metaKey || e.target.tagName === "INPUT" || field.getAttribute("aria-multiline") === "false";
    if (!sends || e.shiftKey) return;
    const target = e.target;
    const init = { key: e.key, code: e.code, keyCode: 13, which: 13, ctrlKey: e.ctrlKey, metaKey: e.metaKey, shiftKey: false, bubbles: true, cancelable: true, composed: true };
    guard(e, [field], () => target.dispatchEvent(new KeyboardEvent("keydown", init)));
  }, true);

  return {
    refresh: () => {
      for (const f of state.keys()) if (f.isConnected) analyzeField(f);
    },
    count: countAll,
    overlay,
  };
}
