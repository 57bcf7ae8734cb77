import type { CDPSession, Page } from 'playwright-core';

interface ProfileNode {
  id: number;
  callFrame: { url: string; functionName: string };
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}
interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  tid: number;
  pid: number;
  args?: { name?: string };
}

const SAMPLE_US = 100;

export interface Measurement {
  /** Main-thread JS time attributed to scripts whose URL starts with the prefix, in ms. */
  readonly scriptMs: number;
  /**
   * The most work those scripts did within one main-thread task, in ms: how long they kept the page
   * from input and rendering at a stretch. The task's own length is not used: during a page load
   * one task can also hold the page's parsing or an error page's scripts (refused iframes).
   */
  readonly longestTaskMs: number;
}

/**
 * Records a CPU profile (100 µs sampling) while `action` runs and attributes samples to scripts by URL. The profile sees every JS frame, also promise continuations
 * and callbacks that trace events leave unattributed.
 */
export async function measure(page: Page, urlPrefix: string, action: () => Promise<void>): Promise<Measurement> {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => {
    events.push(...(e.value as unknown as TraceEvent[]));
  });
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: SAMPLE_US });
  await cdp.send('Tracing.start', {
    traceConfig: { includedCategories: ['toplevel', '__metadata'] },
    transferMode: 'ReportEvents',
  } as never);
  await cdp.send('Profiler.start');
  await action();
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: CpuProfile };
  const done = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.end');
  await done;
  await cdp.detach();

  // A sample counts when any frame on its stack is one of ours: regex matching, DOM calls and
  // garbage collection show up as child nodes without a URL, and belong to the script calling them.
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const direct = new Set(profile.nodes.filter((n) => n.callFrame.url.startsWith(urlPrefix)).map((n) => n.id));
  const ours = new Set<number>();
  for (const n of profile.nodes) {
    for (let id: number | undefined = n.id; id !== undefined; id = parent.get(id)) {
      if (direct.has(id)) {
        ours.add(n.id);
        break;
      }
    }
  }
  const ourSamples: { time: number; us: number }[] = [];
  let scriptUs = 0;
  let t = profile.startTime;
  profile.samples.forEach((id, i) => {
    const dt = profile.timeDeltas[i] ?? 0;
    t += dt;
    if (ours.has(id)) {
      scriptUs += Math.min(dt, 1000);
      ourSamples.push({ time: t, us: Math.min(dt, 1000) });
    }
  });
  // For each of our samples, the innermost main-thread task containing it: navigation runs nested
  // message loops whose outer "tasks" span idle time, so only the innermost one is the real task.
  const mainTids = new Set(
    events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`),
  );
  const tasks = events
    .filter((e) => e.ph === 'X' && e.name === 'ThreadControllerImpl::RunTask' && mainTids.has(`${e.pid}:${e.tid}`))
    .map((e) => ({ start: e.ts, end: e.ts + (e.dur ?? 0) }))
    .sort((x, y) => x.end - x.start - (y.end - y.start));
  const perTask = new Map<(typeof tasks)[number], number>();
  for (const { time, us } of ourSamples) {
    const task = tasks.find((k) => k.start <= time && time <= k.end);
    if (task) perTask.set(task, (perTask.get(task) ?? 0) + us);
  }
  const longest = Math.max(0, ...perTask.values());
  return { scriptMs: scriptUs / 1000, longestTaskMs: longest / 1000 };
}

/** JS heap in use after a full collection, in bytes. */
export async function heapAfterGc(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  await cdp.detach();
  return usedSize;
}
