import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tooltipCauses } from '../../src/ranking/tooltip-causes';
import { CORPUS_DIR } from './corpus';

/** A passage of `../shared/corpus/ranking.jsonl`: a mention and the causes its text points to. */
export interface RankingPassage {
  readonly text: string;
  readonly source: string;
  readonly mention: readonly [number, number];
  /** Corpus keys, most relevant first. */
  readonly expect: readonly string[];
}

const FILE = join(CORPUS_DIR, 'ranking.jsonl');

/**
 * The corpus README's keys and the reference causes each stands for (its table): "neuro" covers
 * the neurological, nerve, MS and neurodegenerative entries, "fatigue" both kinds of tiredness.
 */
export const KEY_CAUSES: Readonly<Record<string, readonly string[]>> = {
  exercise: ['prolonged-exercise'],
  dehydration: ['dehydration'],
  metabolic: ['metabolic-disorders'],
  myotonia: ['myotonia'],
  neuro: ['neurological-disease', 'nerve-damage', 'multiple-sclerosis', 'neurodegenerative-disease'],
  muscular: ['muscular-disease', 'fibromyalgia'],
  medications: ['medications'],
  alcohol: ['alcohol-abuse'],
  pregnancy: ['pregnancy'],
  fatigue: ['muscle-fatigue', 'fatigue'],
  kidney: ['kidney-failure'],
  thyroid: ['hypothyroidism'],
  cold: ['cold-temperatures'],
};

export function rankingCorpusAvailable(): boolean {
  return existsSync(FILE);
}

export function readRankingPassages(file = FILE): RankingPassage[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as RankingPassage);
}

export interface RankingResult {
  readonly passage: RankingPassage;
  /** Cause ids as the tooltip shows them, best first, with the words that decided each. */
  readonly shown: readonly { id: string; cues: readonly string[] }[];
  readonly top1: boolean;
  readonly top3: boolean;
}

/** What the tooltip would show for the passage's mention (the background's ranking, no title). */
export function rankPassage(passage: RankingPassage): RankingResult {
  const [start, end] = passage.mention;
  const shown = tooltipCauses({
    before: passage.text.slice(0, start),
    mention: passage.text.slice(start, end),
    after: passage.text.slice(end),
    title: '',
  }).causes.map((c) => ({ id: c.id, cues: c.cues }));
  const relevant = new Set(passage.expect.flatMap((k) => KEY_CAUSES[k] ?? []));
  return {
    passage,
    shown,
    top1: shown[0] !== undefined && relevant.has(shown[0].id),
    top3: shown.slice(0, 3).some((c) => relevant.has(c.id)),
  };
}
