// Universities and colleges by country from Hipo's university-domains-list
// (https://github.com/Hipo/university-domains-list, MIT): the file
// world_universities_and_domains.json, not in a registry, read from
// UNIVERSITIES_JSON. Each name is kept without a campus tail ("Montana
// State University - Bozeman" → "Montana State University"), and with the
// short form a post uses: "Rutgers University" → "Rutgers", "Spelman
// College" → "Spelman", "Montana State University" → "Montana State".
import fs from "node:fs";

export function universitiesFile() {
  const f = process.env.UNIVERSITIES_JSON;
  if (!f || !fs.existsSync(f)) {
    throw new Error("UNIVERSITIES_JSON must name Hipo's world_universities_and_domains.json (https://github.com/Hipo/university-domains-list)");
  }
  return f;
}

/** Names and short forms of the universities of countries (ISO codes, upper case). */
export function universities(file, countries) {
  const out = [];
  for (const u of JSON.parse(fs.readFileSync(file, "utf8"))) {
    if (!countries.includes(u.alpha_two_code)) continue;
    const name = u.name.replace(/\s+[-–,(].*$/, "").trim();
    out.push(name);
    const m = name.match(/^(\p{Lu}[\p{L}'’.-]+(?: State)?) (?:University|College)$/u);
    if (m) out.push({ short: m[1] });
  }
  return out;
}
