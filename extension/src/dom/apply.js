// Applying text goes through the editor's own input path, so that its model
// and undo stack see the change. The span is selected, then:
//  1. in a contenteditable, a cancelable beforeinput (insertReplacementText,
//     or deleteContentBackward, with the span as its target range) goes to
//     the editor: Slate, Lexical, Quill and CKEditor take their edits from
//     it and cancel it, which says they have applied it;
//  2. else execCommand("insertText") (or "delete"), which edits the DOM the
//     way typing does and fires the input event that Draft.js, ProseMirror
//     and plain fields follow (the browser does not fire beforeinput for
//     it, so an editor that only listens there would miss it: step 1).
// After each try the field's text is read back: it must be exactly the old
// text with the span replaced. Nothing is ever written behind the editor's
// back (no setRangeText, no innerHTML), so Ctrl+Z can always restore the
// draft; if the editor takes neither path, the draft is left as it was and
// the caller is told.
//
// Before writing, the span must still hold the text the analyzer saw
// (expect): a field edited since its last analysis (typing, or a page
// script changing the text without an input event) makes the write refuse
// with reason "stale", and the caller re-analyzes and tries again.

import { extract, isTextField, rangeFor } from "./text.js";

// A frame, or 50 ms where frames are throttled (a background tab).
const nextFrame = () => new Promise((r) => {
  requestAnimationFrame(() => r());
  setTimeout(r, 50);
});
/** SETTLE_FRAMES: how long an editor may take to show an edit (React renders late). */
const SETTLE_FRAMES = 8;

// Editors write no-break spaces where a plain one would collapse; the text
// is the same to the reader and to the analyzer.
const same = (a, b) => a === b || a.replaceAll("\u00a0", " ") === b.replaceAll("\u00a0", " ");

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
 * widenForRemoval widens [start, end) of text so that removing it leaves no
 * double space: one neighbouring space goes with it.
 */
export function widenForRemoval(text, start, end) {
  if (text[end] === " " && (start === 0 || text[start - 1] === " " || /[(\n]/.test(text[start - 1]))) end++;
  else if (start > 0 && text[start - 1] === " ") start--;
  return [start, end];
}

/** settle waits until the field's text is no longer before; it returns it. */
async function settle(field, before) {
  let now = extract(field).text;
  for (let i = 0; i < SETTLE_FRAMES && same(now, before); i++) {
    await nextFrame();
    now = extract(field).text;
  }
  return now;
}

// The two ways in: the event that editors handle themselves, then the
// browser's editing command. Each returns true when the edit was taken.
function viaCommand(field, text) {
  const doc = field.ownerDocument;
  return text === "" ? doc.execCommand("delete", false) : doc.execCommand("insertText", false, text);
}
function viaBeforeInput(field, text, start, end) {
  if (isTextField(field)) return false; // a textarea's only undoable path is execCommand
  const range = rangeFor(field, extract(field), start, end);
  const ev = new InputEvent("beforeinput", {
    inputType: text === "" ? "deleteContentBackward" : "insertReplacementText",
    data: text === "" ? null : text, bubbles: true, cancelable: true, composed: true,
    targetRanges: [new StaticRange(range)],
  });
  // Only an editor that cancels the event has handled it; the browser
  // itself does nothing with a synthetic one.
  return !field.dispatchEvent(ev);
}

/**
 * replace swaps [start, end) of the field's text for text and resolves to
 * {ok, reason}: reason is "stale" (the span no longer holds expect),
 * "refused" (the editor took neither path; the draft is untouched) or
 * "mismatch" (the editor changed the text, but not as asked). An empty
 * replacement removes the span with one neighbouring space.
 */
export async function replace(field, start, end, text, { expect } = {}) {
  const before = extract(field).text;
  if (expect !== undefined && !same(before.slice(start, end), expect)) return { ok: false, reason: "stale" };
  if (text === "") [start, end] = widenForRemoval(before, start, end);
  const want = before.slice(0, start) + text + before.slice(end);
  // Focus first and let the editor restore its own selection (Lexical does
  // so after focus), then select the span and let editors that track the
  // selection through selectionchange (Lexical, ProseMirror, Quill) see it
  // before the edit arrives.
  if (field.ownerDocument.activeElement !== field) {
    field.focus({ preventScroll: true });
    await nextFrame();
  }
  for (const write of [viaBeforeInput, viaCommand, viaCommand]) {
    select(field, start, end);
    await nextFrame();
    const cur = extract(field).text;
    if (same(cur, want)) return { ok: true }; // a slow editor showed the last try late
    if (!same(cur, before)) return { ok: false, reason: "stale" };
    if (!write(field, text, start, end)) continue;
    const now = await settle(field, before);
    if (same(now, want)) return { ok: true };
    if (!same(now, before)) return { ok: false, reason: "mismatch" };
  }
  return { ok: false, reason: "refused" };
}

/**
 * replaceAll replaces the whole text of the field, if it still is expect
 * (when given); same answers as replace.
 */
export async function replaceAll(field, text, { expect } = {}) {
  const now = extract(field).text;
  if (expect !== undefined && !same(now, expect)) return { ok: false, reason: "stale" };
  return replace(field, 0, now.length, text);
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
