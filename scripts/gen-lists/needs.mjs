// The condition names the rewrite keeps as a need (analyzer/rewrite:
// a condition named anywhere in a post, in the ask or in the client's
// story, asks for a clinician experienced with it: "schizoaffective
// disorder" → "experience with schizoaffective disorder").
//
// - ICD10CM_CODES: the CDC's ICD-10-CM code file (icd10cm-codes-YYYY.txt
//   from the "Code Descriptions in Tabular Order" zip of
//   https://www.cdc.gov/nchs/icd/icd-10-cm/files.html; lines "CODE
//   description"). ICD-10-CM is a work of the US federal government
//   (NCHS), in the public domain. The name of each code of the blocks
//   below is its description's head, before the first comma and before
//   the words that say how it is coded ("due to", "with", "unspecified").
//
// - The abbreviations of DSM and ICD diagnoses clinicians write, and the
//   DSM-5 "<substance> use disorder" names built from ICD-10-CM's
//   substances.
//
// Run alone (`ICD10CM_CODES=... node scripts/gen-lists/needs.mjs`) or from
// scripts/gen-lists/run. The output is deterministic.
import fs from "node:fs";
import path from "node:path";

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "../..");

// Mental and behavioural disorders (F) less gender identity (F64, a
// diagnosis the DSM-5 and ICD-11 no longer hold) and the paraphilias
// (F65), and from other chapters Alzheimer's disease (G30), epilepsy
// (G40), migraine (G43), sleep disorders (G47) and the emotional-state
// symptoms clinicians treat (R44.0-R44.3 hallucinations; R45.8: anhedonia,
// suicidal ideation, nonsuicidal self-harm).
const blocks = [/^F(?!6[45])/, /^G(30|40|43|47)/, /^R44[0-3]/, /^R458/];

// Where a description's head ends: the coding words after a name.
const tail = / (due to|not due|with|without|in|associated|classified|not otherwise|not elsewhere|of|related|and|or|by|following|specific to|other than|arising|occurring|usually|unspecified|intractable|not intractable|confirmed|type)\b/;

// The coding words before a name.
const lead = /^(other|unspecified|specified|specific|mild|moderate|severe|profound|persistent|personal history of)\s+/;

// A name must end with one of these heads, or be one word of 7+
// letters ("trichotillomania"): a head alone ("abuse", "cocaine")
// names no condition.
const heads = /(disorder|disability|syndrome|dementia|psychosis|schizophrenia|phobia|insomnia|episode|dependence|reaction|nervosa|mutism|amnesia|fugue|terrors|ideation|ideations|depression|epilepsy|migraine|apnea|disease|dysfunction|affect|hallucinations|self-esteem|lability|self-harm)$/;

// The rewrite finds need terms in any case: those that are also English
// words ("BED", "DID", "GAD", "ODD", "SAD") are left out.
const abbreviations = ["ADHD", "ARFID", "ASD", "AUD", "BDD", "BPD", "CPTSD", "DMDD", "MDD", "OCD", "OCPD", "OUD",
  "PMDD", "PTSD", "SUD", "TBI"];

const substances = ["alcohol", "cannabis", "cocaine", "hallucinogen", "inhalant", "opioid", "stimulant", "tobacco"];

// Heads that stand for no one condition ("mental disorder", "disorder").
const vague = new Set(["disorder", "mental disorder", "emotional disorder", "sexual disorder", "childhood disorder",
  "nonpsychotic mental disorder", "developmental disorder", "impulse disorder", "personality change", "reaction"]);

// One-word heads that are everyday words or substances, not conditions.
const plain = new Set(["alcohol", "cannabis", "cocaine", "genetic", "hallucinogen", "inhalant", "personality", "sedative",
  "situational", "specific", "stimulant", "symptoms", "worries", "seizures", "impulsiveness", "localization-related"]);

