/**
 * DOM helpers shared by the tooltip (content script) and the popup: plain DOM, no extension API,
 * so both may import them (see the boundaries in eslint.config.js).
 */

/** An element with a class and text, built without HTML strings. */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className = '',
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}
