// The post's language, detected again only when the post has changed
// enough to matter: while someone types, the start of the post stays put
// and its language with it, and each detection (chrome.i18n.detectLanguage
// over the whole text) cost ~0.3 ms of every round trip.

/** PREFIX is how many leading characters must be unchanged to reuse a detection. */
export const PREFIX = 200;
/** GROWTH: a post this many times longer than the one last detected is detected again. */
export const GROWTH = 1.5;
/** SAMPLE is how much of the post is read to detect its language: enough, and bounded for a pasted book. */
export const SAMPLE = 2000;

/**
 * langMemo wraps detect(text) → Promise<lang | undefined> so that a text
 * that starts with the same PREFIX characters as the one last detected,
 * and is less than GROWTH times its length (or that one was a whole
 * SAMPLE), gets the same answer without detecting again. Shorter texts are always detected: their language is
 * the least certain, and they are the cheapest to detect.
 */
export function langMemo(detect) {
  let last = null; // {head, length, lang}
  let latest; // the last language detected, for any text
  const memo = async (text) => {
    const grown = last && last.length < SAMPLE && text.length >= last.length * GROWTH;
    if (last && text.length >= PREFIX && !grown && text.startsWith(last.head)) return last.lang;
    const sample = text.slice(0, SAMPLE);
    const lang = await detect(sample);
    last = text.length >= PREFIX ? { head: text.slice(0, PREFIX), length: sample.length, lang } : null;
    latest = lang;
    return lang;
  };
  /**
   * memo.latest() is the language last detected (undefined before the
   * first detection): the best guess for a post while its own detection
   * runs.
   */
  memo.latest = () => latest;
  return memo;
}
