import { afterEach, describe, expect, it } from 'vitest';
import { settleTargets, STORM_THRESHOLD, watchMutations, type WatchTargets } from '../../content-scripts/scan/watch';

const controllers: AbortController[] = [];
afterEach(() => {
  for (const c of controllers) c.abort();
  document.body.replaceChildren();
});

function watch(): Promise<WatchTargets> {
  const controller = new AbortController();
  controllers.push(controller);
  return new Promise((resolve) => {
    watchMutations(controller.signal, resolve).observe(document.body);
  });
}

describe('watching the page for changes', () => {
  it('gathers changed containers and new block subtrees, and notes removals', async () => {
    document.body.innerHTML = '<p id="p">old</p><div id="gone"><p>x</p></div>';
    const changes = watch();
    (document.getElementById('p')?.firstChild as Text).data = 'new cramp';
    const added = document.createElement('section');
    added.innerHTML = '<p>a calf cramp</p>';
    document.body.append(added);
    document.getElementById('gone')?.remove();
    const t = await changes;
    expect(t.own.has(document.getElementById('p') as HTMLElement)).toBe(true);
    expect(t.subtrees.has(added)).toBe(true);
    expect(t.prune).toBe(true);
    expect(t.full).toBe(false);
  });

  it('turns a mutation storm into one full rescan', async () => {
    const changes = watch();
    for (let i = 0; i <= STORM_THRESHOLD; i++) document.body.append(document.createElement('p'));
    const t = await changes;
    expect(t.full).toBe(true);
    expect(t.subtrees.size).toBe(0);
  });

  it('drops targets inside editors and subtrees covered by a new ancestor', () => {
    document.body.innerHTML =
      '<div contenteditable><p id="e">typing</p></div><section id="s"><p id="inner">x</p></section>';
    const e = document.getElementById('e') as HTMLElement;
    const s = document.getElementById('s') as HTMLElement;
    const inner = document.getElementById('inner') as HTMLElement;
    const settled = settleTargets({ own: new Set([e]), subtrees: new Set([s, inner]), prune: false, full: false });
    expect(settled.own.size).toBe(0);
    expect([...settled.subtrees]).toEqual([s]);
  });

  it('stops observing when aborted', async () => {
    const controller = new AbortController();
    let called = false;
    watchMutations(controller.signal, () => (called = true)).observe(document.body);
    controller.abort();
    document.body.append(document.createElement('p'));
    await new Promise((r) => setTimeout(r, 120));
    expect(called).toBe(false);
  });
});
