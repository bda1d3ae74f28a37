// The options page's watch-list: names typed one per line are hashed with
// the install's salt and only the hashes are stored; the box is emptied
// at once. The page shows how many entries there are and how to clear
// them, never the entries.

import { getSettings, salt, setSettings, t } from "../settings.js";
import { hashAll, parseEntries } from "../watchlist.js";
import { fill } from "../ui.js";

const $ = (id) => document.getElementById(id);

/** countText says how many names are on the list. */
const countText = (n) => (n === 0 ? t("optWatchEmpty") : fill(t(n === 1 ? "optWatchCountOne" : "optWatchCount"), { n }));

async function show(extra = "") {
  const { watchlist } = await getSettings();
  $("watch-status").textContent = [extra, countText(watchlist.length)].filter(Boolean).join(" ");
  $("watch-clear").disabled = watchlist.length === 0;
}

async function add() {
  const box = $("watch-input");
  const { ok, skipped } = parseEntries(box.value);
  box.value = ""; // the names leave the page as soon as they are read
  if (!ok.length && !skipped.length) return show();
  const s = await salt();
  const { watchlist } = await getSettings();
  const hashes = hashAll(s, ok);
  const merged = [...new Set([...watchlist, ...hashes])].sort();
  await setSettings({ watchlist: merged });
  const notes = [];
  if (ok.length) notes.push(fill(t("optWatchAdded"), { n: merged.length - watchlist.length }));
  if (skipped.length) notes.push(fill(t("optWatchSkipped"), { n: skipped.length }));
  show(notes.join(" "));
}

async function clear() {
  if (!confirm(t("optWatchClearConfirm"))) return;
  await setSettings({ watchlist: [] });
  show();
}

/** initWatch wires the watch-list section. */
export function initWatch() {
  $("watch-add").addEventListener("click", add);
  $("watch-clear").addEventListener("click", clear);
  show();
}
