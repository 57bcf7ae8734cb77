/** Runs `undo` once when `signal` aborts: how every listener, observer and timer of ours is removable. */
export function onAbort(signal: AbortSignal, undo: () => void): void {
  signal.addEventListener('abort', undo, { once: true });
}
