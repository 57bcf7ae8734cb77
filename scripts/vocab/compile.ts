/**
 * Compiles the public vocabularies of `../shared/vocab` (Human Disease Ontology, DrugBank open
 * vocabulary; both CC0) into the source of `src/vocab/generated.ts`. Pure: files in, text out, so
 * the currency test runs the same function and compares.
 */
import { CAUSE_CLASSES, SENSE_CLASSES } from '../../src/vocab/classes';
import { normalizeName } from '../../src/vocab/normalize';

export interface VocabFiles {
  /** `disease-ontology-classes.tsv`: id, label, parent label (one row per parent). */
  readonly classesTsv: string;
  /** `disease-ontology-rare-slim.obo`: rare diseases with their synonyms. */
  readonly rareObo: string;
  /** `drugbank-vocabulary.csv`: semicolon-separated, two header lines. */
  readonly drugsCsv: string;
}

const unquote = (s: string) => s.replace(/^"|"$/g, '');

/** Words that qualify a disease's inheritance; pages often write the name without them. */
const QUALIFIER = /^(?:x linked|autosomal dominant|autosomal recessive|familial|hereditary|inherited|congenital) /;

/** Ontology names too general to tell a page anything on their own. */
const TOO_GENERAL = new Set(['disease', 'syndrome', 'disorder', 'pain', 'headache', 'fatigue', 'cramp', 'spasm']);

/**
 * Drugs whose names are words of everyday or bodily chemistry rather than medicines a page would
 * blame: elements and salts (the reference's dehydration and salt loss), sugars, amino acids,
 * vitamins, hormones and transmitters the body makes, foods' compounds, and alcohol (a cause of its
 * own). Everything else DrugBank lists as a small molecule or an antibody counts as a medicine.
 */
const NOT_A_MEDICINE = new Set(
  `water ethanol alcohol oxygen nitrogen helium xenon chlorine hypochlorite sodium potassium calcium magnesium
  iron zinc copper gold silver cobalt cadmium cesium indium boron barium silicon niobium iodine iodide nitrate
  nitrite acetate methane toluene phenol aniline indole manganese selenium chromium molybdenum rubidium
  gadolinium platinum samarium tantalum actinium berkelium antimony vanadium phosphorus titanium neodymium
  aluminium molybdate dichromate acetylene cyclopropane chloroform formaldehyde glycerin sucralose saccharin
  aspartame glycine alanine valine leucine isoleucine serine proline cystine cysteine lysine arginine histidine
  glutamine tyrosine phenylalanine tryptophan threonine methionine asparagine taurine ornithine citrulline
  creatine creatinine phosphocreatine carnitine homocysteine hydroxyproline choline biotin niacin riboflavin
  thiamine pyridoxine pyridoxal pyridoxamine cyanocobalamin cobalamin cholecalciferol phylloquinone
  menaquinone menadione inositol nicotinamide cholesterol glutathione histamine serotonin dopamine
  acetylcholine melatonin epinephrine norepinephrine aldosterone corticosterone cortisol progesterone
  estradiol estrone estriol testosterone somatostatin bradykinin dynorphin caffeine theobromine capsaicin
  curcumin lycopene resveratrol quercetin squalene urea adenine guanine uracil thymine cytidine uridine
  inosine guanosine thymidine adenosine`.split(/\s+/),
);

/** Each ontology label's parents, by label. */
function parentsByLabel(tsv: string): Map<string, Set<string>> {
  const parents = new Map<string, Set<string>>();
  for (const line of tsv.split('\n').slice(1)) {
    const [, label, parent] = line.split('\t').map(unquote);
    if (!label) continue;
    const set = parents.get(label) ?? new Set<string>();
    if (parent) set.add(parent);
    parents.set(label, set);
  }
  return parents;
}

/** The label and all its ancestors. */
function lineage(label: string, parents: Map<string, Set<string>>): Set<string> {
  const seen = new Set<string>([label]);
  const stack = [label];
  while (stack.length > 0) {
    for (const p of parents.get(stack.pop() as string) ?? []) {
      if (!seen.has(p)) {
        seen.add(p);
        stack.push(p);
      }
    }
  }
  return seen;
}

/** Exact synonyms of the rare-disease subset, by the term's name. */
function synonymsByName(obo: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const stanza of obo.split('\n[Term]\n').slice(1)) {
    const name = /^name: (.+)$/m.exec(stanza)?.[1];
    if (!name) continue;
    const synonyms = [...stanza.matchAll(/^synonym: "([^"]+)" EXACT/gm)].map((m) => m[1] as string);
    out.set(name, synonyms);
  }
  return out;
}

