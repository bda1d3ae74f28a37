// Quill 2 with its default modules (history included).
import Quill from "quill";
import { setup } from "./_shell.js";

// Delay 0: every change is its own undo step, so one Ctrl+Z undoes exactly a fix.
const quill = new Quill("#editor", { modules: { history: { delay: 0 } } });
window.quill = quill;
setup({ editorEl: quill.root, getModelText: () => quill.getText().replace(/\n$/, "") });
