import { existsSync } from 'node:fs';

/** The browsers the end-to-end suite runs in. Every e2e test is written once and runs in each. */
export type BrowserName = 'chromium' | 'firefox';
export const ALL_BROWSERS: readonly BrowserName[] = ['chromium', 'firefox'];

/**
 * `E2E_BROWSERS=firefox npm run test:e2e` narrows a local run to one browser; `npm test` and CI run
 * both. An unknown name is an error, not a silent empty suite.
 */
export function e2eBrowsers(): BrowserName[] {
  const raw = process.env['E2E_BROWSERS'];
  if (!raw) return [...ALL_BROWSERS];
  const names = raw.split(',').map((s) => s.trim());
  for (const n of names) {
    if (!(ALL_BROWSERS as readonly string[]).includes(n)) {
      throw new Error(`E2E_BROWSERS names "${n}"; known browsers: ${ALL_BROWSERS.join(', ')}.`);
    }
  }
  return names as BrowserName[];
}

const KNOWN: Record<BrowserName, { env: string; paths: string[]; install: string }> = {
  chromium: {
    env: 'CHROME_PATH',
    paths: [
      '/usr/bin/chromium',
      '/usr/bin/chromium-browser',
      '/usr/bin/google-chrome',
      '/usr/bin/google-chrome-stable',
    ],
    install: 'Debian: `apt-get install -y chromium`',
  },
  firefox: {
    env: 'FIREFOX_PATH',
    paths: ['/usr/bin/firefox-esr', '/usr/bin/firefox', '/usr/lib/firefox-esr/firefox-esr'],
    install: 'Debian 12: `apt-get install -y firefox-esr` (ESR 153)',
  },
};

/** The binary for `name`: its environment variable, else the usual install paths. Missing is a failure, never a skip. */
export function executableFor(name: BrowserName): string {
  const known = KNOWN[name];
  const fromEnv = process.env[known.env];
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`${known.env}=${fromEnv} does not exist.`);
    return fromEnv;
  }
  const found = known.paths.find((p) => existsSync(p));
  if (!found) {
    throw new Error(
      `No ${name} found for the end-to-end tests. Install it (${known.install}) or set ${known.env} to its binary.`,
    );
  }
  return found;
}
