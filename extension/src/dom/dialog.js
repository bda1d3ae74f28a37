// The keyboard half of the WAI-ARIA dialog pattern, shared by the popover
// and the pre-submit warning: Tab and Shift+Tab cycle through the dialog's
// buttons while focus is in it, and Escape, wherever focus is on the page,
// closes it. The caller moves focus in and, on close, back to the field.

let ids = 0;

/** uniqueId returns an id for aria-labelledby inside the overlay's root. */
export const uniqueId = (prefix) => `discreet-${prefix}-${++ids}`;

/**
 * holdFocus wires el (a dialog inside the overlay) for the keyboard and
 * returns the function that unwires it. onEscape runs on Escape.
 */
export function holdFocus(el, doc, onEscape) {
  const focusables = () => [...el.querySelectorAll("button:not([disabled]), [href], [tabindex]:not([tabindex='-1'])")];
  const onKey = (e) => {
    if (e.key !== "Tab") return;
    const list = focusables();
    if (!list.length) return;
    const active = el.getRootNode().activeElement;
    const i = list.indexOf(active);
    const next = e.shiftKey ? (i <= 0 ? list.length - 1 : i - 1) : (i === list.length - 1 ? 0 : i + 1);
    e.preventDefault();
    e.stopPropagation();
    list[next].focus();
  };
  const onEsc = (e) => {
    if (e.key !== "Escape" || e.isComposing) return;
    e.preventDefault();
    e.stopPropagation();
    onEscape();
  };
  el.addEventListener("keydown", onKey);
  doc.addEventListener("keydown", onEsc, true);
  return () => {
    el.removeEventListener("keydown", onKey);
    doc.removeEventListener("keydown", onEsc, true);
  };
}
