/**
 * What the reader feels, in Chromium and Firefox: each page loaded three times alone (no
 * extension), with Spasm Lens, and with mark.js marking the same words, a heartbeat in the page
 * (test/bench/heartbeat.ts). Reports the longest gap after load, when the first viewport's
 * mentions and all mentions are marked and, in Chromium, the CPU of the page's thread spent in
 * Spasm Lens's or mark.js's scripts plus, for Spasm Lens, its background's.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CDPSession, Page } from 'puppeteer-core';
import { openExtensionConsole, type ExtensionConsole } from '../support/e2e/extension-console';
import { launch, ROOT, type ExtBrowser } from '../support/e2e/launch';
import type { BrowserName } from '../support/e2e/browsers';
import { bigNodePage, brLinesPage, page as htmlPage } from '../support/pages';
import { serve, type StaticServer } from '../support/server';
import { viewportDoneMs, withHeartbeat, type HeartbeatReport } from './heartbeat';
import { articlePage, corpusDensePage } from './pages';
import { busyMs, scriptTime, type CpuProfile } from './profile';
import { MARK_JS_HEAD } from './markjs';
import { untilSteady } from './stats';

const RUNS = 3;
const SAMPLE_US = 250;

interface FeltPage {
  readonly name: string;
  readonly html: () => string;
}

/** The pages, or those whose name holds one of BENCH_PAGES (comma-separated). */
export function feltPages(): FeltPage[] {
  const only = process.env['BENCH_PAGES']?.split(',');
  return allPages().filter((p) => !only || only.some((o) => p.name.includes(o)));
}

function allPages(): FeltPage[] {
  const dense = corpusDensePage();
  const article = articlePage();
  return [
    { name: `dense ${(dense.length / 1024 / 1024).toFixed(1)} MB`, html: () => dense },
    { name: `article ${(article.length / 1024 / 1024).toFixed(1)} MB`, html: () => article },
    { name: '10,000 in one text node', html: () => bigNodePage(10_000) },
    { name: '4,000 <br> lines', html: () => brLinesPage(4000) },
  ];
}

type Variant = 'alone' | 'ours' | 'markjs';

export interface FeltLoad {
  readonly longestGapMs: number;
  readonly gapsOver50: number;
  /** Ours: first viewport's marks painted; mark.js: done (it marks in one task). */
  readonly viewMs: number;
  /** Ours: every mention found and counted (painted or not); mark.js: done. */
  readonly allMs: number;
  /** Chromium only: the page thread's time in the marker's scripts, and the background's. */
  readonly pageCpuMs: number;
  readonly backgroundCpuMs: number;
}

/**
 * With FELT_PROFILES=<dir>, each load's profiles are written there (page, then worker) as
 * .cpuprofile files, for DevTools or a script to say where the time went.
 */
function keepProfiles(path: string, variant: Variant, profiles: readonly CpuProfile[]): void {
  const dir = process.env['FELT_PROFILES'];
  if (!dir) return;
  mkdirSync(dir, { recursive: true });
  const name = `${path.replace(/\W+/g, '-')}-${variant}-${Date.now()}`;
  profiles.forEach((p, i) =>
    writeFileSync(join(dir, `${name}-${i === 0 ? 'page' : 'worker'}.cpuprofile`), JSON.stringify(p)),
  );
}

/** Profilers on the page and the extension's service worker (Chromium). */
async function startProfiling(b: ExtBrowser, page: Page, withWorker: boolean): Promise<CDPSession[]> {
  if (b.name !== 'chromium') return [];
  const sessions = [await page.createCDPSession()];
  if (withWorker) {
    const worker = await b.browser.waitForTarget((t) => t.type() === 'service_worker' && t.url().startsWith(b.origin));
    sessions.push(await worker.createCDPSession());
  }
  for (const s of sessions) {
    await s.send('Profiler.enable');
    await s.send('Profiler.setSamplingInterval', { interval: SAMPLE_US });
    await s.send('Profiler.start');
  }
  return sessions;
}

async function stopProfiling(sessions: CDPSession[]): Promise<CpuProfile[]> {
  const out: CpuProfile[] = [];
  for (const s of sessions) {
    const { profile } = (await s.send('Profiler.stop')) as unknown as { profile: CpuProfile };
    out.push(profile);
    await s.detach();
  }
  return out;
}

const report = (page: Page) =>
  page.evaluate(() => (window as unknown as { __heartbeat: () => unknown }).__heartbeat()) as Promise<HeartbeatReport>;

