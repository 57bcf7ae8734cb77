import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from './browser';
import { serve, type StaticServer } from './server';

export const FIXTURES = join(import.meta.dirname, '..', 'fixtures');

export interface Harness {
  ext: ExtensionBrowser;
  server: StaticServer;
}

/**
 * For an e2e file or block: serves test/fixtures (and any generated pages) on 127.0.0.1 and starts
 * Chromium with the built extension before its tests; closes both after them.
 */
export function useExtensionHarness(generated: Record<string, () => string> = {}): Harness {
  const harness = {} as Harness;
  beforeAll(async () => {
    harness.server = await serve({ '/fixtures': FIXTURES }, generated);
    harness.ext = await launchWithExtension();
  });
  afterAll(async () => {
    await harness.ext?.close();
    await harness.server?.close();
  });
  return harness;
}
