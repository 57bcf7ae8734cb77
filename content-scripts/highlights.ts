import type { HighlightStyle } from '../src/settings/schema';

/**
 * Highlight names registered in `CSS.highlights`. Users may restyle them with `::highlight(name)`
 * (see the README). The mention name carries the style so that the stylesheet the manifest injects
 * needs no runtime changes.
 */
export const HIGHLIGHT_NAMES = {
  underline: 'spasm-lens-underline',
  background: 'spasm-lens-background',
  other: 'spasm-lens-other',
  active: 'spasm-lens-active',
} as const;

export interface HighlightLayer {
  readonly add: (range: AbstractRange, kind: 'muscle' | 'other') => void;
  readonly delete: (range: AbstractRange) => void;
  readonly setActive: (range: AbstractRange | null) => void;
  /** Puts our highlights back if the page cleared or replaced them; cheap when nothing changed. */
  readonly ensureRegistered: () => void;
  readonly setStyle: (style: HighlightStyle) => void;
  /** Removes every range but stays registered. */
  readonly reset: () => void;
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

export function createHighlightLayer(initialStyle: HighlightStyle): HighlightLayer {
  // Nothing is made or registered until there is something to mark: pages without mentions (most
  // of them) see no change in CSS.highlights at all, and pay for no Highlight objects.
  let sets: { muscle: Highlight; other: Highlight; active: Highlight } | null = null;
  let style = initialStyle;
  const entries = (): [string, Highlight][] =>
    sets
      ? [
          [HIGHLIGHT_NAMES[style], sets.muscle],
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
    for (const name of Object.values(HIGHLIGHT_NAMES)) {
      const h = CSS.highlights.get(name);
      if (h && ours.includes(h)) CSS.highlights.delete(name);
    }
  };
  const clear = () => {
    sets?.muscle.clear();
    sets?.other.clear();
    sets?.active.clear();
  };
  return {
    add: (range, kind) => {
      if (!sets) {
        const active = new Highlight();
        // The open mention paints above the plain marks.
        active.priority = 1;
        sets = { muscle: new Highlight(), other: new Highlight(), active };
        ensureRegistered();
      }
      (kind === 'muscle' ? sets.muscle : sets.other).add(range);
    },
    delete: (range) => {
      sets?.muscle.delete(range);
      sets?.other.delete(range);
      sets?.active.delete(range);
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
    reset: clear,
    dispose: () => {
      clear();
      unregister();
    },
  };
}
