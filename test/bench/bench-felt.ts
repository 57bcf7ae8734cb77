/**
 * `npm run bench:felt`: what the reader feels, in Chromium and Firefox (also printed by `npm run
 * bench`), after what the browser itself spends on highlight changes of different sizes.
 * E2E_BROWSERS=chromium (or firefox) runs one.
 */
import { e2eBrowsers } from '../support/e2e/browsers';
import { feltReport } from './felt';
import { highlightCostReport } from './highlight-cost';

await highlightCostReport(e2eBrowsers());
process.exitCode = (await feltReport(e2eBrowsers())) ? 0 : 1;
