/**
 * What painting marks needs and jsdom lacks: the CSS Custom Highlight API (a `Highlight` that is a
 * set of ranges, a `CSS.highlights` registry) and an IntersectionObserver whose idea of the
 * viewport the test sets (by default every element is in view).
 */
export class FakeHighlight extends Set<AbstractRange> {
  priority = 0;
}

export interface FakeHighlights {
  readonly registry: Map<string, FakeHighlight>;
  /** Says which elements are near the viewport from now on, and reports the change as the browser would. */
  readonly setInView: (inView: (element: Element) => boolean) => void;
  /** Every range registered under a name starting with `prefix`. */
  readonly ranges: (prefix?: string) => AbstractRange[];
  readonly uninstall: () => void;
}

interface Entry {
  readonly target: Element;
  readonly isIntersecting: boolean;
  readonly boundingClientRect: DOMRect;
}

export function installFakeHighlights(): FakeHighlights {
  const registry = new Map<string, FakeHighlight>();
  const g = globalThis as { Highlight?: unknown; CSS?: unknown; IntersectionObserver?: unknown };
  const before = { highlight: g.Highlight, css: g.CSS, observer: g.IntersectionObserver };
  let inView: (element: Element) => boolean = () => true;
  const observers = new Set<FakeIntersectionObserver>();
  class FakeIntersectionObserver {
    readonly #callback: (entries: Entry[]) => void;
    readonly #targets = new Map<Element, boolean>();
    constructor(callback: (entries: Entry[]) => void) {
      this.#callback = callback;
      observers.add(this);
    }
    observe(target: Element) {
      this.#targets.set(target, false);
      // Reported after the next frame, as browsers do: here, after a macrotask.
      setTimeout(() => this.report(true), 0);
    }
    unobserve(target: Element) {
      this.#targets.delete(target);
    }
    disconnect() {
      this.#targets.clear();
      observers.delete(this);
    }
    /** Reports the targets whose state changed (`all`: also those never reported). */
    report(all = false) {
      const entries: Entry[] = [];
      for (const [target, was] of this.#targets) {
        const now = inView(target);
        if (now !== was || all)
          entries.push({ target, isIntersecting: now, boundingClientRect: target.getBoundingClientRect() });
        this.#targets.set(target, now);
      }
      if (entries.length > 0) this.#callback(entries);
    }
  }
  g.IntersectionObserver = FakeIntersectionObserver;
  g.Highlight = FakeHighlight;
  // jsdom names `CSS` but leaves it undefined.
  g.CSS = { ...(before.css ?? {}), highlights: registry };
  return {
    registry,
    setInView: (next) => {
      inView = next;
      for (const o of observers) o.report();
    },
    ranges: (prefix = '') => [...registry].filter(([name]) => name.startsWith(prefix)).flatMap(([, h]) => [...h]),
    uninstall: () => {
      g.Highlight = before.highlight;
      g.IntersectionObserver = before.observer;
      g.CSS = before.css;
    },
  };
}