/** Waits until the page is quiet: nothing new marked for a while (ours), mark.js done, or just a while. */
async function settle(page: Page, variant: Variant): Promise<HeartbeatReport> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    const r = await report(page);
    const sinceLoad = r.loadAt < 0 ? 0 : r.now - r.loadAt;
    const lastChange = r.changes.at(-1)?.[0] ?? r.loadAt;
    const quiet =
      variant === 'alone'
        ? sinceLoad > 2000
        : variant === 'markjs'
          ? r.markjsAt >= 0 && r.now - r.markjsAt > 1000
          : sinceLoad > 2000 && r.now - lastChange > 1500;
    if ((r.loadAt >= 0 && quiet) || Date.now() > deadline) return r;
    await new Promise((res) => setTimeout(res, 250));
  }
}

/**
 * When the count of found mentions last changed (ms since the epoch), polled from an extension page
 * until it has held for a while: every mention found, painted or not.
 */
async function countSettled(api: ExtensionConsole, tabId: number): Promise<number> {
  const { value, changedAt } = await untilSteady(() => api.foundCount(tabId), { quietMs: 1500, intervalMs: 20 });
  return value > 0 ? changedAt : NaN;
}

async function loadOnce(
  b: ExtBrowser,
  api: ExtensionConsole | null,
  server: StaticServer,
  path: string,
  variant: Variant,
  profiled = false,
): Promise<FeltLoad> {
  const page = await b.newPage();
  // Start on the same origin, so the profiler stays with the renderer that loads the page.
  await page.goto(server.url('/blank.html'));
  const tabId = api ? await api.tabIdOf(page) : -1;
  const sessions = profiled ? await startProfiling(b, page, variant === 'ours') : [];
  await page.goto(server.url(path), { waitUntil: 'load', timeout: 120_000 });
  const foundAt = api ? await countSettled(api, tabId) : NaN;
  const r = await settle(page, variant);
  const loadEpoch = (await page.evaluate(() => performance.timeOrigin)) + r.loadAt;
  const profiles = await stopProfiling(sessions);
  await page.close();
  const [pageProfile, workerProfile] = profiles;
  keepProfiles(path, variant, profiles);
  if (process.env['FELT_DEBUG']) console.log(variant, 'view', viewportDoneMs(r), 'gap', r.longestGapMs);
  const prefix = variant === 'ours' ? b.origin : server.url('/bench/');
  return {
    longestGapMs: r.longestGapMs,
    gapsOver50: r.gapsOver50,
    viewMs: variant === 'markjs' ? r.markjsAt - r.loadAt : viewportDoneMs(r),
    allMs: variant === 'markjs' ? r.markjsAt - r.loadAt : foundAt - loadEpoch,
    pageCpuMs: pageProfile && variant !== 'alone' ? scriptTime(pageProfile, prefix).scriptMs : NaN,
    backgroundCpuMs: workerProfile ? busyMs(workerProfile) : NaN,
  };
}

export interface FeltRow {
  readonly page: string;
  readonly alone: FeltLoad[];
  readonly ours: FeltLoad[];
  readonly markjs: FeltLoad[];
}

export async function feltBench(name: BrowserName, pages = feltPages()): Promise<FeltRow[]> {
  const routes: Record<string, () => string> = { '/blank.html': () => htmlPage('blank', '') };
  pages.forEach((p, i) => {
    const html = p.html();
    routes[`/felt/${i}.html`] = () => withHeartbeat(html);
    routes[`/felt/${i}-markjs.html`] = () => withHeartbeat(html.replace(/<\/head>/i, `${MARK_JS_HEAD}</head>`));
  });
  const server = await serve({ '/bench': join(ROOT, 'node_modules', 'mark.js', 'dist') }, routes);
  const plain = await launch(name, { extension: false });
  const ours = await launch(name);
  const api = await openExtensionConsole(ours);
  const rows: FeltRow[] = [];
  try {
    for (const [i, p] of pages.entries()) {
      const row: FeltRow = { page: p.name, alone: [], ours: [], markjs: [] };
      // Interleaved, so that a slow moment of the machine falls on every variant alike. Timed
      // without a profiler (sampling every 100 µs slows the page and, most of all, a background
      // still compiling its code); the CPU columns come from loads of their own, profiled.
      for (let r = 0; r < RUNS; r++) {
        row.alone.push(await loadOnce(plain, null, server, `/felt/${i}.html`, 'alone'));
        row.ours.push(await loadOnce(ours, api, server, `/felt/${i}.html`, 'ours'));
        row.markjs.push(await loadOnce(plain, null, server, `/felt/${i}-markjs.html`, 'markjs'));
        if (name !== 'chromium') continue;
        const cpu = (l: FeltLoad) => ({ pageCpuMs: l.pageCpuMs, backgroundCpuMs: l.backgroundCpuMs });
        const oursCpu = cpu(await loadOnce(ours, api, server, `/felt/${i}.html`, 'ours', true));
        const markjsCpu = cpu(await loadOnce(plain, null, server, `/felt/${i}-markjs.html`, 'markjs', true));
        row.ours[r] = { ...(row.ours[r] as FeltLoad), ...oursCpu };
        row.markjs[r] = { ...(row.markjs[r] as FeltLoad), ...markjsCpu };
      }
      rows.push(row);
    }
  } finally {
    await ours.close();
    await plain.close();
    await server.close();
  }
  return rows;
}

