// CKEditor 5 (classic build from the ckeditor5 package) with paragraphs and
// its undo; its model is a tree of paragraphs holding text nodes.
import { ClassicEditor, Essentials, Paragraph } from "ckeditor5";
import { setup } from "./_shell.js";

const textOf = (el) => [...el.getChildren()].map((n) => (n.is("$text") ? n.data : n.is("element", "softBreak") ? "\n" : "")).join("");

ClassicEditor.create(document.getElementById("editor"), { licenseKey: "GPL", plugins: [Essentials, Paragraph], toolbar: [] })
  .then((editor) => {
    window.ckEditor = editor;
    const el = editor.ui.getEditableElement();
    // CKEditor owns its editable's attributes: set the test's through its view.
    const view = editor.editing.view;
    view.change((w) => {
      w.setAttribute("data-test-editor", "", view.document.getRoot());
      w.addClass("box", view.document.getRoot());
    });
    setup({
      editorEl: el,
      getModelText: () => [...editor.model.document.getRoot().getChildren()].map(textOf).join("\n"),
      pageEdit: (s) => editor.model.change((w) => w.insertText(s, editor.model.document.getRoot().getChild(0), 0)),
    });
  });
