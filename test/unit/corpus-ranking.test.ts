import { describe, expect, it } from 'vitest';
import { rankingCorpusAvailable, rankPassage, readRankingPassages } from '../support/ranking-corpus';

describe.skipIf(!rankingCorpusAvailable())(
  'ranking on the shared corpus passages (skipped when ../shared/corpus is absent)',
  () => {
    it('meets the goal: the first cause is relevant in >= 95%, one of the first three in >= 99%', () => {
      const results = readRankingPassages().map(rankPassage);
      const misses = results
        .filter((r) => !r.top1)
        .map((r) => `expected ${r.passage.expect.join(', ')}; shown ${r.shown.map((c) => c.id).join(', ')}`);
      const top1 = results.filter((r) => r.top1).length / results.length;
      const top3 = results.filter((r) => r.top3).length / results.length;
      expect(top1, misses.join('\n')).toBeGreaterThanOrEqual(0.95);
      expect(top3, misses.join('\n')).toBeGreaterThanOrEqual(0.99);
    });
  },
);
