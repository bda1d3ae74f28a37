// The size cap: a post longer than MAX_CHARS is checked in its first
// MAX_CHARS UTF-16 code units (never splitting a surrogate pair), so one
// pasted book cannot hold the analyzer; the popover says so.

/** MAX_CHARS is the most text one analysis sees. */
export const MAX_CHARS = 20000;

/** capText returns {text, truncated}: text cut to max code units. */
export function capText(text, max = MAX_CHARS) {
  if (text.length <= max) return { text, truncated: false };
  let end = max;
  const c = text.charCodeAt(end - 1);
  if (c >= 0xd800 && c <= 0xdbff) end--; // a lead surrogate whose pair would be cut
  return { text: text.slice(0, end), truncated: true };
}
