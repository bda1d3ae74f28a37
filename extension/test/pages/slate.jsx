// Slate inside React, with history: it takes every edit from beforeinput
// and renders its model back into the DOM.
import React from "react";
import { createRoot } from "react-dom/client";
import { createEditor, Node, Transforms } from "slate";
import { Editable, Slate, withReact } from "slate-react";
import { withHistory } from "slate-history";
import { setup } from "./_shell.js";

const editor = withHistory(withReact(createEditor()));
window.slateEditor = editor;
const initial = [{ type: "paragraph", children: [{ text: "" }] }];
function App() {
  return <Slate editor={editor} initialValue={initial}><Editable className="box" placeholder="Write something…" /></Slate>;
}
createRoot(document.getElementById("root")).render(<App />);
const wait = () => {
  const el = document.querySelector("[data-slate-editor]");
  if (!el) return requestAnimationFrame(wait);
  el.id = "editor";
  setup({
    editorEl: el,
    getModelText: () => editor.children.map((n) => Node.string(n)).join("\n"),
    pageEdit: (s) => Transforms.insertText(editor, s, { at: { path: [0, 0], offset: 0 } }),
  });
};
wait();
