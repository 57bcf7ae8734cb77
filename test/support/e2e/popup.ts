import type { Page } from 'puppeteer-core';
import { accessibilityTree, nameOf, roleOf } from './accessibility';
import type { Harness } from './harness';
import { waitFor } from './marks';

/**
 * Opens the popup as a page aimed at `tabId` (the same document the toolbar shows), in a window of
 * its own: the tab it is about stays visible, as beside the real popup.
 */
export async function openPopup(h: Harness, tabId?: number): Promise<Page> {
  const query = tabId === undefined ? '' : `?tab=${tabId}`;
  const page = await h.ext.openExtensionPage(`popup/index.html${query}`, { width: 380, height: 600 }, { window: true });
  await page.waitForSelector('li.cause');
  return page;
}

/** Ticks or unticks a checkbox or radio the way a user does: a click, only when it must change. */
export async function setChecked(page: Page, selector: string, checked: boolean): Promise<void> {
  const now = await page.$eval(selector, (el) => (el as HTMLInputElement).checked);
  if (now !== checked) await page.click(selector);
  await waitFor(
    page,
    (sel: string, want: boolean) => (document.querySelector(sel) as HTMLInputElement).checked === want,
    2000,
    selector,
    checked,
  );
}

export async function textOf(page: Page, selector: string): Promise<string> {
  return page.$eval(selector, (el) => el.textContent ?? '');
}

/** Waits until `#page-status` (the popup's line about the page) matches `pattern`. */
export async function waitForStatus(page: Page, pattern: RegExp, timeout = 5000): Promise<void> {
  await waitFor(
    page,
    (source: string) => new RegExp(source).test(document.getElementById('page-status')?.textContent ?? ''),
    timeout,
    pattern.source,
  );
}

/** Replaces the text of an input as typing would (one input event a character). */
export async function fill(page: Page, selector: string, text: string): Promise<void> {
  await page.$eval(selector, (el) => {
    (el as HTMLInputElement).value = '';
    el.dispatchEvent(new Event('input', { bubbles: true }));
  });
  await page.type(selector, text);
}

export async function count(page: Page, selector: string): Promise<number> {
  return page.$$eval(selector, (els) => els.length);
}

export async function attribute(page: Page, selector: string, name: string): Promise<string | null> {
  return page.$eval(selector, (el, n) => el.getAttribute(n), name);
}

/**
 * A list as assistive technology sees it, by its accessible name: the names of its buttons. Chromium
 * reads the accessibility tree (CDP); Firefox, which has none over its remote protocols, the DOM.
 */
export async function accessibleList(page: Page, browserName: string, name: string): Promise<string[] | null> {
  if (browserName !== 'chromium') {
    return page.evaluate((n) => {
      const list = [...document.querySelectorAll('ol, ul, [role="list"]')].find(
        (l) => l.getAttribute('aria-label') === n,
      );
      return list ? [...list.querySelectorAll('li button')].map((b) => (b.textContent ?? '').trim()) : null;
    }, name);
  }
  const tree = await accessibilityTree(page);
  const list = tree.nodes.find((n) => roleOf(n) === 'list' && nameOf(n) === name);
  if (!list) return null;
  const buttons: string[] = [];
  tree.walk(list, (n) => roleOf(n) === 'button' && buttons.push(nameOf(n)));
  return buttons;
}
