// Given names and surnames with their frequency, from US government open
// data (public domain, works of the US federal government):
//
// - SSA_DIR: the Social Security Administration's national baby-name files
//   (names.zip from https://www.ssa.gov/oact/babynames/limits.html, one
//   yobYYYY.txt per year, lines "Name,F|M,count"; every name given to at
//   least 5 babies of one sex in a year).
// - CENSUS_SURNAMES: the Census Bureau's 1990 surname file dist.all.last
//   (https://www2.census.gov/topics/genealogy/1990surnames/dist.all.last;
//   lines "NAME  freq%  cumulative%  rank", 88,799 surnames).
//
// - OB_PRODUCTS: the FDA Orange Book's products.txt (Approved Drug Products
//   with Therapeutic Equivalence Evaluations, data files from
//   https://www.fda.gov/drugs/drug-approvals-and-databases/orange-book-data-files;
//   "~"-separated, Ingredient and Trade_Name columns), for medications.
//
// None is in a package registry; scripts/gen-lists/run stops with this
// note when one is missing.
import fs from "node:fs";
import path from "node:path";

/** namesSources returns the SSA folder and the Census file, or exits with how to get them. */
export function namesSources() {
  const ssa = process.env.SSA_DIR, census = process.env.CENSUS_SURNAMES, ob = process.env.OB_PRODUCTS;
  if (!ssa || !fs.existsSync(path.join(ssa, "yob2000.txt")) || !census || !fs.existsSync(census) || !ob || !fs.existsSync(ob)) {
    console.error("SSA_DIR must name a folder of SSA's yobYYYY.txt files, CENSUS_SURNAMES the Census 1990 dist.all.last and OB_PRODUCTS the Orange Book's products.txt (see scripts/gen-lists/names.mjs).");
    process.exit(2);
  }
  return { ssa, census, ob };
}

// Salt, form and release words that follow a drug's name ("sertraline
// hydrochloride", "Wellbutrin XL"): the name a post writes is what is left.
const drugTail = new Set(("hydrochloride hcl sodium potassium calcium magnesium sulfate maleate mesylate acetate citrate tartrate " +
  "fumarate succinate besylate bromide chloride phosphate hydrobromide dihydrochloride monohydrate anhydrous hyclate bitartrate " +
  "disodium dipotassium tromethamine meglumine lysine").split(" "));

/**
 * medications returns the active ingredients and trade names of the
 * Orange Book, lower case, without salt words or release suffixes, one
 * or two words of letters only.
 */
export function medications(file) {
  const out = new Set();
  const lines = fs.readFileSync(file, "latin1").split("\n").slice(1);
  for (const line of lines) {
    const [ingredient, , trade] = line.split("~");
    if (!trade) continue;
    for (const part of ingredient.split(/;\s*/)) {
      const ws = part.toLowerCase().split(/\s+/).filter((w) => w && !drugTail.has(w));
      if (ws.length >= 1 && ws.length <= 2 && ws.every((w) => /^[a-z]+$/.test(w))) out.add(ws.join(" "));
    }
    const t = trade.toLowerCase().trim().replace(/\s+(?:xr|er|sr|la|cr|xl|odt|hcl|kit|pak|pack|in\s.*|and\s.*)$/, "");
    if (/^[a-z]+(?: [a-z]+)?$/.test(t)) out.add(t);
  }
  return [...out].filter((m) => m.length >= 5);
}

/** ssaCounts returns name → babies given that name over all years and both sexes. */
export function ssaCounts(dir) {
  const counts = new Map();
  for (const f of fs.readdirSync(dir).filter((f) => /^yob\d{4}\.txt$/.test(f)).sort()) {
    for (const line of fs.readFileSync(path.join(dir, f), "utf8").split("\n")) {
      const [name, , n] = line.trim().split(",");
      if (name && n) counts.set(name, (counts.get(name) || 0) + Number(n));
    }
  }
  return counts;
}

/** ssaYears returns the first and last year of the SSA files, for the header. */
export function ssaYears(dir) {
  const ys = fs.readdirSync(dir).map((f) => f.match(/^yob(\d{4})\.txt$/)).filter(Boolean).map((m) => Number(m[1])).sort();
  return `${ys[0]}-${ys[ys.length - 1]}`;
}

/**
 * censusSurnames returns the surnames of the 1990 file, most frequent
 * first, capitalized ("MCDONALD" → "Mcdonald" is how the file spells it;
 * the analyzer matches case-insensitively after the first letter only when
 * a rule says so), with their share of the population in percent.
 */
export function censusSurnames(file) {
  return fs.readFileSync(file, "utf8").split("\n").map((l) => l.trim().split(/\s+/)).filter((f) => f.length === 4)
    .map(([name, pct]) => ({ name: name[0] + name.slice(1).toLowerCase(), pct: Number(pct) }));
}
