import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startMarking, type Engine } from '../../content-scripts/marks/engine';
import type { MarkedMention } from '../../content-scripts/marks/mention-index';
import type { ExtensionPort } from '../../content-scripts/ui/extension-port';
import { CLOSE_GRACE_MS, OPEN_DELAY_MS } from '../../content-scripts/ui/timing';
import { createTooltipControl, type TooltipControl } from '../../content-scripts/ui/tooltip-control';
import type { Message } from '../../src/messages';
import { DEFAULT_SETTINGS } from '../../src/settings/schema';
import { installFakeHighlights, type FakeHighlights } from '../support/fake-highlights';
import { localDetector } from '../support/local-detector';
import { cardView } from '../../src/tooltip/card-view';

/** Answers the background would give, held until `answer` is called, so tests set the order. */
function fakeBackground() {
  const asked: Message[] = [];
  const sent: Message[] = [];
  const waiting: { message: Message; resolve: (reply: unknown) => void }[] = [];
  const port: ExtensionPort = {
    request: (message) => {
      asked.push(message);
      return new Promise((resolve) => waiting.push({ message, resolve }));
    },
    send: (message) => void sent.push(message),
  };
  /** Answers every question asked so far about `mention` (and the stylesheet). */
  const answer = (mention: string, title = 'Dehydration') => {
    for (const w of waiting.splice(0)) {
      if (w.message.type === 'tooltip-card' && w.message.mention === mention)
        w.resolve({
          type: 'card',
          css: '.card{}',
          view: cardView(
            {
              text: mention,
              sense: 'muscle',
              fitted: true,
              causes: [{ id: 'dehydration', title, summary: 'Fluid lost.', cues: [], where: 'nearby' }],
              why: null,
              site: 'example.org',
            },
            (key) => key,
          ),
        });
      else waiting.push(w);
    }
  };
  return { port, asked, sent, answer };
}

/** The closed shadow roots made while a test runs: where the tooltip's card is. */
function captureShadowRoots(): ShadowRoot[] {
  const roots: ShadowRoot[] = [];
  const attach = Element.prototype.attachShadow;
  vi.spyOn(Element.prototype, 'attachShadow').mockImplementation(function (this: Element, init) {
    const root = attach.call(this, init);
    roots.push(root);
    return root;
  });
  return roots;
}

const flush = () => new Promise((r) => setTimeout(r, 0));

