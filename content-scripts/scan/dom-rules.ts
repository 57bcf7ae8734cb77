import { words } from '../../src/terms/words';

/**
 * Which parts of a page hold readable prose. Text inside these is never scanned: code, form
 * controls, editors (marking there would fight the user's typing) and the extension's own UI.
 */
const SKIPPED_TAGS = words(
  `script style noscript textarea input select option code pre kbd samp var svg math canvas iframe object embed video audio head title button`,
);

/**
 * The extension's own elements (the tooltip's host): known by identity, not by name, so the scan
 * and the watcher never read them and no page can pose as one. The tooltip claims its host here
 * when it makes it and releases it when it goes: the one link from ui/ to what scan/ skips.
 */
const ownElements = new WeakSet<Element>();
export const claimAsOwnUi = (el: Element): void => void ownElements.add(el);
export const releaseOwnUi = (el: Element): void => void ownElements.delete(el);
export const isOwnUi = (node: Node): boolean => ownElements.has(node as Element);

/** Elements laid out inline: text across them is one run ("muscle <em>spasm</em>"). */
const INLINE_TAGS = new Set(
  words(
    `a abbr acronym b bdi bdo big cite data del dfn em font i ins label mark nobr q ruby rb rp rt s small span strike strong sub sup time tt u wbr`,
  ),
);

const SKIPPED = new Set(SKIPPED_TAGS);
/**
 * What makes any other element skipped: attributes only. One selector, so it is a single native
 * `matches` call, made only for elements that have attributes at all.
 */
const SKIP_BY_ATTRIBUTE =
  '[contenteditable]:not([contenteditable="false"]),[role="textbox"],' +
  // Code editors: CodeMirror 5 and 6, Monaco, Ace, ProseMirror.
  '.CodeMirror,.cm-editor,.monaco-editor,.ace_editor,.ProseMirror';

/**
 * The parts of a page around its text, by the names the web gives them (HTML's <nav>, ARIA's and
 * DPUB-ARIA's roles, and the classes of MediaWiki, the commonest long-article software): their
 * mentions repeat the text's own or name a paper. Not read unless the reader asks for them.
 */
const PAGE_PARTS =
  '[role=navigation],[role=doc-toc],[role=doc-bibliography],[role=doc-endnotes],#toc,.toc,' +
  '.infobox,.navbox,.vertical-navbox,.reflist,.references,.mw-references-wrap,.footnotes';
let skipByAttribute = '';

/** Whether the page's navigation, contents and references are read (see `PAGE_PARTS`). */
export function readPageParts(read: boolean): void {
  skipByAttribute = read ? SKIP_BY_ATTRIBUTE : `${SKIP_BY_ATTRIBUTE},${PAGE_PARTS}`;
  if (read) SKIPPED.delete('nav');
  else SKIPPED.add('nav');
}
readPageParts(false);

/**
 * A text/plain document is shown as one <pre>: there the <pre> is the text to read, not code.
 * (Checked only for a <pre>, and only once per document.)
 */
let plainText: boolean | undefined;

export function isInline(el: Element): boolean {
  return INLINE_TAGS.has(el.localName);
}

/**
 * How a walk treats an element: its text joins the run (inline), starts a new one (block), or is
 * not read (skipped). Numbers, so a walk compares without strings.
 */
export const INLINE = 0;
export const BLOCK = 1;
export const SKIPPED_ELEMENT = 2;
export type Layout = typeof INLINE | typeof BLOCK | typeof SKIPPED_ELEMENT;

/** `isSkipped` and `isInline` in one reading of the element's name: a walk asks both of every element. */
export function layoutOf(el: Element): Layout {
  if (isOwnUi(el)) return SKIPPED_ELEMENT;
  const name = el.localName;
  if (SKIPPED.has(name))
    return name !== 'pre' || !(plainText ??= document.contentType === 'text/plain') ? SKIPPED_ELEMENT : BLOCK;
  if (el.hasAttributes() && el.matches(skipByAttribute)) return SKIPPED_ELEMENT;
  return INLINE_TAGS.has(name) ? INLINE : BLOCK;
}

export const isSkipped = (el: Element): boolean => layoutOf(el) === SKIPPED_ELEMENT;

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
    if (cur.nodeType === Node.DOCUMENT_FRAGMENT_NODE) return isShadowRoot(cur) ? cur : null;
    if (cur.nodeType !== Node.ELEMENT_NODE) return null;
    if (!isInline(cur as Element)) return cur as Element;
  }
  return null;
}

export function isShadowRoot(node: Node): node is ShadowRoot {
  return node.nodeType === Node.DOCUMENT_FRAGMENT_NODE && 'host' in node;
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

/**
 * True when the node or an ancestor (across shadow boundaries) is skipped, e.g. inside a
 * contenteditable. `memo` keeps verdicts for ancestors already seen during one pass, so a page of
 * many paragraphs asks about <body> once, not once per paragraph.
 */
export function isInsideSkipped(node: Node, memo?: Map<Element, boolean>): boolean {
  const seen: Element[] = [];
  let verdict = false;
  let el: Element | null = node instanceof Element ? node : node.parentElement;
  while (el) {
    const known = memo?.get(el);
    if (known !== undefined) {
      verdict = known;
      break;
    }
    seen.push(el);
    if (isSkipped(el)) {
      verdict = true;
      break;
    }
    const parent: Element | null = el.parentElement;
    if (parent) el = parent;
    else {
      const root = el.getRootNode();
      el = root instanceof ShadowRoot ? root.host : null;
    }
  }
  // Reached the top with nothing skipped: the whole document may be editable.
  if (!el) verdict = node.ownerDocument?.designMode === 'on';
  // Everything below a skipped element is skipped; everything below a clear path is clear.
  if (memo) for (const e of seen) memo.set(e, verdict);
  return verdict;
}
