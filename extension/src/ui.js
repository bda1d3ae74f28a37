// Shared by the extension's own pages (popup, options, welcome): their
// strings from _locales and their lang attribute from the UI language.

import { t } from "./settings.js";

const api = globalThis.chrome ?? globalThis.browser;

/** uiLanguage is the browser's UI language as a BCP 47 tag ("en-US"). */
export const uiLanguage = () => api.i18n?.getUILanguage?.() || navigator.language || "en";

/**
 * localize fills every [data-i18n] element of doc with its message and
 * sets <html lang> to the language the messages are in.
 */
export function localize(doc = document) {
  for (const el of doc.querySelectorAll("[data-i18n]")) el.textContent = t(el.dataset.i18n);
  for (const el of doc.querySelectorAll("[data-i18n-label]")) el.setAttribute("aria-label", t(el.dataset.i18nLabel));
  doc.documentElement.lang = t("@@ui_locale").replace("_", "-") || uiLanguage();
}

/** fill replaces {name} placeholders of a message. */
export const fill = (msg, values) => msg.replace(/\{(\w+)\}/g, (m, k) => (k in values ? String(values[k]) : m));

/** packDate turns a pack version ("2026.11.25.1") into a date in words. */
export function packDate(version, lang = uiLanguage()) {
  const m = /^(\d{4})\.(\d{1,2})\.(\d{1,2})/.exec(version ?? "");
  if (!m) return version || "";
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return new Intl.DateTimeFormat(lang, { dateStyle: "long", timeZone: "UTC" }).format(d);
}

/** languageName is the name of a language code in the UI language. */
export function languageName(code, lang = uiLanguage()) {
  try {
    return new Intl.DisplayNames([lang], { type: "language" }).of(code) ?? code;
  } catch {
    return code;
  }
}

/**
 * shortcutHint returns the nodes of msg with its {keys} placeholder drawn
 * as the Alt+Enter keys, for the popup and the welcome page.
 */
export function shortcutHint(msg, doc = document) {
  const [before, after = ""] = msg.split("{keys}");
  const kbd = (k) => Object.assign(doc.createElement("kbd"), { textContent: k });
  return [before, kbd("Alt"), "+", kbd("Enter"), after];
}
