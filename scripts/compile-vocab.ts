/**
 * `npm run vocab`: reads the public vocabularies in `../shared/vocab` (or VOCAB_DIR) and writes
 * `src/vocab/generated.ts`, which is committed. A unit test checks that it is current.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { compileVocabulary } from './vocab/compile';
import { GENERATED_FILE, VOCAB_DIR, vocabFiles } from './vocab/files';

const dir = resolve(process.env['VOCAB_DIR'] ?? VOCAB_DIR);
const source = compileVocabulary(vocabFiles(dir, (f) => readFileSync(join(dir, f), 'utf8')));
writeFileSync(GENERATED_FILE, source);
console.log(`vocab: wrote ${GENERATED_FILE} (${source.length} characters) from ${dir}`);
