/**
 * Scores the tooltip's ranking on `../shared/corpus/ranking.jsonl` (or a JSONL file given as
 * argument): top-1 (the first cause shown is relevant) and top-3, with every miss: the passage,
 * what was expected, what was shown and the words that decided it.
 */
import { rankingCorpusAvailable, rankPassage, readRankingPassages } from '../support/ranking-corpus';

const file = process.argv[2];
if (file === undefined && !rankingCorpusAvailable()) {
  console.log('eval:ranking: ../shared/corpus/ranking.jsonl not found; nothing to score (skipped).');
  process.exit(0);
}
const results = readRankingPassages(file).map(rankPassage);
for (const r of results.filter((x) => !x.top1)) {
  const [s, e] = r.passage.mention;
  const shown = r.shown.map((c) => (c.cues.length > 0 ? `${c.id} (${c.cues.join(', ')})` : c.id)).join(' | ');
  console.log(`${r.top3 ? 'NOT FIRST' : 'MISS     '}  expected ${r.passage.expect.join(', ')}; shown ${shown}`);
  console.log(`    ${r.passage.text.slice(0, s)}[[${r.passage.text.slice(s, e)}]]${r.passage.text.slice(e)}`);
}
const top1 = results.filter((r) => r.top1).length / results.length;
const top3 = results.filter((r) => r.top3).length / results.length;
console.log(
  `\n${results.length} passages: top-1 ${top1.toFixed(3)}  top-3 ${top3.toFixed(3)}  (goal: >= 0.950 and >= 0.990)`,
);
process.exitCode = top1 >= 0.95 && top3 >= 0.99 ? 0 : 1;
