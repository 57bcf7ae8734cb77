import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REFERENCE } from '../../src/reference/entries';
import { ROOT } from '../support/e2e/launch';
import { filesUnder } from '../support/files';

const TARGETS = ['chrome', 'firefox'] as const;
const manifestOf = (target: string) =>
  JSON.parse(readFileSync(join(ROOT, 'dist', target, 'manifest.json'), 'utf8')) as Record<string, unknown>;
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };

describe('the built packages', () => {
  it.each(TARGETS)('%s: least privilege: storage only, no host permissions, no tabs, default CSP', (target) => {
    const m = manifestOf(target);
    expect(m['permissions']).toEqual(['storage']);
    expect(m['host_permissions']).toBeUndefined();
    expect(m['optional_permissions']).toBeUndefined();
    expect(m['optional_host_permissions']).toBeUndefined();
    expect(m['content_security_policy']).toBeUndefined();
    expect(m['version']).toBe(pkg.version);
  });

  it.each(TARGETS)('%s: nothing is web-accessible, and the content script is one classic script', (target) => {
    const m = manifestOf(target);
    expect(m['web_accessible_resources']).toBeUndefined();
    expect(m['content_scripts']).toEqual([
      expect.objectContaining({ js: ['content.js'], css: ['content.css'], matches: ['<all_urls>'], all_frames: true }),
    ]);
    const code = readFileSync(join(ROOT, 'dist', target, 'content.js'), 'utf8');
    expect(code).not.toMatch(/\bimport\s*\(|^\s*import\s|\bexport\s/m);
  });

  it.each(TARGETS)(
    '%s: the content script every page loads stays under 32 KB minified, without the reference or vocabularies',
    (target) => {
      const code = readFileSync(join(ROOT, 'dist', target, 'content.js'), 'utf8');
      expect(Buffer.byteLength(code) / 1024).toBeLessThan(32);
      // The detector's word lists and the vocabularies live in the background with the ranking.
      for (const name of ['atorvastatin', 'kennedy', 'fibromyalgia', 'cramp bark', 'menstr'])
        expect(code.toLowerCase(), name).not.toContain(name);
      // Ranking and the causes live in the background; the popup-only explanations in the popup.
      for (const cause of REFERENCE) {
        expect(code, cause.id).not.toContain(cause.summary);
        expect(code, cause.id).not.toContain(cause.explanation.slice(0, 40));
      }
    },
  );

  it('firefox: event-page background, gecko id, strict_min_version 149 (when ::highlight() paints), no data collection', () => {
    const m = manifestOf('firefox') as {
      background: { scripts: string[] };
      browser_specific_settings: { gecko: Record<string, unknown>; gecko_android: Record<string, unknown> };
    };
    expect(m.browser_specific_settings.gecko_android).toEqual({ strict_min_version: '149.0' });
    expect(m.background.scripts).toHaveLength(1);
    expect(m.browser_specific_settings.gecko['strict_min_version']).toBe('149.0');
    expect(m.browser_specific_settings.gecko['id']).toMatch(/^\{[0-9a-f-]{36}\}$/);
    expect(m.browser_specific_settings.gecko['data_collection_permissions']).toEqual({ required: ['none'] });
    expect((manifestOf('chrome') as { background: { service_worker: string } }).background.service_worker).toBeTruthy();
    expect(manifestOf('chrome')['minimum_chrome_version']).toBe('128');
    expect(manifestOf('firefox')['minimum_chrome_version']).toBeUndefined();
  });

  it.each(TARGETS)('%s: no network API anywhere in the build', (target) => {
    for (const file of filesUnder(join(ROOT, 'dist', target)).filter((f) => /\.(js|html)$/.test(f))) {
      const code = readFileSync(file, 'utf8');
      expect(code, file).not.toMatch(/\bfetch\s*\(|XMLHttpRequest|WebSocket|sendBeacon|EventSource|RTCPeerConnection/);
    }
  });

  it('ships no code that builds HTML from strings or evaluates strings', () => {
    for (const dir of ['src', 'content-scripts', 'popup', 'background']) {
      for (const file of filesUnder(join(ROOT, dir)).filter((f) => f.endsWith('.ts'))) {
        const code = readFileSync(file, 'utf8');
        expect(code, file).not.toMatch(
          /\.innerHTML\s*=|\.outerHTML\s*=|insertAdjacentHTML|\beval\s*\(|new Function\s*\(/,
        );
      }
    }
  });
});
