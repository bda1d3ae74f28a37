// Employers, chains and public services by country, from the OpenStreetMap
// name-suggestion-index (npm name-suggestion-index, BSD-3-Clause; brand
// and operator names checked against Wikidata, CC0): every brand (shops,
// restaurants, banks, airlines' offices, fuel, pharmacies...), the transit
// networks, and the operators of schools, police and fire services,
// hospitals, clinics, social services, libraries, government offices and
// power plants, kept when NSI places them in one of a pack's countries or
// worldwide.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const nsiFile = path.join(path.dirname(fileURLToPath(import.meta.url)), "node_modules", "name-suggestion-index", "dist", "json", "nsi.json");

// Operator categories whose operators are employers a post may name.
const operatorKinds = new Set(["amenity/school", "amenity/police", "amenity/fire_station", "amenity/hospital", "amenity/clinic",
  "amenity/social_facility", "amenity/library", "amenity/kindergarten", "amenity/post_office", "amenity/university",
  "amenity/college", "office/government", "power/plant"]);

// An entry is kept when it is letters (any case), digits, spaces and
// & ' . - only, 3 to 40 characters, at most 5 words, with a letter, and not
// all digits.
const okName = (n) => /^[\p{L}\p{N}][\p{L}\p{N}&'’. -]*$/u.test(n) && /\p{L}{2}/u.test(n) && n.length >= 3 && n.length <= 40 &&
  n.split(" ").length <= 5 && /^[\p{Script=Latin}\p{N}&'’. -]+$/u.test(n);

// An acronym ("NHS", "FBI", "RCMP") matches wherever it is written in
// capitals, so of the public services' acronyms only a local one is kept:
// an agency NSI places in a state, province or city ("NYPD", "TDSB",
// "SERGAS"). A national service is nobody's detail (the guide does not
// label "called the RCMP"); a brand's ("IKEA", "HSBC") is an employer.
const acronym = (n) => /^[A-Z]{2,6}$/.test(n);
const local = (include) => include.length > 0 && include.every((c) => String(c).includes("-"));

/**
 * nsiEmployers returns the brand, network and operator names that NSI
 * locates in one of countries (lower-case ISO codes) or worldwide ("001").
 */
export function nsiEmployers(countries) {
  const nsi = JSON.parse(fs.readFileSync(nsiFile, "utf8")).nsi;
  const want = new Set([...countries, "001"]);
  const out = new Set();
  for (const [key, { items }] of Object.entries(nsi)) {
    const [tree, ...rest] = key.split("/");
    if (tree === "operators" && !operatorKinds.has(rest.join("/"))) continue;
    if (tree === "flags") continue;
    for (const it of items) {
      const inc = it.locationSet?.include || [];
      if (!inc.some((c) => want.has(String(c).toLowerCase().split("-")[0]))) continue;
      const t = it.tags || {};
      for (const n of [it.displayName, t.brand, t.operator, t.network, t.name]) {
        if (n && okName(n.replace(/’/g, "'")) && (tree !== "operators" || !acronym(n) || local(inc))) out.add(n.replace(/’/g, "'"));
      }
    }
  }
  return [...out];
}

// Operator kinds whose short names ("RCMP", "IMSS", "TDSB", "HSE") a post
// uses for the agency itself: public services, schools and their boards,
// hospitals and clinics, universities. Brands' and transit networks'
// short forms ("Boss", "MAX") are too often words.
const agencyKinds = new Set(["amenity/school", "amenity/police", "amenity/fire_station", "amenity/hospital", "amenity/clinic",
  "amenity/social_facility", "amenity/childcare", "amenity/university", "amenity/college", "office/government"]);

/**
 * nsiAgencyAcronyms returns the short names (operator:short, short_name)
 * of the local agencies NSI locates in a region or city of one of
 * countries (lower-case ISO codes):
 * acronym-shaped only (3 to 6 characters, 4 for schools, two capitals or
 * more, no lower-case word: "RCMP", "ISSSTE", "DepEd" yes; "Dales" no).
 */
export function nsiAgencyAcronyms(countries) {
  const nsi = JSON.parse(fs.readFileSync(nsiFile, "utf8")).nsi;
  const want = new Set(countries);
  const out = new Set();
  for (const [key, { items }] of Object.entries(nsi)) {
    const [tree, ...rest] = key.split("/");
    if (tree !== "operators" || !agencyKinds.has(rest.join("/"))) continue;
    // A school district's three letters ("LSD", "SSD", "PSD") are more
    // often something else: schools need four.
    const min = /school|college|university|childcare/.test(key) ? 4 : 3;
    for (const it of items) {
      const inc = it.locationSet?.include || [];
      if (!inc.some((c) => want.has(String(c).toLowerCase().split("-")[0])) || !local(inc)) continue;
      const t = it.tags || {};
      for (const n of [t["operator:short"], t.short_name]) {
        if (n && /^[A-Z][A-Za-z]{1,5}$/.test(n) && n.length >= min && (n.match(/[A-Z]/g) || []).length >= 2) out.add(n);
      }
    }
  }
  return [...out];
}

// Operator kinds of the national health and social services (not the
// police: "called the RCMP" names nobody's detail).
const serviceKinds = /^(?:amenity\/(?:hospital|clinic|social_facility|doctors|childcare)|healthcare\/)/;

/**
 * nsiServiceAcronyms returns the acronyms of the health and social
 * services NSI places country-wide in one of countries (lower-case ISO
 * codes): "IMSS", "ISSSTE", "IESS", "HSE". nsiEmployers leaves
 * these out (an acronym matches wherever it is written in capitals), so
 * the rule that uses them asks for a person in the same sentence. An
 * acronym is 3 to 7 characters with two capitals or more ("MinSalud");
 * two letters ("VA", "KP") are too often something else.
 */
export function nsiServiceAcronyms(countries) {
  const nsi = JSON.parse(fs.readFileSync(nsiFile, "utf8")).nsi;
  const want = new Set(countries);
  const out = new Set();
  for (const [key, { items }] of Object.entries(nsi)) {
    const [tree, ...rest] = key.split("/");
    if (tree !== "operators" || !serviceKinds.test(rest.join("/"))) continue;
    for (const it of items) {
      const inc = (it.locationSet?.include || []).map((c) => String(c).toLowerCase());
      if (!inc.some((c) => want.has(c))) continue;
      const t = it.tags || {};
      for (const n of [t["operator:short"], t.short_name]) {
        if (n && /^[A-Z][A-Za-z]{2,6}$/.test(n) && (n.match(/[A-Z]/g) || []).length >= 2) out.add(n);
      }
    }
  }
  return [...out];
}
