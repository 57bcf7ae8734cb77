import { describe, expect, it } from 'vitest';
import { score } from '../../src/eval/score';
import { corpusAvailable, readSentences } from '../support/corpus';

describe.skipIf(!corpusAvailable())(
  'detector on the shared corpus sentences (skipped when ../shared/corpus is absent)',
  () => {
    it('meets the goal: precision >= 0.97 and recall >= 0.95', () => {
      const result = score(readSentences());
      const report = [...result.falsePositiveList, ...result.missList].map((f) => `${f.surface}: ${f.detail}`);
      expect(result.precision, report.join('\n')).toBeGreaterThanOrEqual(0.97);
      expect(result.recall, report.join('\n')).toBeGreaterThanOrEqual(0.95);
    });

    it('never marks a span labelled other-medical or not-medical', () => {
      const result = score(readSentences());
      expect(result.falsePositiveList).toEqual([]);
    });
  },
);
