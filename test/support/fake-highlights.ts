/**
 * The CSS Custom Highlight API as jsdom lacks it: a `Highlight` that is a set of ranges and a
 * `CSS.highlights` registry, enough to test what the content script registers and keeps.
 */
export class FakeHighlight extends Set<AbstractRange> {
  priority = 0;
}

export interface FakeHighlights {
  readonly registry: Map<string, FakeHighlight>;
  /** Every range registered under a name starting with `prefix`. */
  readonly ranges: (prefix?: string) => AbstractRange[];
  readonly uninstall: () => void;
}

export function installFakeHighlights(): FakeHighlights {
  const registry = new Map<string, FakeHighlight>();
  const g = globalThis as { Highlight?: unknown; CSS?: unknown };
  const before = { highlight: g.Highlight, css: g.CSS };
  g.Highlight = FakeHighlight;
  // jsdom names `CSS` but leaves it undefined.
  g.CSS = { ...(before.css ?? {}), highlights: registry };
  return {
    registry,
    ranges: (prefix = '') => [...registry].filter(([name]) => name.startsWith(prefix)).flatMap(([, h]) => [...h]),
    uninstall: () => {
      g.Highlight = before.highlight;
      g.CSS = before.css;
    },
  };
}
