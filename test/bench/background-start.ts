/**
 * The background's start-up with the medical vocabularies in it: in a browser just started (its
 * background fresh, the vocabularies not yet read), how long the first `detect` and the first
 * `rank-causes` take to be answered, against the same questions asked again; and, in Chromium, the
 * service worker's JS heap before and after. Asked from an extension page, as a content script asks.
 */
import type { Browser as Api } from 'webextension-polyfill';
import type { BrowserName } from '../support/e2e/browsers';
import { launch } from '../support/e2e/launch';
import { median } from './stats';

export interface BackgroundStart {
  readonly firstDetectMs: number;
  readonly againDetectMs: number;
  readonly firstRankMs: number;
  readonly againRankMs: number;
  /** Chromium only: the worker's used JS heap, MB, at start and after both answers. */
  readonly heapStartMb?: number;
  readonly heapAfterMb?: number;
}

const DETECT = { type: 'detect', texts: ['At mile 20 of the marathon my calves cramped and would not let go.'] };
const RANK = {
  type: 'rank-causes',
  before: 'Since I started furosemide for my kidney disease, my ',
  mention: 'leg cramps',
  after: ' come every night.',
  title: 'Forum',
};

export async function measureBackgroundStart(name: BrowserName): Promise<BackgroundStart> {
  const ext = await launch(name);
  try {
    const heap = async (): Promise<number | undefined> => {
      if (name !== 'chromium') return undefined;
      const target = await ext.browser.waitForTarget((t) => t.type() === 'service_worker', { timeout: 10_000 });
      const cdp = await target.createCDPSession();
      const { usedSize } = await cdp.send('Runtime.getHeapUsage');
      await cdp.detach();
      return usedSize / 1e6;
    };
    // The reference page sends no detect or rank message of its own.
    const page = await ext.openExtensionPage('popup/reference.html');
    const heapStartMb = await heap();
    const timed = (message: object) =>
      page.evaluate(async (m) => {
        const g = globalThis as unknown as { browser?: Api; chrome: Api };
        const api = g.browser ?? g.chrome;
        const t0 = performance.now();
        const reply = (await api.runtime.sendMessage(m)) as unknown;
        if (reply === undefined) throw new Error('the background did not answer');
        return performance.now() - t0;
      }, message);
    const firstDetectMs = await timed(DETECT);
    const againDetectMs = await timed(DETECT);
    const firstRankMs = await timed(RANK);
    const againRankMs = await timed(RANK);
    const heapAfterMb = await heap();
    return {
      firstDetectMs,
      againDetectMs,
      firstRankMs,
      againRankMs,
      ...(heapStartMb === undefined ? {} : { heapStartMb }),
      ...(heapAfterMb === undefined ? {} : { heapAfterMb }),
    };
  } finally {
    await ext.close();
  }
}

/** The report's lines: medians of `runs` fresh starts in each browser. */
export async function backgroundStartReport(browsers: readonly BrowserName[], runs = 3): Promise<string[]> {
  const lines = [
    `Background start-up with the vocabularies (median of ${runs} fresh starts; first answer, then the same question again):`,
  ];
  for (const name of browsers) {
    const all: BackgroundStart[] = [];
    for (let r = 0; r < runs; r++) all.push(await measureBackgroundStart(name));
    const m = (pick: (s: BackgroundStart) => number | undefined) => median(all.map((s) => pick(s) ?? NaN));
    const heap =
      name === 'chromium'
        ? `; worker JS heap ${m((s) => s.heapStartMb).toFixed(1)} MB at start, ${m((s) => s.heapAfterMb).toFixed(1)} MB after`
        : '';
    lines.push(
      `  ${name.padEnd(9)} detect ${m((s) => s.firstDetectMs).toFixed(1)} ms (again ${m((s) => s.againDetectMs).toFixed(1)} ms), ` +
        `rank-causes ${m((s) => s.firstRankMs).toFixed(1)} ms (again ${m((s) => s.againRankMs).toFixed(1)} ms)${heap}`,
    );
  }
  return lines;
}
