/** `npm run bench:background`: the background's start-up alone (also printed by `npm run bench`). */
import { e2eBrowsers } from '../support/e2e/browsers';
import { backgroundStartReport } from './background-start';

for (const line of await backgroundStartReport(e2eBrowsers())) console.log(line);
