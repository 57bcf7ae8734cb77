import type { Sense } from '../../src/matching/types';
import type { HighlightStyle, MarkColor } from '../../src/settings/schema';

/**
 * Highlight names registered in `CSS.highlights`. Users may restyle them with `::highlight(name)`
 * (see the README). The mention name carries the style and the colour (`-blue` …; none for the
 * text's own colour) so that the stylesheet the manifest injects needs no runtime changes.
 */
const NAME = 'spasm-lens-';
const HIGHLIGHT_NAMES = {
  underline: `${NAME}underline`,
  background: `${NAME}background`,
  other: `${NAME}other`,
  active: `${NAME}active`,
} as const;

export interface HighlightLayer {
  /** Adds a mention's range to the highlight for its sense (muscle, or another medical sense). */
  readonly add: (range: AbstractRange, sense: Sense) => void;
  readonly delete: (range: AbstractRange) => void;
  /** Removes many ranges at once: rebuilds a highlight rather than deleting from it one by one. */
  readonly deleteMany: (ranges: readonly AbstractRange[]) => void;
  readonly setActive: (range: AbstractRange | null) => void;
  /** Puts our highlights back if the page cleared or replaced them; cheap when nothing changed. */
  readonly ensureRegistered: () => void;
  readonly setStyle: (name: string) => void;
  /** Removes every range and unregisters: the page is as if we never ran. */
  readonly dispose: () => void;
}

/**
 * `in`, not `typeof`: asking whether the global has the interface does not make the interface
 * object, which every page would pay for. Every engine shipped `Highlight` with `CSS.highlights`.
 */
export function highlightsSupported(): boolean {
  return 'Highlight' in globalThis && 'CSS' in globalThis;
}

const KINDS = ['muscle', 'other'] as const;

/** The highlight name of a mention under a style and a colour. */
export const markName = (style: HighlightStyle, color: MarkColor): string =>
  HIGHLIGHT_NAMES[style] + (color === 'text' ? '' : `-${color}`);

export function createHighlightLayer(initialStyle: string): HighlightLayer {
  // Nothing is made or registered until there is something to mark: pages without mentions (most
  // of them) see no change in CSS.highlights at all, and pay for no Highlight objects.
  let sets: { muscle: Highlight; other: Highlight; active: Highlight } | null = null;
  let style = initialStyle;
  const entries = (): [string, Highlight][] =>
    sets
      ? [
          [style, sets.muscle],
          [HIGHLIGHT_NAMES.other, sets.other],
          [HIGHLIGHT_NAMES.active, sets.active],
        ]
      : [];
  const ensureRegistered = () => {
    for (const [name, h] of entries()) {
      if (CSS.highlights.get(name) !== h) CSS.highlights.set(name, h);
    }
  };
  const unregister = () => {
    if (!sets) return;
    const ours: Highlight[] = [sets.muscle, sets.other, sets.active];
    for (const [name] of entries()) {
      const h = CSS.highlights.get(name);
      if (h && ours.includes(h)) CSS.highlights.delete(name);
    }
  };
  // What each highlight holds, kept on our side too: Firefox's content scripts cannot read a
  // Highlight's ranges back, and rebuilding one needs them.
  const mine = { muscle: new Set<AbstractRange>(), other: new Set<AbstractRange>() };
  const remove = (range: AbstractRange) => {
    for (const k of KINDS) if (mine[k].delete(range)) sets?.[k].delete(range);
    sets?.active.delete(range);
  };
  const clear = () => {
    for (const k of KINDS) mine[k].clear();
    sets?.muscle.clear();
    sets?.other.clear();
    sets?.active.clear();
  };
  return {
    add: (range, sense) => {
      const kind = sense === 'muscle' ? 'muscle' : 'other';
      if (!sets) {
        const active = new Highlight();
        // The open mention paints above the plain marks.
        active.priority = 1;
        sets = { muscle: new Highlight(), other: new Highlight(), active };
        ensureRegistered();
      }
      sets[kind].add(range);
      mine[kind].add(range);
    },
    delete: remove,
    deleteMany: (ranges) => {
      if (!sets || ranges.length < 16) {
        for (const r of ranges) remove(r);
        return;
      }
      // Firefox deletes a range from a highlight in time proportional to the highlight's size, so
      // 10,000 deletes from 10,000 ranges took seconds: refilling it with what stays is one pass.
      for (const k of KINDS) {
        const before = mine[k].size;
        for (const r of ranges) mine[k].delete(r);
        if (mine[k].size === before) continue;
        sets[k].clear();
        for (const r of mine[k]) sets[k].add(r);
      }
      for (const r of ranges) sets.active.delete(r);
    },
    setActive: (range) => {
      sets?.active.clear();
      if (range) sets?.active.add(range);
    },
    ensureRegistered,
    setStyle: (next) => {
      if (next === style) return;
      unregister();
      style = next;
      ensureRegistered();
    },
    dispose: () => {
      clear();
      unregister();
    },
  };
}