/** An acronym ("DIL", "SBMA") stands for too many things on a page to be read as a disease. */
const isAcronym = (name: string) => !/\p{Ll}/u.test(name);

/**
 * Numbered subtypes ("amyotrophic lateral sclerosis 10") and long formal names are not what pages
 * write; the family's own name covers them.
 */
function isPlainName(name: string): boolean {
  const words = name.split(' ');
  return name.length >= 4 && !TOO_GENERAL.has(name) && words.length <= 6 && !words.some((w) => /^\d/.test(w));
}

/** The names a page may use for a disease: its label, its exact synonyms, and each without an inheritance qualifier. */
function namesOf(label: string, synonyms: ReadonlyMap<string, readonly string[]>): string[] {
  const names = new Set<string>();
  for (const written of [label, ...(synonyms.get(label) ?? [])]) {
    if (isAcronym(written)) continue;
    const name = normalizeName(written);
    const bare = name.replace(QUALIFIER, '');
    if (isPlainName(name)) names.add(name);
    if (bare !== name && bare.includes(' ') && isPlainName(bare)) names.add(bare);
  }
  return [...names];
}

/** Disease names grouped under the first row of `rows` whose label is in their lineage. */
function classify(
  rows: readonly { readonly label: string }[],
  parents: Map<string, Set<string>>,
  synonyms: ReadonlyMap<string, readonly string[]>,
): Map<string, Set<string>> {
  const groups = new Map<string, Set<string>>(rows.map((r) => [r.label, new Set<string>()]));
  for (const label of [...parents.keys()].sort()) {
    const line = lineage(label, parents);
    const row = rows.find((r) => line.has(r.label));
    if (!row) continue;
    for (const name of namesOf(label, synonyms)) groups.get(row.label)?.add(name);
  }
  return groups;
}

/** DrugBank's common names of small molecules and antibodies that read as medicines. */
function drugNames(csv: string): string[] {
  const names = new Set<string>();
  for (const line of csv.split('\n').slice(2)) {
    const cols = line.split(';');
    const name = cols[2]?.trim() ?? '';
    const inchiKey = cols[6]?.trim() ?? '';
    const biologic = /(?:mab|cept)$/.test(name);
    if (!inchiKey && !biologic) continue;
    if (!/^[A-Za-z][a-z-]+(?: [a-z]+)?$/.test(name) || name.length < 6) continue;
    const lower = normalizeName(name);
    if (!NOT_A_MEDICINE.has(lower)) names.add(lower);
  }
  return [...names].sort();
}

const releaseOf = (obo: string) => /^data-version: (.+)$/m.exec(obo)?.[1]?.trim() ?? 'unknown';

/** One `|`-joined string per group: compact, and nothing for the bundler to parse as code. */
function groupLines(groups: Map<string, Set<string>>): string {
  return [...groups]
    .filter(([, names]) => names.size > 0)
    .map(([label, names]) => `  ${JSON.stringify(label)}: ${JSON.stringify([...names].sort().join('|'))},`)
    .join('\n');
}

export function compileVocabulary(files: VocabFiles): string {
  const parents = parentsByLabel(files.classesTsv);
  const synonyms = synonymsByName(files.rareObo);
  // Rows with no cause or sense hold their diseases back from the rows below, then are dropped.
  const causes = classify(CAUSE_CLASSES, parents, synonyms);
  for (const row of CAUSE_CLASSES) if (row.cause === null) causes.delete(row.label);
  const senses = classify(SENSE_CLASSES, parents, synonyms);
  for (const row of SENSE_CLASSES) if (row.sense === null) senses.delete(row.label);
  const drugs = drugNames(files.drugsCsv);
  return `// Generated by scripts/compile-vocab.ts: do not edit. Regenerate with \`npm run vocab\`.
// Human Disease Ontology (${releaseOf(files.rareObo)}, CC0) and the DrugBank open vocabulary (CC0).

/** Disease names (normalised: lower case, words joined by one space), \`|\`-separated, by the row of CAUSE_CLASSES they fall under. */
export const CAUSE_CONDITIONS: Readonly<Record<string, string>> = {
${groupLines(causes)}
};

/** Disease names by the row of SENSE_CLASSES they fall under. */
export const SENSE_CONDITIONS: Readonly<Record<string, string>> = {
${groupLines(senses)}
};

/** Medicines: DrugBank's common names of small molecules and antibodies, \`|\`-separated. */
export const DRUGS = ${JSON.stringify(drugs.join('|'))};
`;
}
