import { expect, it } from 'vitest';
import { describeInBrowsers } from '../support/e2e/harness';
import { BUILDS } from '../support/e2e/launch';
import { filesUnder } from '../support/files';

describeInBrowsers('a page cannot detect the extension', (h) => {
  it('gets nothing from the extension origin', async () => {
    const page = await h.ext.newPage();
    await page.goto(h.server.url('/fixtures/basic.html'));
    const build = BUILDS[h.name];
    const files = filesUnder(build).map((f) => f.slice(build.length + 1));
    const reachable = await page.evaluate(
      async (origin, paths) => {
        const ok: string[] = [];
        for (const p of paths) {
          try {
            const r = await fetch(`${origin}/${p}`);
            if (r.ok) ok.push(p);
          } catch {
            // refused: what we want
          }
        }
        return ok;
      },
      h.ext.origin,
      files,
    );
    expect(reachable).toEqual([]);
    await page.close();
  });
});
