// The post's language, detected again only when the post has changed
// enough to matter: while someone types, the start of the post stays put
// and its language with it, and each detection (chrome.i18n.detectLanguage
// over the whole text) cost ~0.3 ms of every round trip.

/** PREFIX is how many leading characters must be unchanged to reuse a detection. */
export const PREFIX = 200;
/** GROWTH: a post this many times longer than the one last detected is detected again. */
export const GROWTH = 1.5;

/**
 * langMemo wraps detect(text) → Promise<lang | undefined> so that a text
 * that starts with the same PREFIX characters as the one last detected,
 * and is less than GROWTH times its length, gets the same answer without
 * detecting again. Shorter texts are always detected: their language is
 * the least certain, and they are the cheapest to detect.
 */
export function langMemo(detect) {
  let last = null; // {head, length, lang}
  return async (text) => {
    if (last && text.length >= PREFIX && text.length < last.length * GROWTH && text.startsWith(last.head)) return last.lang;
    const lang = await detect(text);
    last = text.length >= PREFIX ? { head: text.slice(0, PREFIX), length: text.length, lang } : null;
    return lang;
  };
}
