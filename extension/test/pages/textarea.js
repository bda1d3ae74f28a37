import { setup } from "./_shell.js";
const el = document.getElementById("editor");
setup({ editorEl: el, getModelText: () => el.value, pageEdit: (s) => { el.value = s + el.value; } });
