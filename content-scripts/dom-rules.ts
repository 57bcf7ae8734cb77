import { words } from '../src/terms/lexicon';

/**
 * Which parts of a page hold readable prose. Text inside these is never scanned: code, form
 * controls, editors (marking there would fight the user's typing) and the extension's own UI.
 */
const SKIPPED_TAGS = words(
  `script style noscript template textarea input select option code pre kbd samp var svg math canvas iframe object embed video audio head title meta link button`,
);
const EDITOR_CLASSES = ['CodeMirror', 'cm-editor', 'monaco-editor', 'ace_editor', 'ProseMirror'];

/** The tag of the tooltip's host element, so the scanner never reads the extension's own UI. */
export const HOST_TAG = 'spasm-lens-host';

/** Elements laid out inline: text across them is one run ("muscle <em>spasm</em>"). */
const INLINE_TAGS = new Set(
  words(
    `a abbr acronym b bdi bdo big cite data del dfn em font i ins label mark nobr q ruby rb rp rt s small span strike strong sub sup time tt u wbr`,
  ),
);

/**
 * One selector for everything skipped, so the test is a single native `matches` call per element
 * instead of several attribute and class look-ups from script.
 */
const SKIP_SELECTOR = [
  ...SKIPPED_TAGS,
  HOST_TAG,
  '[contenteditable]:not([contenteditable="false"])',
  '[role="textbox"]',
  ...EDITOR_CLASSES.map((c) => `.${c}`),
].join(',');

export function isSkipped(el: Element): boolean {
  return el.matches(SKIP_SELECTOR);
}

export function isInline(el: Element): boolean {
  return INLINE_TAGS.has(el.localName);
}

/**
 * Where the page's readable text is: the body. The head holds only the title, styles and scripts,
 * whose (sometimes very large) text need not be walked at all.
 */
export function pageRoot(): Element {
  return document.body ?? document.documentElement;
}

/** The nearest ancestor laid out as a block (or the shadow root holding the text): one text unit. */
export function blockContainerOf(node: Node): Element | ShadowRoot | null {
  for (let cur = node.parentNode; cur; cur = cur.parentNode) {
    if (cur.nodeType === 11) return isShadowRoot(cur) ? cur : null;
    if (cur.nodeType !== 1) return null;
    if (!isInline(cur as Element)) return cur as Element;
  }
  return null;
}

export function isShadowRoot(node: Node): node is ShadowRoot {
  return node.nodeType === 11 && 'host' in node;
}

/** The outermost block elements inside an inline element ("<a><div>…</div></a>"). */
export function topBlocksWithin(el: Element): Element[] {
  const out: Element[] = [];
  const stack: Element[] = [...el.children];
  while (stack.length > 0) {
    const c = stack.pop() as Element;
    if (isSkipped(c)) continue;
    if (isInline(c)) stack.push(...c.children);
    else out.push(c);
  }
  return out;
}

/** True when any ancestor (across shadow boundaries) is skipped, e.g. inside a contenteditable. */
export function isInsideSkipped(node: Node): boolean {
  let el: Element | null = node instanceof Element ? node : node.parentElement;
  while (el) {
    if (isSkipped(el)) return true;
    const parent: Element | null = el.parentElement;
    if (parent) el = parent;
    else {
      const root = el.getRootNode();
      el = root instanceof ShadowRoot ? root.host : null;
    }
  }
  return node.ownerDocument?.designMode === 'on';
}
