// The compact answer (docs/api.md §1, "compact": true) made whole again:
// the worker sends each finding without its text (the post's slice at its
// offsets) or an empty replacement, and each rule's message once, in
// "messages"; the content script holds the post, so it restores them
// before the DOM framework sees the result of docs/api.md §3.

/**
 * expandCompact fills in, in place, each finding's text from post (the
 * text the request sent), its message from the answer's "messages" (unless
 * it came with its own) and an empty replacement where it has none, drops
 * "messages" and returns result. An
 * answer without "messages" (an error, or a full answer) is returned as it
 * is.
 */
export function expandCompact(result, post) {
  const messages = result?.messages;
  if (!messages) return result;
  for (const f of result.findings ?? []) {
    f.text ??= post.slice(f.start, f.end);
    f.message ??= messages[f.rule] ?? "";
    f.replacement ??= "";
  }
  delete result.messages;
  return result;
}
