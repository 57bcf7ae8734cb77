import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useExtensionHarness } from '../support/harness';
import { ARTIFACTS, launchWithExtension, tabIdOf, waitForMarks } from '../support/browser';
import { hover, overlaps, readTooltip, textBox } from '../support/tooltip';

const h = useExtensionHarness();
const DOCS = join(import.meta.dirname, '..', '..', 'docs');

async function open(name: string, marks = 1): Promise<Page> {
  const page = await h.ext.context.newPage();
  await page.goto(h.server.url(`/fixtures/${name}`));
  await waitForMarks(page, marks);
  return page;
}

async function setSettings(patch: Record<string, unknown>): Promise<void> {
  await h.ext.worker?.evaluate(async (p) => {
    const api = (
      globalThis as unknown as {
        chrome: {
          storage: {
            sync: { get(k: string): Promise<Record<string, Record<string, unknown>>>; set(v: object): Promise<void> };
          };
        };
      }
    ).chrome;
    const current = (await api.storage.sync.get('settings'))['settings'] ?? {};
    await api.storage.sync.set({ settings: { ...current, ...p } });
  }, patch);
}

describe('the tooltip in Chromium', () => {
  it('opens on hover after a dwell, with causes ranked by the paragraph, and Escape closes it', async () => {
    const page = await open('basic.html', 3);
    const mention = await hover(page, '#marathon', 'spasm');
    const state = await readTooltip(page);
    expect(state.open).toBe(true);
    expect(state.name).toContain('muscle spasm');
    expect(state.causes.length).toBeGreaterThanOrEqual(3);
    expect(state.causes.length).toBeLessThanOrEqual(4);
    expect(['Prolonged exercise', 'Dehydration and salt loss']).toContain(state.causes[0]);
    expect(state.text).toMatch(/mentioned nearby: /);
    expect(state.text).toMatch(/Not medical advice/);
    expect(state.box && overlaps(state.box, mention)).toBe(false);
    await page.screenshot({ path: join(ARTIFACTS, 'tooltip-light.png') });
    await page.screenshot({ path: join(DOCS, 'tooltip-light.png'), clip: { x: 180, y: 80, width: 720, height: 360 } });
    await page.keyboard.press('Escape');
    expect((await readTooltip(page)).open).toBe(false);
    await page.close();
  });

  it('puts pregnancy first for a pregnancy paragraph', async () => {
    const page = await open('basic.html', 3);
    await hover(page, '#pregnancy', 'leg cramps');
    expect((await readTooltip(page)).causes[0]).toBe('Pregnancy');
    await page.close();
  });

  it('opens the full reference at a cause from the tooltip', async () => {
    const page = await open('basic.html', 3);
    await hover(page, '#pregnancy', 'leg cramps');
    const opened = h.ext.context.waitForEvent('page', { timeout: 5000 });
    // The cause buttons live in a closed shadow root: reach them the way a keyboard user does.
    const cdp = await h.ext.context.newCDPSession(page);
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: unknown };
    type N = { nodeId: number; nodeName: string; attributes?: string[]; children?: N[]; shadowRoots?: N[] };
    const buttons: N[] = [];
    const walk = (n: N) => {
      if (n.nodeName === 'BUTTON' && (n.attributes ?? []).join(' ').includes('cause')) buttons.push(n);
      for (const c of [...(n.children ?? []), ...(n.shadowRoots ?? [])]) walk(c);
    };
    walk(root as N);
    const first = buttons[0];
    if (!first) throw new Error('no cause button');
    const { object } = (await cdp.send('DOM.resolveNode', { nodeId: first.nodeId })) as {
      object: { objectId: string };
    };
    await cdp.send('Runtime.callFunctionOn', {
      objectId: object.objectId,
      functionDeclaration: 'function () { this.click(); }',
    });
    const reference = await opened;
    await reference.waitForLoadState();
    expect(reference.url()).toMatch(/\/popup\/reference\.html#pregnancy$/);
    await reference.waitForSelector('#pregnancy details[open]');
    await cdp.detach();
    await reference.close();
    await page.close();
  });

  it('does not open for a pointer passing quickly over a mention', async () => {
    const page = await open('basic.html', 3);
    const b = await textBox(page, '#pregnancy', 'leg cramps');
    await page.mouse.move(b.x - 100, b.y + b.height / 2);
    await page.mouse.move(b.x + b.width + 200, b.y + b.height / 2, { steps: 3 });
    await page.waitForTimeout(600);
    expect((await readTooltip(page)).open).toBe(false);
    await page.close();
  });

  it('stays open while the pointer moves into it, and closes after leaving both', async () => {
    const page = await open('basic.html', 3);
    await hover(page, '#pregnancy', 'leg cramps');
    const state = await readTooltip(page);
    const box = state.box;
    if (!box) throw new Error('no tooltip box');
    await page.mouse.move(box.x + 20, box.y + 20, { steps: 5 });
    await page.waitForTimeout(500);
    expect((await readTooltip(page)).open).toBe(true);
    await page.mouse.move(5, 790, { steps: 3 });
    await page.waitForTimeout(700);
    expect((await readTooltip(page)).open).toBe(false);
    await page.close();
  });

  it('stays on screen near every viewport edge and never covers its mention', async () => {
    const page = await open('edges.html', 5);
    const viewport = page.viewportSize() ?? { width: 1100, height: 800 };
    for (const [id, text] of [
      ['tl', 'leg cramps'],
      ['tr', 'calf cramps'],
      ['bl', 'night cramps'],
      ['br', 'heat cramps'],
      ['mid', 'muscle spasm'],
    ] as const) {
      const mention = await hover(page, `#${id}`, text);
      const state = await readTooltip(page);
      expect(state.open, id).toBe(true);
      const box = state.box;
      if (!box) throw new Error('no box');
      expect(box.x, id).toBeGreaterThanOrEqual(0);
      expect(box.y, id).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width, id).toBeLessThanOrEqual(viewport.width);
      expect(box.y + box.height, id).toBeLessThanOrEqual(viewport.height);
      expect(overlaps(box, mention), id).toBe(false);
      await page.keyboard.press('Escape');
      await page.mouse.move(viewport.width / 2, viewport.height / 2 - 60);
      await page.waitForTimeout(100);
    }
    await page.close();
  });

  it('follows the page when it scrolls', async () => {
    const page = await open('basic.html', 3);
    await page.evaluate(() => (document.body.style.paddingBottom = '2000px'));
    await hover(page, '#plain', 'Cramps');
    const before = (await readTooltip(page)).box;
    await page.evaluate(() => window.scrollBy(0, 120));
    await page.waitForTimeout(200);
    const after = (await readTooltip(page)).box;
    const mention = await textBox(page, '#plain', 'Cramps');
    expect(before && after && Math.round(before.y - after.y)).toBe(120);
    expect(after && overlaps(after, mention)).toBe(false);
    await page.close();
  });

  it('cannot be restyled or hidden by a hostile page stylesheet', async () => {
    const page = await open('hostile-all-unset.html', 2);
    await hover(page, '#m', 'muscle spasm');
    const state = await readTooltip(page);
    expect(state.open).toBe(true);
    expect(state.box?.width ?? 0).toBeGreaterThan(200);
    expect(state.background).toBe('rgb(255, 255, 255)');
    await page.screenshot({ path: join(ARTIFACTS, 'tooltip-hostile.png') });
    await page.close();
  });

  it('opens on click when the trigger is click, and the keyboard command steps through mentions', async () => {
    await setSettings({ trigger: 'click' });
    try {
      const page = await open('basic.html', 3);
      await hover(page, '#pregnancy', 'leg cramps', false);
      expect((await readTooltip(page)).open).toBe(false);
      const b = await textBox(page, '#pregnancy', 'leg cramps');
      await page.mouse.click(b.x + b.width / 2, b.y + b.height / 2);
      await page.waitForTimeout(200);
      expect((await readTooltip(page)).name).toContain('leg cramps');
      await page.keyboard.press('Escape');

      // What the keyboard shortcut sends: the background forwards "step-mention" to the tab.
      const tabId = await tabIdOf(h.ext, page);
      const step = async () => {
        await h.ext.worker?.evaluate(
          (id) =>
            (
              globalThis as unknown as {
                chrome: { tabs: { sendMessage(id: number, m: object, o: object): Promise<unknown> } };
              }
            ).chrome.tabs.sendMessage(id, { type: 'step-mention', direction: 1 }, { frameId: 0 }),
          tabId,
        );
        await page.waitForTimeout(150);
        return readTooltip(page);
      };
      expect((await step()).name).toContain('muscle spasm');
      expect((await step()).name).toContain('leg cramps');
      // Opened by keyboard, focus is inside the tooltip: Tab reaches its buttons, Escape returns.
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => document.activeElement?.tagName.toLowerCase());
      expect(focused).toBe('spasm-lens-host');
      await page.keyboard.press('Escape');
      expect((await readTooltip(page)).open).toBe(false);
      await page.close();
    } finally {
      await setSettings({ trigger: 'hover' });
    }
  });
});

