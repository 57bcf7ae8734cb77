import type { CDPSession, Page } from 'playwright-core';

export interface ProfileNode {
  id: number;
  callFrame: { url: string; functionName: string; lineNumber: number };
  children?: number[];
  /** Samples taken in this node itself, by source line. */
  positionTicks?: { line: number; ticks: number }[];
}
export interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}
const SAMPLE_US = 100;

/** The usual time between samples: their median (the requested interval is not always kept). */
export function sampleInterval(deltas: readonly number[]): number {
  const sorted = deltas.filter((d) => d > 0).sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? SAMPLE_US;
}

/** The page's CPU profile, sampled every `intervalUs` (as requested) while `action` runs. */
export async function recordProfile(page: Page, intervalUs: number, action: () => Promise<void>): Promise<CpuProfile> {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: intervalUs });
  await cdp.send('Profiler.start');
  await action();
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: CpuProfile };
  await cdp.detach();
  return profile;
}

export interface Measurement {
  /** Main-thread JS time attributed to scripts whose URL starts with the prefix, in ms. */
  readonly scriptMs: number;
  /**
   * The longest stretch of those scripts' work without a break, in ms: consecutive samples all in
   * them, the main thread held from input and rendering. Two of their tasks back to back with
   * nothing sampled between count as one stretch, which errs on the long side. (Not the length of
   * the trace task around it: during a page load one task also holds the page's parsing or an error
   * page's scripts, and in this Chromium the trace's clock and the profile's disagree by seconds.)
   */
  readonly longestTaskMs: number;
}

/**
 * Records a CPU profile (100 µs sampling) while `action` runs and attributes samples to scripts by
 * URL: the same V8 sampler a Chrome trace records, asked for directly. The profile sees every JS
 * frame, also promise continuations and callbacks that trace events leave unattributed.
 */
export async function measure(page: Page, urlPrefix: string, action: () => Promise<void>): Promise<Measurement> {
  return scriptTime(await recordProfile(page, SAMPLE_US, action), urlPrefix);
}

/** Each sample's time: the time since the one before, at most twice the profile's usual interval. */
function sampleTimes(profile: CpuProfile): number[] {
  // On a busy machine the sampler itself is sometimes late by a millisecond or more, and the late
  // sample would carry all of that: each counts for at most twice the usual interval, on both
  // sides of every comparison.
  const cap = 2 * sampleInterval(profile.timeDeltas);
  return profile.samples.map((_, i) => Math.min(Math.max(profile.timeDeltas[i] ?? 0, 0), cap));
}

/** The time of a profile's samples in scripts whose URL starts with `urlPrefix`, and its longest stretch. */
export function scriptTime(profile: CpuProfile, urlPrefix: string): Measurement {
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
  const times = sampleTimes(profile);
  let scriptUs = 0;
  let stretch = 0;
  let longest = 0;
  profile.samples.forEach((id, i) => {
    if (!ours.has(id)) {
      stretch = 0;
      return;
    }
    const us = times[i] ?? 0;
    scriptUs += us;
    stretch += us;
    longest = Math.max(longest, stretch);
  });
  return { scriptMs: scriptUs / 1000, longestTaskMs: longest / 1000 };
}

/** The time a profile's thread was busy at all (every sample but idle ones), in ms: a worker's whole cost. */
export function busyMs(profile: CpuProfile): number {
  const idle = new Set(profile.nodes.filter((n) => n.callFrame.functionName === '(idle)').map((n) => n.id));
  const times = sampleTimes(profile);
  let us = 0;
  profile.samples.forEach((id, i) => {
    if (!idle.has(id)) us += times[i] ?? 0;
  });
  return us / 1000;
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
