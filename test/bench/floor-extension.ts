import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * The floor: the least a content script can do on a page. It walks every text node once and
 * tests one regex on each, then posts how many matched. Built into a temporary folder per run.
 */
export function writeFloorExtension(show = 'NodeFilter.SHOW_TEXT'): string {
  const dir = join(tmpdir(), `spasm-lens-floor-${process.pid}`);
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(dir, 'manifest.json'),
    JSON.stringify({
      manifest_version: 3,
      name: 'Floor',
      version: '1.0',
      content_scripts: [{ matches: ['<all_urls>'], js: ['floor.js'], run_at: 'document_idle', all_frames: true }],
    }),
  );
  writeFileSync(
    join(dir, 'floor.js'),
    `(() => {
  const process_env_show = ${show};
  const pattern = /cramp|spasm|charl(?:ey|ie)[\\s\\u00A0-]+horse|myoton/i;
  const walker = document.createTreeWalker(document.documentElement, process_env_show);
  let hits = 0;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) if (pattern.test(n.data)) hits++;
  document.documentElement.dataset.floorHits = String(hits);
})();
`,
  );
  return dir;
}
