import { setup } from "./_shell.js";
const el = document.getElementById("editor");
const pageEdit = (s) => {
  const first = document.createTreeWalker(el, NodeFilter.SHOW_TEXT).nextNode();
  if (first) first.insertData(0, s);
  else el.prepend(s);
};
setup({ editorEl: el, getModelText: () => el.innerText.replace(/\n$/, ""), pageEdit });
