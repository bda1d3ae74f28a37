// The popover: category, the analyzer's message, its replacement and the
// actions. Nothing is re-derived here: every word shown comes from the
// finding or the result, and the UI strings from t(). It is a WAI-ARIA
// dialog named by its category: Tab stays inside, Escape closes it and
// returns focus to the field, and it says so (with Alt+Enter) at its foot.
// floating-ui keeps it inside the viewport at any zoom and scroll: flip to
// the side with room, shift along it, and size it to what is left.

import { computePosition, flip, offset, shift, size } from "@floating-ui/dom";
import { BADGES } from "./overlay.js";
import { holdFocus, uniqueId } from "./dialog.js";

const MARGIN = 8; // px kept free between the popover and the viewport's edges

/** place positions el next to rect, fully inside the viewport. */
export function place(el, rect) {
  const reference = { getBoundingClientRect: () => rect };
  return computePosition(reference, el, {
    strategy: "fixed",
    placement: "bottom-start",
    middleware: [
      offset(6),
      flip({ padding: MARGIN }),
      shift({ padding: MARGIN, crossAxis: true }),
      size({
        padding: MARGIN,
        apply({ availableWidth, availableHeight, elements }) {
          Object.assign(elements.floating.style, {
            maxWidth: `${Math.max(160, Math.min(340, availableWidth))}px`,
            maxHeight: `${Math.max(80, availableHeight)}px`,
          });
        },
      }),
      shift({ padding: MARGIN, crossAxis: true }), // again, once sized
    ],
  }).then(({ x, y }) => Object.assign(el.style, { left: `${x}px`, top: `${y}px` }));
}

// element makes doc's tag with props (data-* and aria-* as attributes) and kids.
function element(doc, tag, props = {}, ...kids) {
  const n = doc.createElement(tag);
  for (const [k, v] of Object.entries(props)) {
    if (k.startsWith("data-") || k.startsWith("aria-")) n.setAttribute(k, v);
    else n[k] = v;
  }
  n.append(...kids);
  return n;
}

// wholePost returns what the result says of the whole post (the rewrite
// and its button, the advice), or null when it has neither.
function wholePost(doc, result, t) {
  const h = (...args) => element(doc, ...args);
  const kids = [];
  if (result.rewrite) {
    kids.push(h("div", { className: "rw" }, t("rewriteIntro"), h("q", { "data-discreet-rewrite": "" }, result.rewrite),
      h("button", { "data-discreet-action": "rewrite-all" }, t("rewriteAll"))));
  }
  if (result.advice) kids.push(h("p", { className: "msg" }, result.advice));
  return kids.length ? h("div", { className: "whole" }, ...kids) : null;
}

function build(doc, { finding: f, result, t }) {
  const h = (...args) => element(doc, ...args);
  const el = h("div", { className: "pop", role: "dialog", "data-discreet-popover": "" });
  const cat = h("h2", { className: "cat", id: uniqueId("cat") }, t("category_" + f.category) || f.category);
  cat.style.background = BADGES[f.severity] ?? BADGES.low;
  const msg = h("p", { className: "msg", id: uniqueId("msg") }, f.message);
  el.setAttribute("aria-labelledby", cat.id);
  el.setAttribute("aria-describedby", msg.id);
  el.append(cat, msg);
  if (f.replacement) el.append(h("p", { className: "repl" }, t("suggestion") + " ", h("b", {}, f.replacement)));
  else el.append(h("p", { className: "repl" }, t("suggestRemove")));
  const accept = h("button", { className: "primary", "data-discreet-action": "accept" }, f.replacement ? t("accept") : t("remove"));
  const ignore = h("button", { "data-discreet-action": "ignore" }, t("ignore"));
  const row = h("div", { className: "row" }, accept, ignore);
  el.append(row);
  const whole = wholePost(doc, result, t);
  if (whole) el.append(whole);
  if (result.truncated) {
    el.append(h("p", { className: "msg", "data-discreet-truncated": "" }, t("tooLong").replace("{n}", result.truncated.toLocaleString())));
  }
  el.append(h("p", { className: "keys" }, t("popoverShortcut")));
  return { el, accept, row };
}

/**
 * openPopover shows the popover of finding f anchored on rect and returns
 * {el, close, focus, complete}. handlers: accept(), ignore(), rewriteAll(),
 * close(refocus). complete(result) adds the whole post's rewrite and
 * advice when they come after the popover opened (typing's analyses leave
 * them out: fields.js).
 */
export function openPopover(overlay, { finding, result, rect, t, handlers }) {
  const doc = overlay.doc;
  const { el, accept, row } = build(doc, { finding, result, t });
  overlay.root.append(el);
  place(el, rect);

  let closed = false;
  let release = () => {};
  const close = (refocus) => {
    if (closed) return;
    closed = true;
    release();
    el.remove();
    handlers.close?.(refocus);
  };
  release = holdFocus(el, doc, () => close(true));
  el.addEventListener("click", (e) => {
    const action = e.target.closest("[data-discreet-action]")?.dataset.discreetAction;
    if (!action) return;
    // Accept and rewrite focus the field themselves as they write (apply.js;
    // focusing it first upsets editors that restore their own selection on
    // focus); Ignore only re-analyzes, so focus goes back here.
    close(action === "ignore");
    if (action === "accept") handlers.accept();
    else if (action === "ignore") handlers.ignore();
    else if (action === "rewrite-all") Promise.resolve(handlers.rewriteAll()).catch((err) => console.error("discreet:", err));
  });
  const complete = (full) => {
    if (closed || el.querySelector(".whole")) return;
    const whole = wholePost(doc, full, t);
    if (whole) row.after(whole);
    place(el, rect);
  };
  return { el, close, focus: () => accept.focus(), complete };
}
