/**
 * Scores the detector on the shared corpus sentences (or a JSONL file given as argument) with the
 * corpus README's scoring. Prints every false positive and every miss with the rule that decided
 * it, then precision and recall overall and per kind of source.
 */
import { corpusAvailable, readSentences, sourceKind, type SourceKind } from '../support/corpus';
import { score } from '../support/score';

const file = process.argv[2];
if (file === undefined && !corpusAvailable()) {
  console.log('eval: ../shared/corpus/sentences.jsonl not found; nothing to score (skipped).');
  process.exit(0);
}
const sentences = readSentences(file);
const result = score(sentences);
for (const f of result.falsePositiveList) console.log(`FALSE POSITIVE  "${f.surface}" (${f.detail})\n    ${f.text}`);
for (const f of result.missList) console.log(`MISS            "${f.surface}" (${f.detail})\n    ${f.text}`);

const kinds = new Map<SourceKind, typeof sentences>();
for (const s of sentences) {
  const kind = sourceKind(s.source);
  kinds.set(kind, [...(kinds.get(kind) ?? []), s]);
}
console.log('');
for (const [kind, list] of [...kinds].sort((a, b) => b[1].length - a[1].length)) {
  const r = score(list);
  console.log(
    `${kind.padEnd(13)} ${String(list.length).padStart(4)} sentences  precision ${r.precision.toFixed(3)}  recall ${r.recall.toFixed(3)}  (${r.falsePositives} false, ${r.misses} missed)`,
  );
}
console.log(
  `\n${sentences.length} sentences: ${result.hits} hits, ${result.falsePositives} false positives, ${result.misses} misses`,
);
console.log(
  `precision ${result.precision.toFixed(3)}  recall ${result.recall.toFixed(3)}  (goal: >= 0.980 and >= 0.970)`,
);
process.exitCode = result.precision >= 0.98 && result.recall >= 0.97 ? 0 : 1;
