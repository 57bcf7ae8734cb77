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

export function highlightsSupported(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

export function createHighlightLayer(initialStyle: HighlightStyle): HighlightLayer {
  const muscle = new Highlight();
  const other = new Highlight();
  const active = new Highlight();
  // The open mention paints above the plain marks.
  active.priority = 1;
  let style = initialStyle;
  // Nothing is registered until there is something to mark: pages without mentions see no change
  // in CSS.highlights at all.
  let used = false;
  const entries = (): [string, Highlight][] => [
    [HIGHLIGHT_NAMES[style], muscle],
    [HIGHLIGHT_NAMES.other, other],
    [HIGHLIGHT_NAMES.active, active],
  ];
  const ensureRegistered = () => {
    if (!used) return;
    for (const [name, h] of entries()) {
      if (CSS.highlights.get(name) !== h) CSS.highlights.set(name, h);
    }
  };
  const unregister = () => {
    for (const name of Object.values(HIGHLIGHT_NAMES)) {
      const h = CSS.highlights.get(name);
      if (h === muscle || h === other || h === active) CSS.highlights.delete(name);
    }
  };
  return {
    add: (range, kind) => {
      (kind === 'muscle' ? muscle : other).add(range);
      if (!used) {
        used = true;
        ensureRegistered();
      }
    },
    delete: (range) => {
      muscle.delete(range);
      other.delete(range);
      active.delete(range);
    },
    setActive: (range) => {
      active.clear();
      if (range) active.add(range);
    },
    ensureRegistered,
    setStyle: (next) => {
      if (next === style) return;
      unregister();
      style = next;
      ensureRegistered();
    },
    reset: () => {
      muscle.clear();
      other.clear();
      active.clear();
    },
    dispose: () => {
      muscle.clear();
      other.clear();
      active.clear();
      unregister();
    },
  };
}
