import type { CDPSession, Page } from 'puppeteer-core';
import { accessibilityTree, isFocused, nameOf, roleOf } from './accessibility';
import { bidi, bidiContext, type ExtBrowser } from './launch';
import { OPEN_DELAY_MS } from '../../../content-scripts/ui/timing';
import { sleep } from './marks';

export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface TooltipState {
  readonly open: boolean;
  /** The dialog's accessible name. */
  readonly name: string;
  /** Cause titles, in the order shown. */
  readonly causes: string[];
  /** All text of the dialog. */
  readonly text: string;
  readonly box: Box | null;
  readonly background: string;
  /** What the live region says ("Mention 3 of 7"); Chromium: from the accessibility tree. */
  readonly announced: string;
  /** Whether focus is inside the tooltip (its closed root's active element is in the card). */
  readonly focused: boolean;
}

const CLOSED: TooltipState = {
  open: false,
  name: '',
  causes: [],
  text: '',
  box: null,
  background: '',
  announced: '',
  focused: false,
};

/**
 * Runs `fn(root, arg)` on each closed shadow root of the page (the tooltip lives in one, out of the
 * page's reach) and returns the first result that is not null. Chromium: CDP pierces closed roots;
 * Firefox: WebDriver BiDi serializes them with `includeShadowTree: 'all'`.
 */
export async function inClosedRoots<A, R>(
  ext: ExtBrowser,
  page: Page,
  fn: (root: ShadowRoot, arg: A) => R | null,
  arg: A,
): Promise<R | null> {
  const wrapped = `function (root, json) { return JSON.stringify((${fn.toString()})(root, JSON.parse(json))); }`;
  const json = JSON.stringify(arg ?? null);
  if (ext.name === 'chromium') {
    const cdp = await page.createCDPSession();
    try {
      for (const objectId of await closedRootsCdp(cdp)) {
        const { result } = (await cdp.send('Runtime.callFunctionOn', {
          objectId,
          functionDeclaration: `function (json) { return (${wrapped})(this, json); }`,
          arguments: [{ value: json }],
          returnByValue: true,
        })) as { result: { value?: string } };
        const value = JSON.parse(result.value ?? 'null') as R | null;
        if (value !== null) return value;
      }
    } finally {
      await cdp.detach();
    }
    return null;
  }
  const context = bidiContext(page);
  type Remote = { type: string; sharedId?: string; value?: { shadowRoot?: Remote | null; mode?: string } };
  const listed = await bidi<{ result: { value?: Remote[] } }>(ext.browser, 'script.evaluate', {
    expression:
      '[...document.documentElement.children, ...(document.fullscreenElement ? [document.fullscreenElement] : [])]',
    target: { context },
    awaitPromise: false,
    serializationOptions: { includeShadowTree: 'all', maxDomDepth: 1 },
  });
  for (const node of listed.result.value ?? []) {
    const root = node.value?.shadowRoot;
    if (!root?.sharedId || root.value?.mode !== 'closed') continue;
    const out = await bidi<{ result: { value?: string } }>(ext.browser, 'script.callFunction', {
      functionDeclaration: wrapped,
      arguments: [{ sharedId: root.sharedId }, { type: 'string', value: json }],
      target: { context },
      awaitPromise: false,
    });
    const value = JSON.parse(out.result.value ?? 'null') as R | null;
    if (value !== null) return value;
  }
  return null;
}

async function closedRootsCdp(cdp: CDPSession): Promise<string[]> {
  type DomNode = { nodeId: number; shadowRootType?: string; children?: DomNode[]; shadowRoots?: DomNode[] };
  const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
  const found: number[] = [];
  const walk = (n: DomNode) => {
    if (n.shadowRootType === 'closed') found.push(n.nodeId);
    for (const c of [...(n.children ?? []), ...(n.shadowRoots ?? [])]) walk(c);
  };
  walk(root);
  const ids: string[] = [];
  for (const nodeId of found) {
    const { object } = (await cdp.send('DOM.resolveNode', { nodeId })) as { object: { objectId?: string } };
    if (object.objectId) ids.push(object.objectId);
  }
  return ids;
}

/** The tooltip as the DOM of its closed root has it: role, accessible name (aria-labelledby), causes, box. */
function readCard(root: ShadowRoot): Omit<TooltipState, 'open'> | null {
  const card = root.querySelector<HTMLElement>('[role="dialog"], [role="tooltip"]');
  if (!card?.isConnected) return null;
  const ids = (card.getAttribute('aria-labelledby') ?? '').split(/\s+/).filter(Boolean);
  const name =
    card.getAttribute('aria-label') ??
    ids
      .map((id) => root.getElementById(id)?.textContent ?? '')
      .join(' ')
      .trim();
  const causes = [...card.querySelectorAll('li button')].map(
    (b) => b.getAttribute('aria-label') ?? (b.textContent ?? '').trim(),
  );
  const texts: string[] = [];
  const walker = document.createTreeWalker(card, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const t = (n.nodeValue ?? '').trim();
    if (t) texts.push(t);
  }
  const b = card.getBoundingClientRect();
  const active = root.activeElement;
  return {
    announced: (root.querySelector('[role="status"]')?.textContent ?? '').trim(),
    focused: active !== null && (active === card || card.contains(active)),
    name,
    causes,
    text: texts.join(' '),
    box: { x: b.x, y: b.y, width: b.width, height: b.height },
    background: getComputedStyle(card).backgroundColor,
  };
}

