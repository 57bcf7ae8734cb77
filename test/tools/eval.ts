/**
 * Scores the detector on the shared corpus sentences (or a JSONL file given as argument) with the
 * corpus README's scoring. Prints precision, recall, every false positive and every miss.
 */
import { score } from '../../src/eval/score';
import { corpusAvailable, readSentences } from '../support/corpus';

const file = process.argv[2];
if (file === undefined && !corpusAvailable()) {
  console.log('eval: ../shared/corpus/sentences.jsonl not found; nothing to score (skipped).');
  process.exit(0);
}
const sentences = readSentences(file);
const result = score(sentences);
for (const f of result.falsePositiveList) console.log(`FALSE POSITIVE  "${f.surface}" (${f.detail})\n    ${f.text}`);
for (const f of result.missList) console.log(`MISS            "${f.surface}" (${f.detail})\n    ${f.text}`);
console.log(
  `\n${sentences.length} sentences: ${result.hits} hits, ${result.falsePositives} false positives, ${result.misses} misses`,
);
console.log(
  `precision ${result.precision.toFixed(3)}  recall ${result.recall.toFixed(3)}  (goal: >= 0.970 and >= 0.950)`,
);
process.exitCode = result.precision >= 0.97 && result.recall >= 0.95 ? 0 : 1;
