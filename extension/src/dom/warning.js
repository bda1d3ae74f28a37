// The pre-submit warning: a WAI-ARIA alert dialog named by its title and
// described by its message. Focus moves to "Review"; Tab stays on its two
// buttons; Escape dismisses it and returns focus to the field, as "Review"
// does (which then opens the first risky finding).

import { holdFocus, uniqueId } from "./dialog.js";

/**
 * showWarning appends the warning for n risky details to overlay and
 * returns {el, close}. on.review(), on.postAnyway(), on.escape() run after
 * it has closed.
 */
export function showWarning(overlay, { n, t, on }) {
  const doc = overlay.doc;
  const el = doc.createElement("div");
  el.className = "warn";
  el.setAttribute("role", "alertdialog");
  el.dataset.discreetWarning = "";
  const title = Object.assign(doc.createElement("h2"), { id: uniqueId("warn-title"), textContent: t("warningTitle") });
  const body = Object.assign(doc.createElement("p"), {
    id: uniqueId("warn-body"), className: "msg",
    textContent: t(n === 1 ? "warningBodyOne" : "warningBodyMany").replace("{n}", String(n)),
  });
  el.setAttribute("aria-labelledby", title.id);
  el.setAttribute("aria-describedby", body.id);
  const button = (action, label, className = "") => {
    const b = Object.assign(doc.createElement("button"), { className, textContent: label });
    b.dataset.discreetAction = action;
    return b;
  };
  const review = button("review", t("review"), "primary");
  const anyway = button("post-anyway", t("postAnyway"));
  const row = doc.createElement("div");
  row.className = "row";
  row.append(review, anyway);
  const keys = Object.assign(doc.createElement("p"), { className: "keys", textContent: t("warningEsc") });
  el.append(title, body, row, keys);
  overlay.root.append(el);

  let release = () => {};
  const close = () => {
    release();
    el.remove();
  };
  const then = (f) => () => {
    close();
    f();
  };
  release = holdFocus(el, doc, then(on.escape));
  review.addEventListener("click", then(on.review));
  anyway.addEventListener("click", then(on.postAnyway));
  review.focus();
  return { el, close };
}