/** Chromium: the dialog and the live region as assistive technology sees them. */
async function readAccessibilityTree(
  page: Page,
): Promise<Pick<TooltipState, 'name' | 'causes' | 'text' | 'announced' | 'focused'> | null> {
  const tree = await accessibilityTree(page);
  const dialog = tree.nodes.find((n) => roleOf(n) === 'dialog' && !n.ignored);
  if (!dialog) return null;
  const texts: string[] = [];
  const causes: string[] = [];
  let focused = false;
  tree.walk(dialog, (n, ancestors) => {
    if (isFocused(n)) focused = true;
    if (roleOf(n) === 'StaticText' && nameOf(n)) texts.push(nameOf(n));
    if (roleOf(n) === 'button' && ancestors.includes('listitem') && nameOf(n)) causes.push(nameOf(n));
  });
  const announced: string[] = [];
  const status = tree.nodes.find((n) => roleOf(n) === 'status' && !n.ignored);
  if (status) tree.walk(status, (n) => roleOf(n) === 'StaticText' && nameOf(n) && announced.push(nameOf(n)));
  return { name: nameOf(dialog), causes, text: texts.join(' '), announced: announced.join(' ').trim(), focused };
}

/**
 * Reads the tooltip. In Chromium its name, causes and text come from the accessibility tree, so the
 * tests see what a screen reader gets; Firefox has no accessibility tree over its remote protocols,
 * so there they come from the closed root's DOM (role, aria-labelledby, the list's buttons).
 */
export async function readTooltip(ext: ExtBrowser, page: Page): Promise<TooltipState> {
  const dom = await inClosedRoots(ext, page, readCard, null);
  if (!dom) return CLOSED;
  if (ext.name !== 'chromium') return { open: true, ...dom };
  const ax = await readAccessibilityTree(page);
  return ax ? { ...dom, ...ax, open: true } : CLOSED;
}

/** Clicks the `index`th button matching `selector` inside the tooltip, as a keyboard user's Enter would. */
export async function clickInTooltip(ext: ExtBrowser, page: Page, selector: string, index = 0): Promise<void> {
  const clicked = await inClosedRoots(
    ext,
    page,
    (root, [sel, i]: [string, number]) => {
      const el = root.querySelectorAll<HTMLElement>(sel)[i];
      if (!el) return null;
      el.click();
      return true;
    },
    [selector, index] as [string, number],
  );
  if (!clicked) throw new Error(`no ${selector} in the tooltip`);
}

/** The on-screen box of the first occurrence of `text` inside the element matching `selector`. */
export async function textBox(page: Page, selector: string, text: string): Promise<Box> {
  return page.evaluate(
    (sel, needle) => {
      const el = document.querySelector(sel);
      if (!el) throw new Error(`no ${sel}`);
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
        const i = n.data.indexOf(needle);
        if (i < 0) continue;
        const r = document.createRange();
        r.setStart(n, i);
        r.setEnd(n, i + needle.length);
        const b = r.getBoundingClientRect();
        return { x: b.x, y: b.y, width: b.width, height: b.height };
      }
      throw new Error(`no "${needle}" in ${sel}`);
    },
    selector,
    text,
  );
}

/**
 * Moves the pointer onto a mention the way a reader would, then waits out the intent delay: until
 * the tooltip opens (up to 5 s on a busy machine), or the dwell and a margin when it is expected to
 * stay closed.
 */
export async function hover(
  ext: ExtBrowser,
  page: Page,
  selector: string,
  text: string,
  expectOpen = true,
): Promise<Box> {
  const b = await textBox(page, selector, text);
  // WebDriver BiDi refuses pointer moves outside the viewport.
  await page.mouse.move(Math.max(1, b.x - 40), b.y + b.height / 2, { steps: 2 });
  await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2, { steps: 4 });
  const dwell = OPEN_DELAY_MS + 250;
  await sleep(dwell);
  for (let waited = dwell; expectOpen && waited < 5000 && !(await readTooltip(ext, page)).open; waited += 200) {
    await sleep(200);
  }
  return b;
}

/** Where a finger taps a box: its centre. */
export const centreOf = (b: Box) => ({ x: b.x + b.width / 2, y: b.y + b.height / 2 });

/** Taps the first occurrence of `text` inside the element matching `selector`, as a finger would. */
export async function tapText(page: Page, selector: string, text: string): Promise<void> {
  const { x, y } = centreOf(await textBox(page, selector, text));
  await page.touchscreen.tap(x, y);
}

export const overlaps = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** Where the parts a reader needs are, once the card's body is scrolled to its end as a reader would. */
export interface CardReach {
  readonly close: Box;
  readonly lastCause: Box;
  readonly card: Box;
  /** The visible "Mention 3 of 8" of a stepped-to mention ('' when none). */
  readonly position: string;
}

export async function tooltipReach(ext: ExtBrowser, page: Page): Promise<CardReach | null> {
  return inClosedRoots(
    ext,
    page,
    (root) => {
      const card = root.querySelector<HTMLElement>('[role="dialog"]');
      const body = card?.querySelector<HTMLElement>('.body');
      const close = card?.querySelector('.close');
      const items = card?.querySelectorAll('li');
      const last = items?.[items.length - 1];
      if (!card || !body || !close || !last) return null;
      body.scrollTop = body.scrollHeight;
      const box = (el: Element) => {
        const b = el.getBoundingClientRect();
        return { x: b.x, y: b.y, width: b.width, height: b.height };
      };
      const pos = card.querySelector('.pos');
      const shown = pos && getComputedStyle(pos).display !== 'none' ? (pos.textContent ?? '') : '';
      return { close: box(close), lastCause: box(last), card: box(card), position: shown };
    },
    null,
  );
}

/** True when `inner` lies wholly inside a viewport of `size`. */
export const inViewport = (inner: Box, size: { width: number; height: number }) =>
  inner.x >= 0 &&
  inner.y >= 0 &&
  inner.x + inner.width <= size.width + 0.5 &&
  inner.y + inner.height <= size.height + 0.5;
