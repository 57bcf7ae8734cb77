/**
 * Detector speed: on 10 MB of ordinary English with few mentions, `detect` should cost at most 1.3x
 * one pass of its own candidate pattern over the same text, because the sense rules only run on
 * candidates. Prints the median of several runs.
 */
import { performance } from 'node:perf_hooks';
import { CANDIDATE_SOURCE } from '../../src/matching/candidate';
import { detect } from '../../src/matching/detect';

const TARGET_BYTES = 10 * 1024 * 1024;
const GOAL = 1.3;
const RUNS = 7;

/** Deterministic pseudo-random words: the same text every run, no data files needed. */
function englishText(bytes: number): string {
  const words = (
    'the of and to in is was for on that with as by at from his her their it this be are were have had not ' +
    'but one all would there which when what about more some time people year into could them other than then ' +
    'now only its over also after first two way work life day new because any these give most us city council ' +
    'report said market school water government children family house music game season film history system ' +
    'night train weather garden coffee letter window morning evening friend doctor street river mountain'
  ).split(' ');
  let seed = 42;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648);
  const parts: string[] = [];
  let size = 0;
  let sentence = 0;
  while (size < bytes) {
    const n = 8 + (next() % 14);
    const ws: string[] = [];
    for (let i = 0; i < n; i++) ws.push(words[next() % words.length] ?? 'the');
    // A mention about every 400 sentences (a few per 50 KB), as on ordinary pages.
    if (++sentence % 400 === 0) ws.splice(3, 0, sentence % 800 === 0 ? 'leg cramps' : 'cramped');
    const s = `${ws.join(' ')}. `;
    parts.push(s.charAt(0).toUpperCase() + s.slice(1));
    size += s.length;
  }
  return parts.join('');
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

const text = englishText(TARGET_BYTES);
// One untimed round of each first, so both are measured warm (compiled and optimized).
detect(text);
for (const p = new RegExp(CANDIDATE_SOURCE, 'gi'); p.test(text););
const floorTimes: number[] = [];
const detectTimes: number[] = [];
let candidates = 0;
let mentions = 0;
for (let run = 0; run < RUNS; run++) {
  const pattern = new RegExp(CANDIDATE_SOURCE, 'gi');
  let t0 = performance.now();
  let n = 0;
  while (pattern.test(text)) n++;
  floorTimes.push(performance.now() - t0);
  candidates = n;
  t0 = performance.now();
  mentions = detect(text).length;
  detectTimes.push(performance.now() - t0);
}
const floor = median(floorTimes);
const ours = median(detectTimes);
const ratio = ours / floor;
console.log(`text: ${(text.length / 1024 / 1024).toFixed(1)} MB, ${candidates} candidates, ${mentions} mentions`);
console.log(
  `candidate pattern pass (floor): ${floor.toFixed(1)} ms   detect: ${ours.toFixed(1)} ms   (median of ${RUNS})`,
);
console.log(`ratio detect / floor: ${ratio.toFixed(2)}  (goal <= ${GOAL})  ${ratio <= GOAL ? 'OK' : 'OVER GOAL'}`);
process.exitCode = ratio <= GOAL ? 0 : 1;