const range = (xs: readonly number[], digits = 0) => {
  const ok = xs.filter((x) => Number.isFinite(x));
  if (ok.length === 0) return '–';
  const lo = Math.min(...ok).toFixed(digits);
  const hi = Math.max(...ok).toFixed(digits);
  return lo === hi ? lo : `${lo}-${hi}`;
};

/** The goals of issue #28, per page and browser. */
export function feltChecks(name: BrowserName, row: FeltRow): [string, boolean][] {
  const worstAlone = Math.max(...row.alone.map((l) => l.longestGapMs));
  const worstOurs = Math.max(...row.ours.map((l) => l.longestGapMs));
  const marked = row.ours.some((l) => Number.isFinite(l.allMs));
  const view = Math.max(...row.ours.map((l) => (Number.isFinite(l.viewMs) ? l.viewMs : 0)));
  const all = Math.max(...row.ours.map((l) => (Number.isFinite(l.allMs) ? l.allMs : 0)));
  const markjs = Math.min(...row.markjs.map((l) => l.allMs));
  const checks: [string, boolean][] = [
    [
      `${name}, ${row.page}: longest gap ${worstOurs.toFixed(0)} ms (alone ${worstAlone.toFixed(0)})`,
      worstOurs <= Math.max(50, worstAlone),
    ],
  ];
  if (marked) {
    checks.push([`${name}, ${row.page}: first viewport marked in ${view.toFixed(0)} ms`, view <= 100]);
    checks.push([
      `${name}, ${row.page}: all marked in ${all.toFixed(0)} ms (mark.js ${markjs.toFixed(0)})`,
      all <= Math.max(100, markjs / 2),
    ]);
  }
  if (name === 'chromium' && marked) {
    const ours = Math.max(...row.ours.map((l) => l.pageCpuMs + l.backgroundCpuMs));
    const theirs = Math.min(...row.markjs.map((l) => l.pageCpuMs));
    checks.push([
      `${name}, ${row.page}: CPU ${ours.toFixed(0)} ms vs mark.js ${theirs.toFixed(0)} (${(theirs / ours).toFixed(1)}x)`,
      theirs >= 5 * ours,
    ]);
  }
  return checks;
}

export function feltTable(name: BrowserName, rows: readonly FeltRow[]): string[] {
  const lines = [
    `\n${name}: what the reader feels, ${RUNS} loads each (ranges of the loads; ms after the load event)`,
    '',
    '| page | alone: longest gap | ours: longest gap (>50 ms) | ours: viewport painted | ours: all found and counted | ours: CPU page + background | mark.js: longest gap | mark.js: done | mark.js: CPU |',
    '|---|--:|--:|--:|--:|--:|--:|--:|--:|',
  ];
  for (const r of rows) {
    const cpu =
      name === 'chromium'
        ? `${range(r.ours.map((l) => l.pageCpuMs))} + ${range(r.ours.map((l) => l.backgroundCpuMs))}`
        : '–';
    lines.push(
      `| ${r.page} | ${range(r.alone.map((l) => l.longestGapMs))} | ${range(r.ours.map((l) => l.longestGapMs))} (${range(r.ours.map((l) => l.gapsOver50))}) | ${range(r.ours.map((l) => l.viewMs))} | ${range(r.ours.map((l) => l.allMs))} | ${cpu} | ${range(r.markjs.map((l) => l.longestGapMs))} | ${range(r.markjs.map((l) => l.allMs))} | ${name === 'chromium' ? range(r.markjs.map((l) => l.pageCpuMs)) : '–'} |`,
    );
  }
  return lines;
}

export async function feltReport(browsers: readonly BrowserName[]): Promise<boolean> {
  let ok = true;
  for (const name of browsers) {
    const rows = await feltBench(name);
    for (const line of feltTable(name, rows)) console.log(line);
    console.log('');
    for (const row of rows)
      for (const [what, met] of feltChecks(name, row)) {
        ok &&= met;
        console.log(`${met ? 'OK  ' : 'MISS'} ${what}`);
      }
  }
  return ok;
}
