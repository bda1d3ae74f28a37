// The DOM framework: finds compose boxes, re-analyzes them on debounced
// input, draws highlights, opens the popover, applies fixes and holds a risky
// submission. It never imports chrome.*: the extension and the playground
// hand it an analyze function and an actions object.
//
//   watchPage({ analyze, actions, doc, exposed }) → { refresh(), count(), overlay }
//   exposed: an open, findable shadow root for browser tests (overlay.js),
//            and the drawing's timing marks for the benchmark (fields.js)
//   analyze(text, {rewrite}) → Promise<result>  (docs/api.md §3; rewrite: false
//            while typing, the whole post's rewrite asked for when shown)
//   actions.t(key) → UI string
//   actions.hash(text) → Promise<string>     (salted; used for Ignore)
//   actions.isIgnored(hash) → boolean
//   actions.ignore(hash) → void
//   actions.minSeverity() → "low" | "medium" | "high"
//   actions.enabled() → boolean
//   actions.onFocus(field), actions.onBlur(field), actions.onResults(count)
//
// Three parts share the work: FieldTracker (fields.js) follows boxes and
// owns their analysis state, PopoverController (popover-controller.js) opens
// and acts on the popover, SubmitGuard (guard.js) holds risky submissions
// with its warning dialog.

import { Overlay } from "./overlay.js";
import { FieldTracker, editableRoot } from "./fields.js";
import { PopoverController } from "./popover-controller.js";
import { SubmitGuard } from "./guard.js";

export { editableRoot };

/**
 * watchPage starts Discreet on doc: the three parts above, wired to one
 * overlay. It returns a handle that re-analyzes every box (refresh), counts
 * the findings shown (count) and reaches the overlay.
 */
export function watchPage({ analyze, actions, doc = document, exposed = false }) {
  const overlay = new Overlay(doc, { exposed });
  const tracker = new FieldTracker({ analyze, actions, overlay, doc, timing: exposed });
  const popover = new PopoverController({ tracker, overlay, actions, doc });
  const guard = new SubmitGuard({
    tracker, overlay, actions, doc,
    review: (field, f) => popover.open(field, f, true),
  });
  tracker.onEdit = () => popover.close();
  tracker.listen();
  popover.listen();
  guard.listen();
  return {
    refresh: () => tracker.refresh(),
    count: () => tracker.count(),
    overlay,
  };
}
