import type { ViewChild } from '../../../src/tooltip/view';
import type { Theme } from '../../../src/settings/schema';

export const DARK_SCHEME = '(prefers-color-scheme: dark)';

/**
 * Whether the page is dark behind `node`: by the first background of its own or an ancestor's that
 * is mostly opaque; null when none is (the page says nothing: a transparent page shows the canvas).
 */
export function pageIsDark(node: Node | null): boolean | null {
  for (let e = node instanceof Element ? node : node?.parentElement; e; e = e.parentElement) {
    const color = getComputedStyle(e).backgroundColor;
    // Serialised as rgb() or rgba() for every sRGB colour; other spaces are passed over.
    const [r = 0, g = 0, b = 0, a = 1] = color.startsWith('rgb')
      ? (color.match(/[\d.]+/g) ?? []).map(Number)
      : [0, 0, 0, 0];
    if (a > 0.5) return r * 0.299 + g * 0.587 + b * 0.114 < 128;
  }
  return null;
}

/**
 * "auto" follows the page the tooltip opens on (light or dark by its background), and the system's
 * scheme only where the page says nothing; the stylesheet switches its palette by a class.
 */
export const isDark = (theme: Theme, anchor: Node | null): boolean =>
  theme === 'dark' ||
  (theme === 'auto' && (pageIsDark(anchor) ?? (typeof matchMedia === 'function' && matchMedia(DARK_SCHEME).matches)));

/**
 * Builds a view from the background (validated by `parseView`) with element creation, attributes
 * and text nodes only: never HTML strings, so no text of the page ever becomes markup.
 */
export function build(view: ViewChild): Node {
  if (typeof view === 'string') return document.createTextNode(view);
  const [tag, attributes, ...children] = view;
  const node = document.createElement(tag);
  for (const name in attributes) node.setAttribute(name, attributes[name] ?? '');
  node.append(...children.map(build));
  return node;
}
