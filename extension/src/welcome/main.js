// The first-run page: what Discreet does, that the text stays on this
// computer, and a practice box where the DOM framework runs exactly as on
// a site, with the browser's one analyzer (engine/index.js).

import { watchPage } from "../dom/index.js";
import { createEngine } from "../engine/index.js";
import { t } from "../settings.js";
import { localize, shortcutHint } from "../ui.js";

/* global __TEST_BUILD__ */
const TEST_BUILD = typeof __TEST_BUILD__ === "boolean" && __TEST_BUILD__;

async function main() {
  localize();
  document.getElementById("what").append(...shortcutHint(t("welcomeWhat")));
  const engine = await createEngine();
  const ignored = new Set();
  watchPage({
    exposed: __TEST_BUILD__, // findable highlights for the browser tests (docs/api.md §6)
    analyze: (text, opts) => engine.analyze(text, opts),
    actions: {
      t,
      hash: async (text) => text, // practice only: nothing is stored
      isIgnored: (h) => ignored.has(h),
      ignore: (h) => ignored.add(h),
      minSeverity: () => "low",
      enabled: () => true,
      onFocus: () => engine.warm(),
    },
  });
  const box = document.getElementById("try");
  document.getElementById("example").addEventListener("click", () => {
    box.focus();
    box.select();
    document.execCommand("insertText", false, t("welcomeExampleText"));
  });
}

main();
