/**
 * What the browser spends on Highlight changes, apart from any extension: in a plain page of
 * `MARKS` short paragraphs, a script registers one highlight and adds a range per paragraph, in
 * steps of different sizes (each step one task, a frame between steps), while a 4 ms heartbeat
 * timer records the longest gap between its ticks. The longest gap includes the style, layout and
 * painting that follow each change, which no CPU profile of scripts shows.
 *
 * Also the cost of one more small change once the highlight is full: what marking a few
 * paragraphs more costs when thousands are marked already.
 */
import type { Page } from 'puppeteer-core';
import { launch } from '../support/e2e/launch';
import type { BrowserName } from '../support/e2e/browsers';
import { page as htmlPage } from '../support/pages';
import { serve } from '../support/server';
import { median } from './stats';

const MARKS = 15_000;
const STEPS = [MARKS, 2000, 500, 100] as const;

const PAGE = htmlPage(
  'Highlight cost',
  Array.from({ length: MARKS }, (_, i) => `<p>Paragraph ${i}: a calf cramp after the run.</p>`).join('\n'),
  '<style>::highlight(cost){text-decoration:underline dotted;background:#ff08}</style>',
);

interface StepResult {
  readonly step: number;
  readonly longestGapMs: number;
  readonly totalMs: number;
  readonly oneMoreMs: number;
}

/**
 * Runs in the page: adds every paragraph's range `step` at a time and measures the heartbeat. Text,
 * not a function: the test runner's transform would add helpers the page does not have.
 */
const RUN_IN_PAGE = `async (step) => {
  const texts = [...document.querySelectorAll('p')].map((p) => p.firstChild);
  const range = (t, from, to) => new StaticRange({ startContainer: t, startOffset: from, endContainer: t, endOffset: to });
  const ranges = texts.map((t) => range(t, 0, 9));
  const h = new Highlight();
  CSS.highlights.set('cost', h);
  let last = performance.now();
  let longest = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    longest = Math.max(longest, now - last);
    last = now;
  }, 4);
  const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  const quiet = async () => {
    await frame();
    await frame();
    last = performance.now();
    longest = 0;
  };
  await quiet();
  const start = performance.now();
  for (let i = 0; i < ranges.length; i += step) {
    for (const r of ranges.slice(i, i + step)) h.add(r);
    await frame();
  }
  const totalMs = performance.now() - start;
  const longestGapMs = longest;
  await quiet();
  for (const t of texts.slice(0, 10)) h.add(range(t, 10, 14));
  await frame();
  await frame();
  const oneMoreMs = longest;
  clearInterval(timer);
  CSS.highlights.delete('cost');
  return { longestGapMs, totalMs, oneMoreMs };
}`;

export async function highlightCost(browser: BrowserName, runs = 3): Promise<StepResult[]> {
  const server = await serve({}, { '/cost.html': () => PAGE });
  const b = await launch(browser, { extension: false });
  const results: StepResult[] = [];
  try {
    for (const step of STEPS) {
      const gaps: number[] = [];
      const totals: number[] = [];
      const more: number[] = [];
      for (let r = 0; r < runs; r++) {
        const page: Page = await b.newPage();
        await page.goto(server.url('/cost.html'), { waitUntil: 'load' });
        const res = (await page.evaluate(`(${RUN_IN_PAGE})(${step})`)) as {
          longestGapMs: number;
          totalMs: number;
          oneMoreMs: number;
        };
        gaps.push(res.longestGapMs);
        totals.push(res.totalMs);
        more.push(res.oneMoreMs);
        await page.close();
      }
      results.push({ step, longestGapMs: median(gaps), totalMs: median(totals), oneMoreMs: median(more) });
    }
  } finally {
    await b.close();
    await server.close();
  }
  return results;
}

export async function highlightCostReport(browsers: readonly BrowserName[]): Promise<void> {
  console.log(
    `\nHighlight changes, ${MARKS.toLocaleString('en')} ranges added to one registered highlight, no extension (medians of 3):`,
  );
  console.log('browser    ranges per step   longest gap ms   all added ms   10 more, highlight full: gap ms');
  for (const name of browsers) {
    for (const r of await highlightCost(name)) {
      console.log(
        `${name.padEnd(10)} ${String(r.step).padStart(15)} ${r.longestGapMs.toFixed(1).padStart(16)} ${r.totalMs.toFixed(0).padStart(14)} ${r.oneMoreMs.toFixed(1).padStart(20)}`,
      );
    }
  }
}
