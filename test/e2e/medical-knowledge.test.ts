import { join } from 'node:path';
import { expect, it } from 'vitest';
import { ARTIFACTS, describeInBrowsers, openFixture } from '../support/e2e/harness';
import { markedTexts, sleep } from '../support/e2e/marks';
import { hover, readTooltip } from '../support/e2e/tooltip';

/**
 * What the public vocabularies and the page's structure give the reader, in the built extension:
 * the first cause and the reason a tooltip shows, and what is left unmarked.
 */
describeInBrowsers('medical knowledge', (h) => {
  const open = (name: string, marks = 1) => openFixture(h, name, marks);

  it('a drug leaflet’s side-effects list puts Medications first and names what it read', async () => {
    const page = await open('leaflet.html');
    await hover(h.ext, page, '#cramps', 'muscle cramps');
    const state = await readTooltip(h.ext, page);
    expect(state.causes[0]).toBe('Medications');
    expect(state.text).toMatch(/Possible causes/);
    expect(state.text).toMatch(/mentioned nearby: atorvastatin — a medicine/);
    // The list's other items are symptoms, not causes: diarrhoea does not make it dehydration.
    expect(state.text).not.toMatch(/diarrhoea/);
    await page.screenshot({ path: join(ARTIFACTS, `tooltip-leaflet-${h.name}.png`) });
    await page.close();
  });

  it('a "symptoms of X include:" list puts X first, and its other items count for nothing', async () => {
    const page = await open('symptoms-list.html');
    await hover(h.ext, page, '#cramps', 'muscle cramps');
    const state = await readTooltip(h.ext, page);
    expect(state.causes[0]).toBe('Kidney failure');
    expect(state.text).toMatch(/chronic kidney disease — kidney failure/);
    expect(state.causes.slice(0, 2)).not.toContain('Cold temperatures');
    await page.close();
  });

  it('a named rare disease puts its class first and says what it is', async () => {
    const page = await open('rare-disease.html');
    await hover(h.ext, page, '#story', 'muscle cramps');
    const state = await readTooltip(h.ext, page);
    expect(state.causes[0]).toBe('Neurodegenerative disease');
    expect(state.text).toMatch(/Kennedy's disease — a motor neuron disease/);
    // Named a sentence away, the disease supports its cause: not the common causes.
    expect(state.text).toMatch(/Possible causes/);
    await page.screenshot({ path: join(ARTIFACTS, `tooltip-rare-disease-${h.name}.png`) });
    await page.close();
  });

  it('a fertility-procedure page is not marked (only the calf cramp beside it is)', async () => {
    const page = await open('fertility.html');
    await sleep(300);
    expect(await markedTexts(page)).toEqual(['cramped']);
    await page.close();
  });

  it('a woodworking page’s cramps are tools, not marked (only the hand cramp is)', async () => {
    const page = await open('woodworking.html');
    await sleep(300);
    expect(await markedTexts(page)).toEqual(['cramped']);
    await page.close();
  });

  it('a citation before the mention adds no reason: the common causes', async () => {
    const page = await open('citations.html');
    await hover(h.ext, page, '#story', 'leg cramp');
    const state = await readTooltip(h.ext, page);
    expect(state.open).toBe(true);
    expect(state.text).toMatch(/Common causes/);
    expect(state.text).not.toMatch(/mentioned nearby/);
    await page.close();
  });
});
