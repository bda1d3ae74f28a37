// Occupation titles from O*NET (US Department of Labor, Employment and
// Training Administration; CC BY 4.0): the alternate titles and the sample
// of titles workers reported, of every O*NET-SOC occupation.
//
// O*NET is not in a package registry. Download the database as text files
// from https://www.onetcenter.org/database.html ("Text" zip) and point
// ONET_DIR at the folder holding "Alternate Titles.txt", "Sample of
// Reported Titles.txt" and "Read Me.txt".
import fs from "node:fs";
import path from "node:path";

/** onetDir returns the O*NET folder, or exits with how to get it. */
export function onetDir() {
  const dir = process.env.ONET_DIR;
  if (!dir || !fs.existsSync(path.join(dir, "Alternate Titles.txt"))) {
    console.error("ONET_DIR must name a folder with O*NET's \"Alternate Titles.txt\" and \"Sample of Reported Titles.txt\" (see scripts/gen-lists/onet.mjs).");
    process.exit(2);
  }
  return dir;
}

/** onetVersion returns the release named in the folder's Read Me ("O*NET 27.0 Database"). */
export function onetVersion(dir) {
  const f = path.join(dir, "Read Me.txt");
  return fs.existsSync(f) ? fs.readFileSync(f, "utf8").split("\n")[0].trim() : "O*NET Database";
}

// column returns one tab-separated column of a file, header dropped.
const column = (file, i) => fs.readFileSync(file, "utf8").split("\n").slice(1).map((l) => (l.split("\t")[i] || "").trim());

/**
 * onetTitles returns the alternate, short and reported titles of at most
 * maxWords words, letters, spaces, apostrophes and hyphens only, lower case
 * except acronyms ("CNC operator"). A one-word title that is an ordinary
 * word (common, lower case) is left out ("server", "runner"): as a bare word
 * it is mostly not a job.
 */
export function onetTitles(dir, maxWords, common) {
  const titles = [...column(path.join(dir, "Alternate Titles.txt"), 1), ...column(path.join(dir, "Alternate Titles.txt"), 2),
    ...column(path.join(dir, "Sample of Reported Titles.txt"), 1)];
  const out = new Set();
  for (const t of titles) {
    if (!/^[A-Za-z][A-Za-z' -]*[a-z]$/.test(t) || t.length > 40) continue;
    const words = t.split(/\s+/);
    if (words.length > maxWords) continue;
    const low = words.map((w) => (w.length > 1 && w === w.toUpperCase() ? w : w.toLowerCase())).join(" ");
    if (words.length === 1 && common.has(low)) continue;
    out.add(low);
  }
  return [...out];
}
