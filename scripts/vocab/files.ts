import { fileURLToPath } from 'node:url';
import type { VocabFiles } from './compile';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** Where the vocabularies sit beside a developer's clone (a user's clone has no such folder). */
export const VOCAB_DIR = `${ROOT}../shared/vocab`;
export const GENERATED_FILE = `${ROOT}src/vocab/generated.ts`;

export function vocabFiles(_dir: string, read: (file: string) => string): VocabFiles {
  return {
    classesTsv: read('disease-ontology-classes.tsv'),
    rareObo: read('disease-ontology-rare-slim.obo'),
    drugsCsv: read('drugbank-vocabulary.csv'),
  };
}
