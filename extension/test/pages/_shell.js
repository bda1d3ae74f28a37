// Shared by every test page: a form with a Post button that records what
// the page's own model held when it was submitted, and Ctrl+Enter to send.
// All test text is synthetic.

export function setup({ editorEl, getModelText }) {
  window.getModelText = getModelText;
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
