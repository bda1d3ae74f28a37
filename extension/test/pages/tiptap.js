// TipTap 3 (ProseMirror underneath) with its starter kit, undo included.
import { Editor } from "@tiptap/core";
import StarterKit from "@tiptap/starter-kit";
import { setup } from "./_shell.js";

// newGroupDelay 1 ms, as on the ProseMirror page: one Ctrl+Z is one fix.
const editor = new Editor({ element: document.getElementById("editor"), extensions: [StarterKit.configure({ undoRedo: { newGroupDelay: 1 } })] });
window.tiptapEditor = editor;
editor.view.dom.classList.add("box");
const textOf = () => editor.state.doc.textBetween(0, editor.state.doc.content.size, "\n");
setup({ editorEl: editor.view.dom, getModelText: textOf, pageEdit: (s) => editor.view.dispatch(editor.state.tr.insertText(s, 1)) });
