/** Longest stretch of work before giving the page's main thread back. */
const SLICE_MS = 8;

interface SchedulerWithPostTask {
  postTask?: (task: () => void, options: { priority: 'user-visible' }) => Promise<void>;
}

/**
 * Gives the main thread back so input and rendering run between slices of work. An ordinary task
 * (`postTask` at its default priority, or a timeout), not `scheduler.yield()`: a yielded
 * continuation runs ahead of the browser's frames, so the marks already found waited for the whole
 * page to be read before they were painted (Chromium showed no frame for 170 ms of slices on a
 * page of 15,000 mentions), and the frames that did come were longer.
 */
function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: SchedulerWithPostTask }).scheduler;
  if (scheduler?.postTask) return scheduler.postTask(() => undefined, { priority: 'user-visible' });
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * A clock for one slice: `due()` says when to yield. It reads the time on every fourth call only:
 * callers ask once per small unit of work (a block, a child read), and the clock itself showed up
 * in profiles.
 */
function sliceClock(): { due: () => boolean; reset: () => void } {
  let start = performance.now();
  let calls = 0;
  return {
    due: () => ++calls % 4 === 0 && performance.now() - start > SLICE_MS,
    reset: () => {
      start = performance.now();
    },
  };
}

/** When to give the page its main thread back, and doing so: `pause` resolves true to stop. */
export interface Slices {
  readonly due: () => boolean;
  readonly pause: () => Promise<boolean>;
}

/** Slices of work for one pass, which stops when `signal` aborts. */
export function workSlices(signal: AbortSignal): Slices {
  const clock = sliceClock();
  return {
    due: clock.due,
    pause: async () => {
      await yieldToMain();
      clock.reset();
      return signal.aborted;
    },
  };
}
