import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { build, defineConfig, type Plugin } from 'vite';
import baseManifest from './manifest.json' with { type: 'json' };
import pkg from './package.json' with { type: 'json' };

type Target = 'chrome' | 'firefox';

/** Firefox paints `::highlight()` from 149 on (the registry alone came in 140). */
export const FIREFOX_MIN_VERSION = '149.0';
export const CHROME_MIN_VERSION = '128';
export const GECKO_ID = '{4f0c7a52-7d3e-4b8e-9a51-5b1f2c6e0d9a}';

const CONTENT_ENTRY = 'content-scripts/main.ts';
const CONTENT_FILE = 'content.js';
const CONTENT_CSS = 'content.css';

function manifestFor(target: Target, command: 'build' | 'serve'): ManifestV3Export {
  const m = structuredClone(baseManifest) as Record<string, unknown> & typeof baseManifest;
  m.version = pkg.version;
  // In a build the content script is bundled separately as one classic script (see below); in
  // dev, crxjs loads it so HMR works.
  const manifest: Record<string, unknown> = { ...m };
  if (command === 'build') delete manifest['content_scripts'];
  // caretPositionFromPoint (hit-testing into shadow roots) came in Chrome 128; CSS.highlights earlier.
  if (target === 'chrome') manifest['minimum_chrome_version'] = CHROME_MIN_VERSION;
  if (target === 'firefox') {
    // Firefox runs MV3 backgrounds as event pages, not service workers.
    manifest['background'] = { scripts: [baseManifest.background.service_worker], type: 'module' };
    manifest['browser_specific_settings'] = {
      gecko: {
        id: GECKO_ID,
        strict_min_version: FIREFOX_MIN_VERSION,
        data_collection_permissions: { required: ['none'] },
      },
      // Firefox for Android: same engine version. It has no `commands` (keyboard shortcuts); taps
      // and the popup reach every mention there.
      gecko_android: { strict_min_version: FIREFOX_MIN_VERSION },
    };
  }
  return manifest as unknown as ManifestV3Export;
}

/**
 * crxjs loads content scripts through a dynamic-import loader whose chunks must be listed in
 * `web_accessible_resources` for every site, which lets any page detect the extension. Instead the
 * content script is built as one self-contained classic script and declared directly.
 */
function classicContentScript(outDir: string): Plugin {
  return {
    name: 'spasm-lens:classic-content-script',
    apply: 'build',
    async closeBundle() {
      await build({
        configFile: false,
        logLevel: 'warn',
        build: {
          outDir,
          emptyOutDir: false,
          minify: process.env['SPASM_LENS_MINIFY'] !== '0',
          sourcemap: false,
          target: 'es2022',
          lib: { entry: resolve(CONTENT_ENTRY), formats: ['iife'], name: 'spasmLens', fileName: () => CONTENT_FILE },
        },
      });
      cpSync('content-scripts/marks/highlights.css', resolve(outDir, CONTENT_CSS));
      cpSync('_locales', resolve(outDir, '_locales'), { recursive: true });
      const file = resolve(outDir, 'manifest.json');
      const manifest = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
      const [script] = baseManifest.content_scripts;
      manifest['content_scripts'] = [{ ...script, js: [CONTENT_FILE], css: [CONTENT_CSS] }];
      const war = (manifest['web_accessible_resources'] as unknown[] | undefined) ?? [];
      if (war.length === 0) delete manifest['web_accessible_resources'];
      writeFileSync(file, `${JSON.stringify(manifest, null, 2)}\n`);
    },
  };
}

/**
 * Test tiers, one `npm test`: unit (node, pure `src/`), node (glue against fake browser APIs, no
 * page), dom (jsdom, page glue on fixtures), build (the built packages as files), e2e
 * (real Chromium and real Firefox with the built extension; one browser at a time on a 2-core machine).
 */
const testProjects = [
  { test: { name: 'unit', include: ['test/unit/**/*.test.ts'], environment: 'node' } },
  // Browser glue that needs no page: the background and content-script modules against fake APIs.
  { test: { name: 'node', include: ['test/node/**/*.test.ts'], environment: 'node' } },
  // The built packages as files: manifests, what the content script carries, no network API.
  { test: { name: 'build', include: ['test/build/**/*.test.ts'], environment: 'node' } },
  // `css.include`: stylesheets imported `?inline` (the tooltip's) are real text in tests, not ''.
  {
    test: { name: 'dom', include: ['test/dom/**/*.test.ts'], environment: 'jsdom', css: { include: [/\.css(\?|$)/] } },
  },
  {
    test: {
      name: 'e2e',
      include: ['test/e2e/**/*.test.ts'],
      environment: 'node',
      testTimeout: 90_000,
      hookTimeout: 90_000,
      fileParallelism: false,
    },
  },
];

export default defineConfig(({ mode, command }) => {
  if (process.env['VITEST']) {
    return {
      test: {
        projects: testProjects,
        // verbose: every test with its describe path, so each e2e line names its browser.
        reporters: ['verbose', ['json', { outputFile: 'test/artifacts/vitest-report.json' }]],
      },
    };
  }
  const target: Target = mode === 'firefox' ? 'firefox' : 'chrome';
  const outDir = resolve('dist', target);
  return {
    plugins: [crx({ manifest: manifestFor(target, command), browser: target }), classicContentScript(outDir)],
    build: {
      outDir,
      emptyOutDir: true,
      target: 'es2022',
      // Extension pages load their modules from the package itself: no preload polyfill (it fetches).
      modulePreload: { polyfill: false },
      rollupOptions: { input: { reference: resolve('popup/reference.html'), welcome: resolve('popup/welcome.html') } },
    },
    server: { port: 5173, strictPort: true, hmr: { port: 5173 } },
  };
});
