import { isRecord } from '../record';
import { normalizeHostname } from '../settings/hostname';

/**
 * The reader's corrections: "not a muscle cramp here", for a phrase, on one site or everywhere.
 * Stored in `storage.sync` under `CORRECTIONS_KEY` as `{ version, items }`; every read validates.
 */
export const CORRECTIONS_KEY = 'corrections';
export const CORRECTIONS_VERSION = 1;

export interface Correction {
  /** The mention's words as normalised (see `normalizePhrase`): "cramping", "the cramps". */
  readonly phrase: string;
  /** The hostname it holds on, or null: everywhere. */
  readonly site: string | null;
  /** When it was made (ms since the epoch). */
  readonly at: number;
}

/** A phrase longer than this is not a mention (the detector's longest are a few words). */
export const MAX_PHRASE = 60;
/** Enough for years of corrections, and well inside one `storage.sync` item (8 KB). */
export const MAX_CORRECTIONS = 60;

/**
 * A mention's words as a correction keeps them: compatible forms folded (NFKC), lower case, curly
 * apostrophes straight, runs of spaces as one, no punctuation at either end. So "Cramping",
 * "cramping" and " cramping," are one phrase; "the cramps" and "cramps" are two.
 */
export function normalizePhrase(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/\s+/g, ' ')
    .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '')
    .slice(0, MAX_PHRASE);
}

/** The value stored for a list: what storage.sync holds, and what an export file carries. */
export const correctionsValue = (corrections: readonly Correction[]) => ({
  version: CORRECTIONS_VERSION,
  items: corrections,
});

export type CorrectionsState = 'current' | 'repaired' | 'newer';

function correctionFrom(value: unknown): Correction | null {
  if (!isRecord(value) || typeof value['phrase'] !== 'string') return null;
  const phrase = normalizePhrase(value['phrase']);
  const written = value['site'];
  const site = written === null ? null : normalizeHostname(written);
  const at = value['at'];
  if (phrase === '' || (written !== null && site === null)) return null;
  if (typeof at !== 'number' || !Number.isFinite(at) || at < 0) return null;
  return { phrase, site, at };
}

const sameTarget = (a: Correction, b: Pick<Correction, 'phrase' | 'site'>) =>
  a.phrase === b.phrase && a.site === b.site;

/**
 * Validates whatever storage holds: entries that are not corrections are dropped, duplicates kept
 * once, the list bounded. A value from a newer version is read as far as its entries go and said to
 * be `newer`, so nothing writes over it.
 */
export function parseCorrections(stored: unknown): { corrections: Correction[]; state: CorrectionsState } {
  if (stored === undefined) return { corrections: [], state: 'current' };
  if (!isRecord(stored) || !Array.isArray(stored['items'])) return { corrections: [], state: 'repaired' };
  const version = stored['version'];
  const newer = typeof version === 'number' && version > CORRECTIONS_VERSION;
  const corrections: Correction[] = [];
  for (const item of stored['items'].slice(0, MAX_CORRECTIONS * 4)) {
    const c = correctionFrom(item);
    if (c && !corrections.some((k) => sameTarget(k, c))) corrections.push(c);
    if (corrections.length >= MAX_CORRECTIONS) break;
  }
  if (newer) return { corrections, state: 'newer' };
  const exact = version === CORRECTIONS_VERSION && corrections.length === stored['items'].length;
  return { corrections, state: exact ? 'current' : 'repaired' };
}

/**
 * Whether the reader said a phrase is not a muscle cramp on `site` (or everywhere), as a test made
 * once for the site: the detector asks it of every mention a page sends.
 */
export function correctedOn(corrections: readonly Correction[], site: string): (phrase: string) => boolean {
  const phrases = new Set(corrections.filter((c) => c.site === null || c.site === site).map((c) => c.phrase));
  return (phrase) => phrases.has(normalizePhrase(phrase));
}

/**
 * Adds a correction (newest first). "Everywhere" takes the place of the phrase's per-site ones;
 * the same phrase and site again only moves it to the front.
 */
export function withCorrection(list: readonly Correction[], added: Correction): Correction[] {
  const rest = list.filter((c) => !sameTarget(c, added) && !(added.site === null && c.phrase === added.phrase));
  return [added, ...rest];
}

export function withoutCorrection(
  list: readonly Correction[],
  removed: Pick<Correction, 'phrase' | 'site'>,
): Correction[] {
  return list.filter((c) => !sameTarget(c, removed));
}
