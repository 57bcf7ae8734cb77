import { describe, expect, it } from 'vitest';
import { parseCausesReply } from '../../src/messages';
import { rankCauses } from '../../src/ranking/rank';
import { tooltipCauses } from '../../src/ranking/tooltip-causes';
import { CONTEXT_WINDOW, TOOLTIP_CAUSES } from '../../src/ranking/window';

function top(text: string, title?: string): { ids: string[]; cues: string[] } {
  const i = text.search(/cramp|spasm|charley/i);
  const ranked = rankCauses({ text, start: i, end: i + 6, ...(title === undefined ? {} : { title }) });
  return { ids: ranked.slice(0, 3).map((r) => r.cause.id), cues: ranked[0]?.cues.map((c) => c.toLowerCase()) ?? [] };
}

describe('ranking causes by the words around a mention', () => {
  it.each([
    [
      'At mile 22 of the marathon my calves cramped; I had not drunk enough in the heat.',
      ['prolonged-exercise', 'dehydration'],
    ],
    ['I sweat buckets and get cramps unless I take electrolytes.', ['dehydration']],
    ['I am 30 weeks pregnant and get leg cramps every night.', ['pregnancy']],
    ['Since starting a statin my muscles cramp.', ['medications']],
    ['Leg cramps are common on dialysis in kidney failure.', ['kidney-failure']],
    ['With an underactive thyroid I get muscle cramps.', ['hypothyroidism']],
    ['Swimming in the cold lake gave me a cramp.', ['cold-temperatures']],
    ['My MS causes painful spasms in my legs.', ['multiple-sclerosis']],
    ['Fibromyalgia flares bring muscle spasms.', ['fibromyalgia']],
    ['After a night of heavy drinking and a hangover, cramps.', ['alcohol-abuse']],
    ['A pinched nerve in my back causes spasms.', ['nerve-damage']],
  ])('%s', (text, expected) => {
    const { ids } = top(text);
    expect(ids.slice(0, expected.length).sort()).toEqual([...expected].sort());
  });

  it('says which words made a cause relevant, nearest first', () => {
    const { cues } = top('Marathon day: around the 30 km mark, cramp in my calf.');
    expect(cues[0]).toBe('km');
    expect(cues).toContain('marathon');
  });

  it('falls back to the common causes when the page gives no cue', () => {
    expect(top('Cramps are annoying.').ids).toEqual(['dehydration', 'prolonged-exercise', 'muscle-fatigue']);
  });

  it('uses the page title as a weaker hint', () => {
    expect(top('Another cramp today.', 'Pregnancy forum: third trimester').ids[0]).toBe('pregnancy');
    expect(top('Another cramp after my marathon.', 'Pregnancy forum').ids[0]).toBe('prolonged-exercise');
  });

  it('matches whole words only: "ms" is not found inside "items"', () => {
    expect(top('Several items on the list; cramps.').ids[0]).toBe('dehydration');
  });

  it('returns every cause exactly once', () => {
    const ranked = rankCauses({ text: 'cramp', start: 0, end: 5 });
    expect(new Set(ranked.map((r) => r.cause.id)).size).toBe(ranked.length);
  });
});

describe('the causes a tooltip shows (ranked in the background)', () => {
  it('are the top causes for the text around the mention, with at most two cue words each', () => {
    const causes = tooltipCauses({
      before: 'At mile 20 of the marathon, in the heat and sweating hard, my ',
      mention: 'calf cramped',
      after: ' and I had to walk.',
      title: 'Race report',
    });
    expect(causes).toHaveLength(TOOLTIP_CAUSES);
    expect(
      causes
        .slice(0, 2)
        .map((c) => c.id)
        .sort(),
    ).toEqual(['dehydration', 'prolonged-exercise']);
    for (const c of causes) {
      expect(c.cues.length).toBeLessThanOrEqual(2);
      expect(c.title).not.toBe('');
      expect(c.summary).not.toBe('');
    }
    // Valid by the content script's own reply check.
    expect(parseCausesReply({ type: 'causes', causes })?.causes).toEqual(causes);
  });

  it('rank exactly as the whole block would, since nothing beyond the window counts', () => {
    const text = `${'Filler words about nothing. '.repeat(40)}Pregnant and a leg cramp tonight. ${'More filler. '.repeat(60)}`;
    const start = text.indexOf('cramp');
    const end = start + 5;
    const direct = rankCauses({ text, start, end })
      .slice(0, TOOLTIP_CAUSES)
      .map((r) => r.cause.id);
    const viaMessage = tooltipCauses({
      before: text.slice(Math.max(0, start - CONTEXT_WINDOW), start),
      mention: text.slice(start, end),
      after: text.slice(end, end + CONTEXT_WINDOW),
      title: '',
    }).map((c) => c.id);
    expect(viaMessage).toEqual(direct);
    expect(viaMessage[0]).toBe('pregnancy');
  });
});
