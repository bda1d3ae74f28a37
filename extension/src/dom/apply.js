// Applying text goes through the editor's own input path: select the range,
// then execCommand("insertText") (or "delete"), which fires the beforeinput
// and input events that React, Lexical, Draft.js, ProseMirror and Quill
// listen to, so their models and undo stacks see the change. If the browser
// refuses execCommand, a cancelable beforeinput of type
// insertReplacementText is dispatched for the editor to handle.

import { extract, isTextField, rangeFor } from "./text.js";

// A frame, or 50 ms where frames are throttled (a background tab).
const nextFrame = () => new Promise((r) => {
  requestAnimationFrame(() => r());
  setTimeout(r, 50);
});

/** select puts the field's selection on [start, end) of its text. */
export function select(field, start, end) {
  field.focus({ preventScroll: true });
  if (isTextField(field)) {
    field.setSelectionRange(start, end);
    return;
  }
  const range = rangeFor(field, extract(field), start, end);
  const sel = field.ownerDocument.getSelection();
  sel.removeAllRanges();
  sel.addRange(range);
}

/**
 * replace swaps [start, end) of the field's text for text. An empty
 * replacement removes the span together with one neighbouring space, so no
 * double space is left behind.
 */
export async function replace(field, start, end, text) {
  if (text === "") {
    const full = extract(field).text;
    if (full[end] === " " && (start === 0 || full[start - 1] === " " || /[(\n]/.test(full[start - 1]))) end++;
    else if (start > 0 && full[start - 1] === " ") start--;
  }
  // Focus first and let the editor restore its own selection (Lexical does
  // so after focus), then select the span and let editors that track the
  // selection through selectionchange (Lexical, ProseMirror, Quill) see it
  // before the edit arrives.
  if (field.ownerDocument.activeElement !== field) {
    field.focus({ preventScroll: true });
    await nextFrame();
  }
  select(field, start, end);
  await nextFrame();
  const doc = field.ownerDocument;
  const ok = text === "" ? doc.execCommand("delete", false) : doc.execCommand("insertText", false, text);
  if (ok) return;
  const ev = new InputEvent("beforeinput", {
    inputType: "insertReplacementText", data: text, bubbles: true, cancelable: true, composed: true,
  });
  if (field.dispatchEvent(ev) && isTextField(field)) {
    field.setRangeText(text, start, end, "end");
    field.dispatchEvent(new InputEvent("input", { inputType: "insertReplacementText", data: text, bubbles: true }));
  }
}

/** replaceAll replaces the whole text of the field. */
export function replaceAll(field, text) {
  return replace(field, 0, extract(field).text.length, text);
}

/** caretOffset returns the text offset of the field's caret, or -1. */
export function caretOffset(field) {
  if (isTextField(field)) return field.selectionStart ?? -1;
  const sel = field.ownerDocument.getSelection();
  if (!sel.rangeCount || !field.contains(sel.anchorNode)) return -1;
  const model = extract(field);
  for (const s of model.segs) if (s.node === sel.anchorNode) return s.start + sel.anchorOffset;
  return -1;
}
