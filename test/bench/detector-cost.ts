import { performance } from 'node:perf_hooks';
import { detectTexts } from '../../src/matching/detect-texts';
import { DETECT_BATCH_CHARS } from '../../src/detect-protocol';

/**
 * The background's share of marking a page: the detector answering the messages the content script
 * sends for these block texts (batched as the scanner batches them). Timed in this process, which
 * runs the same code on the same engine (V8) as Chromium's service worker; median of 5 after a
 * warm-up run. Milliseconds for all the texts.
 */
export function detectorMs(texts: readonly string[]): number {
  const batches: string[][] = [[]];
  let chars = 0;
  for (const t of texts) {
    if (chars + t.length > DETECT_BATCH_CHARS) {
      batches.push([]);
      chars = 0;
    }
    batches[batches.length - 1]?.push(t);
    chars += t.length;
  }
  const run = () => {
    const t0 = performance.now();
    for (const b of batches) detectTexts(b);
    return performance.now() - t0;
  };
  run();
  const times = Array.from({ length: 5 }, run).sort((a, b) => a - b);
  return times[2] ?? NaN;
}
