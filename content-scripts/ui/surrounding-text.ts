import { INLINE, layoutOf, SKIPPED_ELEMENT } from '../scan/dom-rules';

/**
 * The page's text before a mention's block, as the ranking reads structure: a list item starts
 * with "- " on a line of its own, any other block as a paragraph. So a list item ("muscle cramps")
 * reaches the background with the lead-in that governs it ("Loss of kidney function can cause:")
 * and the items before it, as they stand on the page. (What governs a mention comes before it.)
 */

const FURNITURE = 'nav,header,footer,aside,[role=navigation],[role=banner]';

/** What a block starts with in the text the ranking reads. */
const opening = (block: Node | null): string => (block?.nodeName === 'LI' ? '\n- ' : '\n\n');

/**
 * Up to `limit` characters of the page's text before `container` (a block container), ending with
 * what `container` starts with.
 */
export function textBefore(container: Element | ShadowRoot, limit: number): string {
  const walker = document.createTreeWalker(container.getRootNode(), NodeFilter.SHOW_TEXT);
  walker.currentNode = container;
  let out = '';
  let block: Node | null = container;
  for (let node = walker.previousNode(); node && out.length < limit; node = walker.previousNode()) {
    // The block the text belongs to: its nearest ancestor that is not inline. Code, scripts and
    // form controls are not prose.
    let owner = node.parentElement;
    while (owner && layoutOf(owner) === INLINE) owner = owner.parentElement;
    if (owner && layoutOf(owner) === SKIPPED_ELEMENT) continue;
    if (owner !== block) {
      // Menus and page furniture say what the site is about, not what brought on this cramp.
      if (owner?.closest(FURNITURE)) continue;
      out = opening(block) + out;
    }
    block = owner;
    out = (node as Text).data + out;
  }
  return out.slice(-limit);
}
