import { describe, expect, it } from 'vitest';
import { rankCauses } from '../../src/ranking/rank';

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
