/**
 * `npm run bench:trace`: where the long gaps of a page load come from, in Chromium. Loads one of
 * the felt benchmark's pages (TRACE_PAGE: a part of its name, default "dense") with the extension
 * (or without: TRACE_EXTENSION=0), records a Chrome trace, and prints each task of the page's main
 * thread longer than TRACE_MIN_MS (default 20) with what took its time: script (ours or the page's),
 * style and layout (forced inside a script, or in a frame), paint, IntersectionObserver, GC.
 */
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch } from '../support/e2e/launch';
import { page as htmlPage } from '../support/pages';
import { serve } from '../support/server';
import { feltPages } from './felt';
import { withHeartbeat, type HeartbeatReport } from './heartbeat';

interface TraceEvent {
  readonly name: string;
  readonly ph: string;
  readonly pid: number;
  readonly tid: number;
  readonly ts: number;
  readonly dur?: number;
  readonly args?: { name?: string; data?: { url?: string } };
}

const wanted = process.env['TRACE_PAGE'] ?? 'dense';
const minMs = Number(process.env['TRACE_MIN_MS'] ?? 20);
const felt = feltPages().find((p) => p.name.includes(wanted));
if (!felt)
  throw new Error(
    `no felt page named like "${wanted}": ${feltPages()
      .map((p) => p.name)
      .join(', ')}`,
  );
const html = withHeartbeat(felt.html());
const server = await serve({}, { '/p.html': () => html, '/blank.html': () => htmlPage('blank', '') });
const browser = await launch('chromium', { extension: process.env['TRACE_EXTENSION'] !== '0' });
const path = join(tmpdir(), 'spasm-lens-trace.json');
try {
  const page = await browser.newPage();
  await page.goto(server.url('/blank.html'));
  await page.tracing.start({
    path,
    categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink', 'toplevel', 'v8'],
  });
  await page.goto(server.url('/p.html'), { waitUntil: 'load' });
  await new Promise((r) => setTimeout(r, 3000));
  const hb = (await page.evaluate(() =>
    (window as unknown as { __heartbeat: () => unknown }).__heartbeat(),
  )) as HeartbeatReport;
  await page.tracing.stop();
  console.log(
    `${felt.name}: longest heartbeat gap after load ${hb.longestGapMs.toFixed(0)} ms (${hb.gapsOver50} over 50 ms)`,
  );
} finally {
  await browser.close();
  await server.close();
}

const events = (JSON.parse(readFileSync(path, 'utf8')) as { traceEvents: TraceEvent[] }).traceEvents;
const parsing = new Set(events.filter((e) => e.name === 'ParseHTML').map((e) => e.pid));
const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain' && parsing.has(e.pid));
if (!main) throw new Error('no renderer main thread in the trace');
const onMain = events.filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.dur !== undefined);
const load = events.find((e) => e.pid === main.pid && e.name === 'MarkLoad');
const tasks = onMain.filter((e) => e.name === 'RunTask' && (e.dur ?? 0) > minMs * 1000);
for (const t of tasks) {
  const end = t.ts + (t.dur ?? 0);
  const inside = onMain.filter((e) => e !== t && e.ts >= t.ts && e.ts + (e.dur ?? 0) <= end);
  const by = new Map<string, number>();
  for (const e of inside) {
    const key = e.name === 'FunctionCall' ? `script ${new URL(e.args?.data?.url ?? 'about:blank').protocol}` : e.name;
    by.set(key, (by.get(key) ?? 0) + (e.dur ?? 0) / 1000);
  }
  const top = [...by]
    .filter(([name]) => !/RunTask|ThreadController|mojo|Blink\.|LocalFrameView::/.test(name))
    .sort((a, b) => b[1] - a[1])
    .slice(0, 6)
    .map(([name, ms]) => `${name} ${ms.toFixed(1)}`);
  const at = load ? `${((t.ts - load.ts) / 1000).toFixed(0)} ms after load` : `${(t.ts / 1000).toFixed(0)}`;
  console.log(`${at.padStart(22)}  ${((t.dur ?? 0) / 1000).toFixed(1).padStart(6)} ms  ${top.join(' | ')}`);
}