/** name returns the condition name of an ICD-10-CM description, or "". */
export function name(description) {
  let d = description.split(/,|;| \(/)[0].replace(/\[[^\]]*\]\s*/g, "").trim();
  d = d.split(tail)[0];
  for (let prev = ""; prev !== d;) {
    prev = d;
    d = d.replace(lead, (m) => "").trim();
    d = d.replace(/^(Other|Unspecified|Specified|Specific|Mild|Moderate|Severe|Profound|Persistent)\s+/, "").trim();
  }
  d = d.toLowerCase().replace(/disorders$/, "disorder").replace(/phobias$/, "phobia").replace(/ideations$/, "ideation")
    .replace(/episodes$/, "episode").replace(/disabilities$/, "disability").replace(/reactions to/, "reaction to");
  const words = d.split(" ");
  if (!d || words.length > 4 || vague.has(d)) return "";
  // A one-word name is a noun of the classification's own ("pyromania"),
  // not an adjective or a word of everyday English.
  const one = words.length === 1 && d.length >= 7 && /^[a-z'-]+$/.test(d) && !/(al|ic|ive|ous|ed)$/.test(d) && !plain.has(d);
  if (!heads.test(d) && !one) return "";
  return d;
}

/** needNames returns the list's entries from the code file at file. */
export function needNames(file) {
  const out = new Set([...abbreviations, ...substances.map((s) => s + " use disorder")]);
  for (const line of fs.readFileSync(file, "utf8").split("\n")) {
    const m = /^([A-Z][0-9A-Z]{2,6})\s+(.+)$/.exec(line.trim());
    if (!m || !blocks.some((b) => b.test(m[1]))) continue;
    const n = name(m[2]);
    if (n) out.add(n);
  }
  return [...out].sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
}

/** writeNeeds writes rules/en/lists/conditions.txt from the file ICD10CM_CODES names. */
export function writeNeeds() {
  const file = process.env.ICD10CM_CODES;
  if (!file || !fs.existsSync(file)) {
    console.error("ICD10CM_CODES must name the CDC's ICD-10-CM code file (see scripts/gen-lists/needs.mjs).");
    process.exit(2);
  }
  const header = [
    "Conditions the rewrite keeps as a need: the names of ICD-10-CM's (CDC/NCHS; US government work, public domain)",
    "mental and behavioural disorders (F, less F64-F65), Alzheimer's disease, epilepsy, migraine, sleep disorders,",
    "hallucinations and emotional-state symptoms (G30, G40, G43, G47, R44.0-R44.3, R45.8), each description's head less its coding words; with",
    "the DSM abbreviations and DSM-5 substance use disorder names.",
    "Generated by scripts/gen-lists/needs.mjs; do not edit.",
    "Regenerate: scripts/gen-lists/run (sources and licences: rules/README.md, rules/LICENSES/).",
  ];
  const entries = needNames(file);
  const out = path.join(root, "rules", "en", "lists", "conditions.txt");
  fs.writeFileSync(out, header.map((h) => "# " + h).join("\n") + "\n" + entries.join("\n") + "\n");
  console.log(out, entries.length, fs.statSync(out).size);
  fs.writeFileSync(path.join(root, "rules", "LICENSES", "ICD-10-CM.txt"), [
    "rules/en/lists/conditions.txt is derived from ICD-10-CM, the International Classification of Diseases,",
    "Tenth Revision, Clinical Modification, maintained by the National Center for Health Statistics (CDC/NCHS),",
    "code descriptions file (https://www.cdc.gov/nchs/icd/icd-10-cm/files.html). ICD-10-CM is a work of the",
    "United States federal government and in the public domain (17 U.S.C. 105); no permission is needed.",
    "Changes: the head of each description of chosen blocks, lower-cased, coding words left out",
    "(see scripts/gen-lists/needs.mjs).", ""].join("\n"));
}

if (import.meta.url === `file://${process.argv[1]}`) writeNeeds();
