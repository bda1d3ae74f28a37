// The message protocol between content scripts, the popup and the worker:
// a handful of kinds, each a plain object {kind, ...}.
export const MSG = {
  port: "discreet-analyzer", // content ⇄ worker: the long-lived port the kinds below travel over
  analyze: "analyze", // {id, request} → {id, json}: the bridge's JSON text (also runtime.sendMessage: → result)
  languages: "languages", // {id} → {id, languages: ["en", ...]}
  ping: "ping", // content → worker over the port, keeps it awake
  status: "status", // popup → content: → {findings, enabled, mode}
  count: "count", // content → popup (if open): {findings}, each time the count changes
  settingsChanged: "settings-changed", // popup/options → content
  updatePacks: "update-packs", // options/tests → worker: fetch packs now → report
  packStatus: "pack-status", // → {en: version}
  warmed: "warmed", // benchmark → worker: → the warm-up's slice times, once it is over
  echo: "echo", // test build, benchmark: {id, request} → {id, json}: the last answer's text, not analyzed again
};
