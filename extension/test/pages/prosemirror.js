// ProseMirror with the basic schema, history and the base keymap.
import { EditorState } from "prosemirror-state";
import { EditorView } from "prosemirror-view";
import { schema } from "prosemirror-schema-basic";
import { history, undo, redo } from "prosemirror-history";
import { keymap } from "prosemirror-keymap";
import { baseKeymap } from "prosemirror-commands";
import { setup } from "./_shell.js";

const mount = document.getElementById("editor");
const view = new EditorView(mount, {
  state: EditorState.create({
    schema,
    plugins: [history({ newGroupDelay: 1 }), keymap({ "Mod-z": undo, "Mod-y": redo, "Shift-Mod-z": redo }), keymap(baseKeymap)],
  }),
});
view.dom.classList.add("box");
window.pmView = view;
setup({
  editorEl: view.dom,
  getModelText: () => view.state.doc.textBetween(0, view.state.doc.content.size, "\n"),
  pageEdit: (s) => view.dispatch(view.state.tr.insertText(s, 1)),
});
