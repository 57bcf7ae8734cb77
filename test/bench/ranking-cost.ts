import { performance } from 'node:perf_hooks';
import { tooltipCauses } from '../../src/ranking/tooltip-causes';

/**
 * One ranking request as the background answers it: 2 KB of context (1 KB either side of the
 * mention, full of cue words, relations and lists) plus a title. Timed in this process, which runs
 * the same code on the same engine (V8) as Chromium's service worker; median of 300 after warm-up.
 */
export function rankingRequestMs(): number {
  const sentence =
    'After the marathon in the heat I was sweating, not related to exercise, and symptoms include fatigue, numbness and ';
  const before = sentence.repeat(Math.ceil(1024 / sentence.length)).slice(-1024);
  const after =
    ` caused by dehydration, treated with magnesium; kidney failure and dialysis were ruled out. ${sentence}`
      .repeat(12)
      .slice(0, 1024);
  const request = { before, mention: 'calf cramps', after, title: 'Race report: my first marathon' };
  for (let i = 0; i < 50; i++) tooltipCauses(request);
  const times: number[] = [];
  for (let i = 0; i < 300; i++) {
    const t0 = performance.now();
    tooltipCauses(request);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? NaN;
}
