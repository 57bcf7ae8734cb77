import type { CDPSession, Page } from 'playwright-core';

interface AXNode {
  nodeId: string;
  role?: { value: string };
  name?: { value: string };
  childIds?: string[];
  ignored?: boolean;
}

export interface TooltipState {
  readonly open: boolean;
  /** The dialog's accessible name. */
  readonly name: string;
  /** Cause titles, in the order shown (from the accessibility tree). */
  readonly causes: string[];
  /** All text of the dialog, from the accessibility tree. */
  readonly text: string;
  readonly box: { x: number; y: number; width: number; height: number } | null;
  readonly background: string;
}

async function session(page: Page): Promise<CDPSession> {
  return page.context().newCDPSession(page);
}

/** Reads the tooltip as assistive technology does (CDP accessibility tree), plus its box. */
export async function readTooltip(page: Page): Promise<TooltipState> {
  const cdp = await session(page);
  try {
    const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: AXNode[] };
    const byId = new Map(nodes.map((n) => [n.nodeId, n]));
    const dialog = nodes.find((n) => n.role?.value === 'dialog' && !n.ignored);
    if (!dialog) return { open: false, name: '', causes: [], text: '', box: null, background: '' };
    const texts: string[] = [];
    const causes: string[] = [];
    const visit = (id: string, inList: boolean) => {
      const n = byId.get(id);
      if (!n) return;
      const role = n.role?.value ?? '';
      const name = n.name?.value ?? '';
      if (role === 'StaticText' && name) texts.push(name);
      const listItem = inList || role === 'listitem';
      if (role === 'button' && inList && name) causes.push(name);
      for (const c of n.childIds ?? []) visit(c, listItem);
    };
    visit(dialog.nodeId, false);
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as {
      root: { nodeId: number; attributes?: string[]; children?: unknown[]; shadowRoots?: unknown[] };
    };
    type DomNode = { nodeId: number; attributes?: string[]; children?: DomNode[]; shadowRoots?: DomNode[] };
    let cardId = 0;
    const find = (n: DomNode) => {
      const attrs = n.attributes ?? [];
      for (let i = 0; i < attrs.length; i += 2) if (attrs[i] === 'role' && attrs[i + 1] === 'dialog') cardId = n.nodeId;
      for (const c of [...(n.children ?? []), ...(n.shadowRoots ?? [])]) find(c);
    };
    find(root as DomNode);
    let box: TooltipState['box'] = null;
    let background = '';
    if (cardId) {
      const { model } = (await cdp.send('DOM.getBoxModel', { nodeId: cardId })) as {
        model: { border: number[]; width: number; height: number };
      };
      box = { x: model.border[0] ?? 0, y: model.border[1] ?? 0, width: model.width, height: model.height };
      await cdp.send('CSS.enable');
      const { computedStyle } = (await cdp.send('CSS.getComputedStyleForNode', { nodeId: cardId })) as {
        computedStyle: { name: string; value: string }[];
      };
      background = computedStyle.find((p) => p.name === 'background-color')?.value ?? '';
    }
    return { open: true, name: dialog.name?.value ?? '', causes, text: texts.join(' '), box, background };
  } finally {
    await cdp.detach();
  }
}

/** The on-screen box of the first occurrence of `text` inside the element matching `selector`. */
export async function textBox(
  page: Page,
  selector: string,
  text: string,
): Promise<{ x: number; y: number; width: number; height: number }> {
  return page.evaluate(
    ([sel, needle]) => {
      const el = document.querySelector(sel as string);
      if (!el) throw new Error(`no ${sel}`);
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
        const i = n.data.indexOf(needle as string);
        if (i < 0) continue;
        const r = document.createRange();
        r.setStart(n, i);
        r.setEnd(n, i + (needle as string).length);
        const b = r.getBoundingClientRect();
        return { x: b.x, y: b.y, width: b.width, height: b.height };
      }
      throw new Error(`no "${needle}" in ${sel}`);
    },
    [selector, text],
  );
}

/**
 * Moves the pointer onto a mention the way a reader would, then waits out the intent delay: until
 * the tooltip opens (up to 5 s on a busy machine), or 600 ms when it is expected to stay closed.
 */
export async function hover(
  page: Page,
  selector: string,
  text: string,
  expectOpen = true,
): Promise<{ x: number; y: number; width: number; height: number }> {
  const b = await textBox(page, selector, text);
  await page.mouse.move(b.x - 40, b.y + b.height / 2, { steps: 2 });
  await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2, { steps: 4 });
  await page.waitForTimeout(600);
  for (let waited = 600; expectOpen && waited < 5000 && !(await readTooltip(page)).open; waited += 200) {
    await page.waitForTimeout(200);
  }
  return b;
}

export const overlaps = (
  a: { x: number; y: number; width: number; height: number },
  b: { x: number; y: number; width: number; height: number },
) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
