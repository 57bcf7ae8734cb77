import { describe, expect, it } from 'vitest';
import { createCountReporter } from '../../content-scripts/runtime/count-report';

function setup() {
  const sent: number[] = [];
  const target = new EventTarget();
  const controller = new AbortController();
  const reporter = createCountReporter((n) => sent.push(n), target, controller.signal);
  const fire = (type: 'pagehide' | 'pageshow', persisted: boolean) => {
    const event = new Event(type);
    Object.defineProperty(event, 'persisted', { value: persisted });
    target.dispatchEvent(event);
  };
  return { sent, reporter, controller, fire };
}

describe('reporting the mention count for the badge', () => {
  it('says nothing on a page without mentions', () => {
    const { sent, reporter, fire } = setup();
    reporter.set(0);
    reporter.set(0);
    fire('pagehide', false);
    expect(sent).toEqual([]);
    expect(reporter.current()).toBe(0);
  });

  it('reports changes only', () => {
    const { sent, reporter } = setup();
    reporter.set(3);
    reporter.set(3);
    reporter.set(5);
    reporter.set(0);
    expect(sent).toEqual([3, 5, 0]);
  });

  it('says 0 when the page is hidden, and the count again when it comes back from the cache', () => {
    const { sent, reporter, fire } = setup();
    reporter.set(2);
    fire('pagehide', true);
    expect(sent).toEqual([2, 0]);
    fire('pageshow', false);
    expect(sent).toEqual([2, 0]);
    fire('pageshow', true);
    expect(sent).toEqual([2, 0, 2]);
    expect(reporter.current()).toBe(2);
  });

  it('stops listening to the page when its signal aborts', () => {
    const { sent, reporter, controller, fire } = setup();
    reporter.set(1);
    controller.abort();
    fire('pagehide', false);
    expect(sent).toEqual([1]);
  });
});
