// Draft.js inside React, as many forums and older Facebook surfaces use it.
import React, { useState } from "react";
import { createRoot } from "react-dom/client";
import { Editor, EditorState, Modifier, SelectionState } from "draft-js";
import { setup } from "./_shell.js";

let current = EditorState.createEmpty();
let push = null;
function App() {
  const [state, setState] = useState(current);
  const onChange = (s) => { current = s; setState(s); };
  push = onChange;
  return <div className="box" id="editor-wrap"><Editor editorState={state} onChange={onChange} placeholder="Write something…" /></div>;
}
createRoot(document.getElementById("root")).render(<App />);
const wait = () => {
  const el = document.querySelector("[contenteditable=true]");
  if (!el) return requestAnimationFrame(wait);
  el.id = "editor";
  const pageEdit = (s) => {
    const content = current.getCurrentContent();
    const at = SelectionState.createEmpty(content.getFirstBlock().getKey());
    push(EditorState.push(current, Modifier.insertText(content, at, s), "insert-characters"));
  };
  setup({ editorEl: el, getModelText: () => current.getCurrentContent().getPlainText(), pageEdit });
};
wait();
