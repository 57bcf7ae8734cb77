/**
 * Tells the background how many mentions this frame marks, for the badge, without a message on
 * pages that have none (most pages): the browser clears a tab's badge when it navigates, and the
 * background checks the other frames it knows of whenever one reports (see background/badge.ts), so
 * "nothing yet" needs no message. A frame that had reported mentions says 0 when its page is hidden,
 * and reports again when it is shown from the back/forward cache.
 */
export interface CountReporter {
  /** The number of marked mentions changed. */
  readonly set: (count: number) => void;
  /** The current count, for the background's check. */
  readonly current: () => number;
}

export function createCountReporter(
  send: (count: number) => void,
  target: EventTarget,
  signal: AbortSignal,
): CountReporter {
  let current = 0;
  /** What the background was last told for this document: nothing yet is 0. */
  let sent = 0;
  let listening = false;
  const tell = (count: number) => {
    if (count === sent) return;
    sent = count;
    send(count);
  };
  const listen = () => {
    listening = true;
    target.addEventListener('pagehide', () => tell(0), { signal });
    target.addEventListener(
      'pageshow',
      (event) => {
        if ((event as PageTransitionEvent).persisted) tell(current);
      },
      { signal },
    );
  };
  return {
    set: (count) => {
      current = count;
      if (count > 0 && !listening && !signal.aborted) listen();
      tell(count);
    },
    current: () => current,
  };
}
