// Quill 2 with its default modules (history included).
import Quill from "quill";
import { setup } from "./_shell.js";

// Delay 100 ms (Quill's default is 1 s): the changes of one edit (a
// replacement is a delete and an insert) group into one undo step, and a fix
// made after the analysis's pause is a step of its own, so one Ctrl+Z
// undoes exactly a fix.
const quill = new Quill("#editor", { modules: { history: { delay: 100 } } });
window.quill = quill;
// Tests call this before a fix so that text typed just before is a step of its own.
window.cutUndo = () => quill.history.cutoff();
setup({ editorEl: quill.root, getModelText: () => quill.getText().replace(/\n$/, ""), pageEdit: (s) => quill.insertText(0, s, "api") });