describe('the tooltip control', () => {
  let highlights: FakeHighlights;
  let controller: AbortController;
  let engine: Engine;
  let roots: ShadowRoot[];
  let calf: MarkedMention;
  let spasm: MarkedMention;

  beforeEach(async () => {
    highlights = installFakeHighlights();
    roots = captureShadowRoots();
    // jsdom has no layout: every range sits in one box near the top left.
    Object.defineProperty(Range.prototype, 'getClientRects', {
      configurable: true,
      value: () => [{ left: 10, top: 10, right: 80, bottom: 26, width: 70, height: 16 }],
    });
    document.body.innerHTML = '<p>A calf cramp woke me.</p><p>Then a muscle spasm in my back.</p>';
    controller = new AbortController();
    engine = startMarking(
      DEFAULT_SETTINGS,
      controller.signal,
      { onCount: () => undefined, everySecondWhileMarked: () => undefined, onNewDocument: () => undefined },
      localDetector,
    );
    await engine.ready;
    [calf, spasm] = engine.shown() as [MarkedMention, MarkedMention];
  });
  afterEach(() => {
    controller.abort();
    delete (Range.prototype as Partial<Range>).getClientRects;
    highlights.uninstall();
    vi.useRealTimers();
    vi.restoreAllMocks();
    document.body.innerHTML = '';
  });

  const control = (bg: ReturnType<typeof fakeBackground>): TooltipControl =>
    createTooltipControl(engine, () => DEFAULT_SETTINGS, controller.signal, bg.port);
  const card = () => roots[0]?.querySelector<HTMLElement>('[role="dialog"]') ?? null;
  const active = () => highlights.ranges('spasm-lens-active');

  it('opens on a mention once its causes are in, marks it active, and focuses it when asked', async () => {
    const bg = fakeBackground();
    const tooltip = control(bg);
    const before = document.createElement('button');
    document.body.append(before);
    before.focus();
    tooltip.show(calf, true);
    await flush();
    // Asked, not yet answered: nothing shows.
    expect(bg.asked.map((m) => m.type)).toEqual(['tooltip-card']);
    expect(bg.asked.find((m) => m.type === 'tooltip-card')).toMatchObject({ mention: 'calf cramp' });
    expect(tooltip.current()).toBeNull();
    expect(card()).toBeNull();
    bg.answer('calf cramp');
    await flush();
    expect(tooltip.current()).toBe(calf);
    expect(active()).toEqual([calf.range]);
    expect(card()?.textContent).toContain('Dehydration');
    expect(roots[0]?.activeElement).toBe(card());
    // Closing gives focus back and clears the active mark.
    tooltip.close();
    expect(tooltip.current()).toBeNull();
    expect(active()).toEqual([]);
    expect(document.activeElement).toBe(before);
  });

  it('drops an answer that arrives after another mention was asked for', async () => {
    const bg = fakeBackground();
    const tooltip = control(bg);
    tooltip.show(calf, false);
    tooltip.show(spasm, false);
    await flush();
    bg.answer('calf cramp');
    await flush();
    expect(tooltip.current()).toBeNull();
    bg.answer('muscle spasm', 'Overuse');
    await flush();
    expect(tooltip.current()).toBe(spasm);
    expect(card()?.textContent).toContain('Overuse');
    expect(card()?.textContent).not.toContain('Dehydration');
  });

  it('does not open on text that left the page while the background answered', async () => {
    const bg = fakeBackground();
    const tooltip = control(bg);
    tooltip.show(calf, false);
    await flush();
    calf.range.startContainer.parentNode?.removeChild(calf.range.startContainer);
    bg.answer('calf cramp');
    await flush();
    expect(tooltip.current()).toBeNull();
    expect(card()).toBeNull();
  });

  it('opens a hovered mention after the dwell, and not when the pointer left first', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const bg = fakeBackground();
    const tooltip = control(bg);
    tooltip.openSoon(calf);
    // Its causes are asked at once, so they are in when the dwell ends.
    expect(bg.asked.some((m) => m.type === 'tooltip-card')).toBe(true);
    bg.answer('calf cramp');
    vi.advanceTimersByTime(OPEN_DELAY_MS - 1);
    await Promise.resolve();
    expect(tooltip.current()).toBeNull();
    tooltip.cancelOpen();
    vi.advanceTimersByTime(OPEN_DELAY_MS);
    await vi.waitFor(() => expect(tooltip.current()).toBeNull());

    tooltip.openSoon(spasm);
    bg.answer('muscle spasm');
    vi.advanceTimersByTime(OPEN_DELAY_MS);
    await vi.waitFor(() => expect(tooltip.current()).toBe(spasm));
  });

  it('closes after the grace period once the pointer left, unless it comes back', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const bg = fakeBackground();
    const tooltip = control(bg);
    tooltip.show(calf, false);
    bg.answer('calf cramp');
    await vi.waitFor(() => expect(tooltip.current()).toBe(calf));
    tooltip.cancelOpen(true);
    vi.advanceTimersByTime(CLOSE_GRACE_MS - 1);
    tooltip.stay();
    vi.advanceTimersByTime(CLOSE_GRACE_MS);
    expect(tooltip.current()).toBe(calf);
    tooltip.cancelOpen(true);
    vi.advanceTimersByTime(CLOSE_GRACE_MS);
    expect(tooltip.current()).toBeNull();
  });

  /** The tooltip opened on the calf cramp, its causes answered. */
  const openedOnCalf = async () => {
    const bg = fakeBackground();
    const tooltip = control(bg);
    tooltip.show(calf, false);
    await flush();
    bg.answer('calf cramp');
    await flush();
    return { bg, tooltip };
  };

  it('asks the background to open the reference at the cause chosen', async () => {
    const { bg } = await openedOnCalf();
    card()?.querySelector<HTMLButtonElement>('button.cause')?.click();
    expect(bg.sent).toEqual([{ type: 'open-reference', causeId: 'dehydration' }]);
  });

  it('takes the tooltip off the page when the session ends', async () => {
    const { bg, tooltip } = await openedOnCalf();
    const host = roots[0]?.host;
    expect(host?.isConnected).toBe(true);
    controller.abort();
    expect(host?.isConnected).toBe(false);
    // An answer for a mention asked after the end opens nothing.
    tooltip.show(spasm, false);
    await flush();
    bg.answer('muscle spasm');
    await flush();
    expect(tooltip.current()).toBeNull();
  });
});
