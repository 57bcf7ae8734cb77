import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { EvalSentence } from './score';

/** ../shared beside the project: present in development, absent in a user's clone. */
const SHARED = resolve(import.meta.dirname, '..', '..', '..', 'shared');
export const CORPUS_DIR = join(SHARED, 'corpus');

export function corpusAvailable(): boolean {
  return existsSync(join(CORPUS_DIR, 'sentences.jsonl'));
}

export function corpusSeedPath(): string | null {
  const p = join(SHARED, 'seed', 'causes-of-muscle-spasms.txt');
  return existsSync(p) ? p : null;
}

/** A corpus sentence: what the scorer reads, plus where it came from. */
export interface LabeledSentence extends EvalSentence {
  readonly source: string;
}

export function readSentences(file = join(CORPUS_DIR, 'sentences.jsonl')): LabeledSentence[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as LabeledSentence);
}

export type SourceKind = 'clinical' | 'encyclopedic' | 'news/sport' | 'forum/blog' | 'fiction';

/** The kind of text a corpus sentence came from, read from its source path. */
export function sourceKind(source: string): SourceKind {
  if (/wikipedia/i.test(source)) return 'encyclopedic';
  if (/MedQuAD|MEDIQA|clinical|health|StatPearls|Dissertation|diseases/i.test(source)) return 'clinical';
  if (/novel|common-corpus|gutenberg|fiction/i.test(source)) return 'fiction';
  if (/20news|usenet|forum/i.test(source)) return 'forum/blog';
  if (/news|finescoop|ulaar|readability|postlight|parser|article-extraction|sport/i.test(source)) return 'news/sport';
  if (/blog|octopress|github\.io|gothedistance|cycling|runner/i.test(source)) return 'forum/blog';
  return 'news/sport';
}
