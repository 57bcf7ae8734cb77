/**
 * `npx tsx test/tools/profile-content.ts [page-name] [runs]`: where the content script spends its time
 * on one benchmark page. Loads the page with the built extension (build with SPASM_LENS_MINIFY=0 for
 * readable names), records CPU profiles at 50 µs, and prints self time per function of our script,
 * with the native work (regex, DOM, GC) a function calls counted as its own. PROFILE_FLOOR=1 profiles
 * the benchmark's floor instead, or with PROFILE_EXT_PATH any unpacked extension (an older build, say).
 */
import type { Page } from 'playwright-core';
import { launchWithExtension } from '../bench/chromium';
import { page as htmlPage } from '../support/pages';
import { serve } from '../support/server';
import { writeFloorExtension } from '../bench/floor-extension';
import { benchPages } from '../bench/pages';
import { recordProfile, sampleInterval } from '../bench/profile';

async function main(): Promise<void> {
  const name = process.argv[2] ?? 'readability-wikia';
  const runs = Number(process.argv[3] ?? 5);
  const target =
    name === 'tiny'
      ? { name: 'tiny', html: () => htmlPage('Tiny', '<p>Nothing to see here.</p>') }
      : benchPages().find((p) => p.name.includes(name));
  if (!target) throw new Error(`no bench page named like ${name}`);
  const server = await serve({}, { '/blank.html': () => htmlPage('blank', ''), '/p.html': target.html });
  // PROFILE_FLOOR=1 profiles the benchmark's floor extension instead, for comparison.
  const floor = process.env['PROFILE_FLOOR'] === '1';
  const ext = await launchWithExtension(
    floor
      ? { path: process.env['PROFILE_EXT_PATH'] ?? writeFloorExtension(), remote: 'no-content' }
      : { remote: 'no-content' },
  );
  const prefix = floor ? 'chrome-extension://' : `chrome-extension://${ext.extensionId}/`;
  const self = new Map<string, number>();
  // STACK_OF: samples per stack through that function; TICKS_OF: per source line inside it ('ANON' for
  // the top-level script).
  const stacks = new Map<string, number>();
  const ticks = new Map<number, number>();
  let total = 0;
  for (let r = 0; r < runs; r++) {
    const page: Page = await ext.context.newPage();
    await page.goto(server.url('/blank.html'));
    const profile = await recordProfile(page, 50, async () => {
      await page.goto(server.url('/p.html'), { waitUntil: 'load' });
      await page.waitForTimeout(1500);
    });
    await page.close();
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    if (process.env['TICKS_OF']) {
      for (const n of profile.nodes)
        if (
          n.callFrame.functionName === (process.env['TICKS_OF'] === 'ANON' ? '' : process.env['TICKS_OF']) &&
          n.callFrame.url.startsWith(prefix)
        )
          for (const t of n.positionTicks ?? []) ticks.set(t.line, (ticks.get(t.line) ?? 0) + t.ticks);
    }
    const parent = new Map<number, number>();
    for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
    // The innermost frame of ours on each sample's stack takes the sample.
    const owner = (id: number): string | undefined => {
      for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
        const n = byId.get(cur);
        if (n?.callFrame.url.startsWith(prefix)) {
          const leaf = byId.get(id);
          const native = leaf && leaf !== n ? ` > ${leaf.callFrame.functionName || '(native)'}` : '';
          return `${n.callFrame.functionName || '(anonymous)'}:${n.callFrame.lineNumber}${native}`;
        }
      }
      return undefined;
    };
    const cap = 2 * sampleInterval(profile.timeDeltas);
    profile.samples.forEach((id, i) => {
      if (process.env['STACK_OF']) {
        const names: string[] = [];
        for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur))
          names.push(byId.get(cur)?.callFrame.functionName ?? '?');
        // STACK_TOP=1: group by the outermost frames instead (which entry point the time is under).
        const key = process.env['STACK_TOP'] ? names.slice(-3).reverse().join(' > ') : names.slice(0, 9).join(' < ');
        if (names.includes(process.env['STACK_OF']) && owner(id)) stacks.set(key, (stacks.get(key) ?? 0) + 1);
      }
      const key = owner(id);
      if (!key) return;
      const dt = Math.min(profile.timeDeltas[i] ?? 0, cap) / 1000;
      self.set(key, (self.get(key) ?? 0) + dt);
      total += dt;
    });
  }
  console.log(`${target.name}: ${(total / runs).toFixed(2)} ms per load in our script (mean of ${runs})`);
  for (const [key, ms] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 30))
    console.log(`${(ms / runs).toFixed(3).padStart(8)} ms  ${key}`);
  for (const [k, v] of [...stacks].sort((a, b) => b[1] - a[1]).slice(0, 8)) console.log(v, k);
  for (const [line, n] of [...ticks].sort((a, b) => b[1] - a[1]).slice(0, 12)) console.log(`line ${line}: ${n} ticks`);
  await ext.close();
  await server.close();
}

await main();
