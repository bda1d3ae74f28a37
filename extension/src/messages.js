// The message protocol between content scripts, the popup and the worker:
// a handful of kinds, each a plain object {kind, ...}.
export const MSG = {
  analyze: "analyze", // content → worker: {request} → result
  languages: "languages", // content → worker: → ["en", ...]
  ping: "ping", // content → worker over the warm port
  warmPort: "discreet-warm",
  status: "status", // popup → content: → {findings, enabled, mode}
  settingsChanged: "settings-changed", // popup/options → content
  updatePacks: "update-packs", // options/tests → worker: fetch packs now → report
  packStatus: "pack-status", // → {en: {version, source}}
  warmed: "warmed", // benchmark → worker: → the warm-up's slice times, once it is over
};
