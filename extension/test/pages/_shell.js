// Shared by every test page: a form with a Post button that records what
// the page's own model held when it was submitted, and Ctrl+Enter to send.
// All test text is synthetic.

// pageEdit(prefix), where a page has one, puts prefix at the start of the
// text the way a site's own script would: through the editor's API or the
// DOM, with no input event.
export function setup({ editorEl, getModelText, pageEdit }) {
  window.getModelText = getModelText;
  window.pageEdit = pageEdit;
  editorEl.dataset.testEditor = "";
  window.submitted = [];
  const form = document.getElementById("form");
  const record = (how) => {
    window.submitted.push({ how, text: getModelText() });
    document.getElementById("submitted").textContent = JSON.stringify(window.submitted);
  };
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    record("submit");
  });
  editorEl.addEventListener("keydown", (e) => {
    if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      record("ctrl-enter");
    }
  });
  document.documentElement.dataset.pageReady = "1";
}
