import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MARK_COLORS } from '../../src/settings/schema';

const CSS = readFileSync(new URL('../../content-scripts/marks/highlights.css', import.meta.url), 'utf8');

/** WCAG relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
};

describe('mark colours', () => {
  it('the default underline takes the colour of the text it sits on; other senses differ in shape too', () => {
    expect(CSS).toMatch(
      /::highlight\(spasm-lens-underline\)\s*\{\s*text-decoration: underline dotted 2px currentColor/,
    );
    expect(CSS).toMatch(/::highlight\(spasm-lens-other\)\s*\{\s*text-decoration: underline dashed 1px currentColor/);
  });

  it.each(MARK_COLORS.filter((c) => c !== 'text'))(
    '%s is at least 3:1 against white and near-black pages, and has a rule for each style',
    (color) => {
      const rule = new RegExp(`::highlight\\(spasm-lens-underline-${color}\\)\\s*\\{[^}]*(#[0-9a-f]{6})`);
      const hex = rule.exec(CSS)?.[1];
      expect(hex, color).toBeDefined();
      for (const page of ['#ffffff', '#111111', '#1f2328'])
        expect(contrast(hex as string, page)).toBeGreaterThanOrEqual(3);
      expect(CSS).toContain(`::highlight(spasm-lens-background-${color})`);
    },
  );
});
