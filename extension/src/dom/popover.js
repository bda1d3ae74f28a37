// The popover: category, the analyzer's message, its replacement and the
// actions. Nothing is re-derived here: every word shown comes from the
// finding or the result, and the UI strings from t().

import { computePosition, flip, offset, shift } from "@floating-ui/dom";
import { COLORS } from "./overlay.js";

/**
 * openPopover shows the popover of finding f anchored on rect and returns
 * a close function. handlers: accept(), ignore(), rewriteAll(), close().
 */
export function openPopover(overlay, { finding: f, result, rect, t, handlers }) {
  const doc = overlay.doc;
  const el = doc.createElement("div");
  el.className = "pop";
  el.setAttribute("role", "dialog");
  el.setAttribute("aria-label", t("popoverTitle"));
  el.dataset.discreetPopover = "";
  const h = (tag, props = {}, ...kids) => {
    const n = doc.createElement(tag);
    for (const [k, v] of Object.entries(props)) {
      if (k.startsWith("data-")) n.setAttribute(k, v);
      else n[k] = v;
    }
    n.append(...kids);
    return n;
  };
  const cat = h("span", { className: "cat" }, t("category_" + f.category) || f.category);
  cat.style.background = COLORS[f.severity] ?? COLORS.low;
  el.append(cat, h("div", { className: "msg" }, f.message));
  if (f.replacement) el.append(h("div", { className: "repl" }, t("suggestion") + " ", h("b", {}, f.replacement)));
  else el.append(h("div", { className: "repl" }, t("suggestRemove")));
  const accept = h("button", { className: "primary", "data-discreet-action": "accept" }, f.replacement ? t("accept") : t("remove"));
  const ignore = h("button", { "data-discreet-action": "ignore" }, t("ignore"));
  el.append(h("div", { className: "row" }, accept, ignore));
  if (result.rewrite) {
    el.append(h("div", { className: "rw" }, t("rewriteIntro"), h("q", { "data-discreet-rewrite": "" }, result.rewrite),
      h("button", { "data-discreet-action": "rewrite-all" }, t("rewriteAll"))));
  }
  if (result.advice) el.append(h("div", { className: "msg" }, result.advice));
  if (result.truncated) {
    el.append(h("div", { className: "msg", "data-discreet-truncated": "" }, t("tooLong").replace("{n}", result.truncated.toLocaleString())));
  }
  overlay.root.append(el);

  const reference = { getBoundingClientRect: () => rect };
  computePosition(reference, el, { strategy: "fixed", placement: "bottom-start", middleware: [offset(6), flip(), shift({ padding: 8 })] })
    .then(({ x, y }) => Object.assign(el.style, { left: `${x}px`, top: `${y}px` }));

  let closed = false;
  const close = (refocus) => {
    if (closed) return;
    closed = true;
    el.remove();
    handlers.close?.(refocus);
  };
  el.addEventListener("click", (e) => {
    const action = e.target.closest("[data-discreet-action]")?.dataset.discreetAction;
    if (!action) return;
    close(false);
    if (action === "accept") handlers.accept();
    else if (action === "ignore") handlers.ignore();
    else if (action === "rewrite-all") Promise.resolve(handlers.rewriteAll()).catch((err) => console.error("discreet:", err));
  });
  el.addEventListener("keydown", (e) => {
    if (e.key === "Escape") {
      e.stopPropagation();
      close(true);
    }
  });
  return { el, close, focus: () => accept.focus() };
}
