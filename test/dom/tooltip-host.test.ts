import { describe, expect, it } from 'vitest';
import { createHost } from '../../content-scripts/ui/tooltip/host';
import TOOLTIP_CSS from '../../dom/tooltip.css?inline';

describe('the tooltip host', () => {
  it('carries the tooltip stylesheet in its closed shadow root and guards itself with inline !important styles', () => {
    const host = createHost(TOOLTIP_CSS);
    // Closed: the page cannot reach the root through the element.
    expect(host.element.shadowRoot).toBeNull();
    const css = host.root.querySelector('style')?.textContent ?? '';
    expect(css).toMatch(/\.card\s*\{/);
    expect(css).toMatch(/\.card\.dark\s*\{/);
    expect(css).toMatch(/prefers-reduced-motion/);
    // Set again (the background answers each page's first tooltip): replaced, not added.
    host.setStyle('.card { color: red }');
    expect(host.root.querySelectorAll('style')).toHaveLength(1);
    expect(host.root.querySelector('style')?.textContent).toBe('.card { color: red }');
    // A plain HTML div (no element name a page could define first), styled through the CSSOM.
    expect(host.element.localName).toBe('div');
    expect(host.element.namespaceURI).toBe('http://www.w3.org/1999/xhtml');
    expect(host.element.style.getPropertyValue('position')).toBe('fixed');
    expect(host.element.style.getPropertyPriority('position')).toBe('important');
    expect(host.element.style.getPropertyPriority('z-index')).toBe('important');
    expect(host.element.isConnected).toBe(false);
    host.attach();
    expect(host.element.parentNode).toBe(document.documentElement);
    host.dispose();
    expect(host.element.isConnected).toBe(false);
  });
});
