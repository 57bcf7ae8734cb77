import type { Sense } from '../../src/matching/types';
import type { HighlightStyle, MarkColor } from '../../src/settings/schema';

/**
 * Highlight names registered in `CSS.highlights`. Users may restyle them with `::highlight(name)`
 * (see the README). The mention name carries the style and the colour (`-blue` …; none for the
 * text's own colour) so that the stylesheet the manifest injects needs no runtime changes.
 */
const NAME = 'spasm-lens-';

export interface HighlightLayer {
  /** Adds a mention's range to the highlight for its sense (muscle, or another medical sense). */
  readonly add: (range: AbstractRange, sense: Sense) => void;
  /**
   * Removes a range. Firefox deletes in time proportional to a highlight's size: cheap for the few
   * hundred ranges near the viewport that the layer holds (see painter.ts).
   */
  readonly delete: (range: AbstractRange) => void;
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

/** The highlight name of a mention under a style and a colour. */
export const markName = (style: HighlightStyle, color: MarkColor): string =>
  NAME + style + (color === 'text' ? '' : `-${color}`);

export function createHighlightLayer(initialStyle: string): HighlightLayer {
  // Nothing is made or registered until there is something to mark: pages without mentions (most
  // of them) see no change in CSS.highlights at all, and pay for no Highlight objects. Then, by
  // name: the muscle mentions, the other medical senses, and the open mention.
  let style = initialStyle;
  let sets: { muscle: Highlight; other: Highlight; active: Highlight } | null = null;
  const entries = (): [string, Highlight][] =>
    sets
      ? [
          [style, sets.muscle],
          [`${NAME}other`, sets.other],
          [`${NAME}active`, sets.active],
        ]
      : [];
  const ensureRegistered = () => {
    for (const [name, h] of entries()) if (CSS.highlights.get(name) !== h) CSS.highlights.set(name, h);
  };
  // Only ours: a page may have put its own highlight under one of our names.
  const unregister = () => {
    for (const [name, h] of entries()) if (CSS.highlights.get(name) === h) CSS.highlights.delete(name);
  };
  return {
    add: (range, sense) => {
      if (!sets) {
        // The open mention paints above the plain marks.
        sets = { muscle: new Highlight(), other: new Highlight(), active: new Highlight() };
        sets.active.priority = 1;
        ensureRegistered();
      }
      (sense === 'muscle' ? sets.muscle : sets.other).add(range);
    },
    delete: (range) => {
      for (const [, h] of entries()) h.delete(range);
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
      for (const [, h] of entries()) h.clear();
      unregister();
    },
  };
}