describe('the tooltip in dark mode', () => {
  it('follows prefers-color-scheme', async () => {
    const dark = await launchWithExtension({ colorScheme: 'dark' });
    try {
      const page = await dark.context.newPage();
      await page.goto(h.server.url('/fixtures/basic.html'));
      await waitForMarks(page, 3);
      await page.emulateMedia({ colorScheme: 'dark' });
      await page.evaluate(() => {
        document.body.style.background = '#111';
        document.body.style.color = '#ddd';
      });
      await hover(page, '#marathon', 'spasm');
      const state = await readTooltip(page);
      expect(state.open).toBe(true);
      expect(state.background).toBe('rgb(31, 35, 40)');
      await page.screenshot({ path: join(ARTIFACTS, 'tooltip-dark.png') });
      await page.screenshot({ path: join(DOCS, 'tooltip-dark.png'), clip: { x: 180, y: 80, width: 720, height: 360 } });
      await page.close();
    } finally {
      await dark.close();
    }
  });
});

describe('the tooltip on a touch screen', () => {
  it('opens on a tap on a mention and closes on a tap elsewhere', async () => {
    const touch = await launchWithExtension({ hasTouch: true });
    try {
      const page = await touch.context.newPage();
      await page.goto(h.server.url('/fixtures/basic.html'));
      await waitForMarks(page, 3);
      const b = await textBox(page, '#pregnancy', 'leg cramps');
      await page.touchscreen.tap(b.x + b.width / 2, b.y + b.height / 2);
      await expect.poll(async () => (await readTooltip(page)).name, { timeout: 5000 }).toContain('leg cramps');
      await page.touchscreen.tap(20, 780);
      await expect.poll(async () => (await readTooltip(page)).open, { timeout: 5000 }).toBe(false);
      await page.close();
    } finally {
      await touch.close();
    }
  });
});
