import { describe, expect, it } from 'vitest';
import { createHost } from '../../content-scripts/tooltip/host';

describe('the tooltip host', () => {
  it('carries the tooltip stylesheet in its closed shadow root and guards itself with inline !important styles', () => {
    const host = createHost();
    // Closed: the page cannot reach the root through the element.
    expect(host.element.shadowRoot).toBeNull();
    const css = host.root.querySelector('style')?.textContent ?? '';
    expect(css).toMatch(/\.card\s*\{/);
    expect(css).toMatch(/\.card\.dark\s*\{/);
    expect(css).toMatch(/prefers-reduced-motion/);
    expect(host.element.getAttribute('style')).toMatch(/all:\s*initial\s*!important/);
    expect(host.element.isConnected).toBe(false);
    host.attach();
    expect(host.element.parentNode).toBe(document.documentElement);
    host.dispose();
    expect(host.element.isConnected).toBe(false);
  });
});
