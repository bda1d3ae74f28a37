// Lexical, the editor of Facebook's composer, with plain text and history.
import { createEditor, $getRoot, $isTextNode } from "lexical";
import { registerPlainText } from "@lexical/plain-text";
import { createEmptyHistoryState, registerHistory } from "@lexical/history";
import { setup } from "./_shell.js";

const el = document.getElementById("editor");
const editor = createEditor({ namespace: "test", onError: (e) => { throw e; } });
editor.setRootElement(el);
registerPlainText(editor);
// Delay 0: every change is its own undo step, so one Ctrl+Z undoes exactly a fix.
registerHistory(editor, createEmptyHistoryState(), 0);
window.lexicalEditor = editor;
const pageEdit = (s) => editor.update(() => {
  const first = $getRoot().getFirstDescendant();
  if ($isTextNode(first)) first.setTextContent(s + first.getTextContent());
}, { discrete: true });
setup({ editorEl: el, getModelText: () => editor.getEditorState().read(() => $getRoot().getTextContent()), pageEdit });
