// The sites Discreet checks by default: one list, read by the settings
// (popup, options, content script) and by build.mjs (the manifest's
// content-script matches). No chrome.* here, so the build can import it.
//
// Each site: a name a clinician recognizes, the host names it covers (a
// host also covers its subdomains) and the audience (a platform of docs/api.md)
// its posts are written for.

/** SITES lists the default sites. */
export const SITES = [
  { name: "Facebook", hosts: ["facebook.com"], platform: "facebook_group" },
  { name: "Reddit", hosts: ["reddit.com"], platform: "reddit" },
  { name: "Discourse forums", hosts: ["discourse.group"], platform: "forum" },
  { name: "ProBoards forums", hosts: ["proboards.com"], platform: "forum" },
  { name: "Forumotion forums", hosts: ["forumotion.com"], platform: "forum" },
  { name: "Tapatalk", hosts: ["tapatalk.com"], platform: "forum" },
  { name: "Google Business Profile", hosts: ["business.google.com"], platform: "review_site" },
  { name: "Yelp for Business", hosts: ["biz.yelp.com"], platform: "review_site" },
  { name: "Psychology Today", hosts: ["psychologytoday.com"], platform: "other" },
  { name: "Healthgrades", hosts: ["healthgrades.com"], platform: "review_site" },
  { name: "LinkedIn", hosts: ["linkedin.com"], platform: "facebook_page" },
  { name: "Instagram", hosts: ["instagram.com"], platform: "facebook_page" },
  { name: "X", hosts: ["x.com", "twitter.com"], platform: "facebook_page" },
];

/** DEFAULT_SITES is every host of SITES, the keys of the on/off switches. */
export const DEFAULT_SITES = SITES.flatMap((s) => s.hosts);

/** hostMatches reports whether host is site or one of its subdomains. */
export const hostMatches = (host, site) => host === site || host.endsWith("." + site);

/** siteOf returns the default site that host belongs to, or undefined. */
export function siteOf(host) {
  return SITES.find((s) => s.hosts.some((h) => hostMatches(host, h)));
}

/** matchPatterns are the content-script match patterns of DEFAULT_SITES. */
export const matchPatterns = () => DEFAULT_SITES.flatMap((s) => [`*://${s}/*`, `*://*.${s}/*`]);
