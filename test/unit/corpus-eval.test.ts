import { describe, expect, it } from 'vitest';
import { markable, score } from '../support/score';
import { corpusAvailable, readSentences } from '../support/corpus';

describe.skipIf(!corpusAvailable())(
  'detector on the shared corpus sentences (skipped when ../shared/corpus is absent)',
  () => {
    it('meets the goal: precision >= 0.98 and recall >= 0.97', () => {
      const result = score(readSentences());
      const report = [...result.falsePositiveList, ...result.missList].map((f) => `${f.surface}: ${f.detail}`);
      expect(result.precision, report.join('\n')).toBeGreaterThanOrEqual(0.98);
      expect(result.recall, report.join('\n')).toBeGreaterThanOrEqual(0.97);
    });

    it('never marks a span labelled other-medical or not-medical', () => {
      // Marks on words the corpus does not label (it labels the cramp/spasm families, not e.g.
      // "tetany") count against precision above; here: no mark on a span labelled another sense.
      const wrong = readSentences().flatMap((s) =>
        markable(s.text)
          .filter((m) => s.spans.some((sp) => sp.label !== 'muscle' && sp.start < m.end && m.start < sp.end))
          .map((m) => `${s.text.slice(m.start, m.end)} (${m.reason}): ${s.text}`),
      );
      expect(wrong).toEqual([]);
    });
  },
);
