import { describe, expect, it } from 'vitest';
import { CAUSES } from '../../src/reference/causes';
import { editDistance, stem } from '../../src/search/normalize';
import { searchCauses } from '../../src/search/search';

describe('searching the reference', () => {
  it.each([
    ['dehydration', 'dehydration'],
    ['dehidration', 'dehydration'],
    ['dehyd', 'dehydration'],
    ['pregnant', 'pregnancy'],
    ['statins', 'medications'],
    ['water pill', 'medications'],
    ['kidney', 'kidney-failure'],
    ['dialysis', 'kidney-failure'],
    ['MS', 'multiple-sclerosis'],
    ['multiple sclerosis', 'multiple-sclerosis'],
    ['thyroid', 'hypothyroidism'],
    ['cold', 'cold-temperatures'],
    ['alcohol abuse', 'alcohol-abuse'],
    ['Fibromyalgia', 'fibromyalgia'],
    ['enzyme', 'metabolic-disorders'],
    ['magnesium', 'dehydration'],
  ])('"%s" finds %s first', (query, id) => {
    expect(searchCauses(query).causes[0]?.id).toBe(id);
  });

  it.each(['charlie horse', 'charley horse', 'cramping', 'spasms', 'muscle cramps'])(
    '"%s" names the symptom: every cause applies',
    (query) => {
      const r = searchCauses(query);
      expect(r.symptomOnly).toBe(true);
      expect(r.causes).toHaveLength(CAUSES.length);
    },
  );

  it.each([
    // Clinical words the tooltip's ranking knows, through the same vocabulary.
    ['hypokalemia', 'dehydration'],
    ['hyponatremia', 'dehydration'],
    ['tetany', 'dehydration'],
    ['hot weather', 'dehydration'],
    ['nephropathy', 'kidney-failure'],
    ['levothyroxine', 'hypothyroidism'],
    ['chemotherapy', 'medications'],
  ])('"%s" finds %s first, and says which words matched', (query, id) => {
    const r = searchCauses(query);
    expect(r.causes[0]?.id).toBe(id);
    expect(r.matched.get(id)?.length).toBeGreaterThan(0);
  });

  it('lists only the causes a word names, not those whose prose mentions it in passing', () => {
    // "Alcohol" names a cause; other causes' text also says it.
    for (const q of ['alcohol', 'booze']) expect(searchCauses(q).causes.map((c) => c.id)).toEqual(['alcohol-abuse']);
    // A word no cause is named by still finds the prose that mentions it.
    expect(searchCauses('enzyme').causes[0]?.id).toBe('metabolic-disorders');
  });

  it('takes a clinical root with a short ending, not any string that starts alike', () => {
    expect(searchCauses('hypokalaemic').causes[0]?.id).toBe('dehydration');
    expect(searchCauses('hypokalemiastatn').causes).toEqual([]);
    expect(searchCauses('nephrqwertyuiop').causes).toEqual([]);
  });

  it('reads writer’s cramp as the focal dystonia it is, and phrases in the plural', () => {
    for (const q of ['writer’s cramp', 'writers cramps']) {
      const r = searchCauses(q);
      expect(r.symptomOnly).toBe(false);
      expect(r.causes[0]?.id).toBe('neurological-disease');
    }
    expect(searchCauses('water pills').causes[0]?.id).toBe('medications');
  });

  it('ranks by how many words match, not all-or-nothing', () => {
    const r = searchCauses('leg cramps dialysis sweating');
    expect(r.causes.map((c) => c.id)).toEqual(expect.arrayContaining(['kidney-failure', 'dehydration']));
    expect(r.matched.get('kidney-failure')).toEqual(['dialysis']);
    const both = searchCauses('pregnant cramps at night');
    expect(both.causes[0]?.id).toBe('pregnancy');
    expect(both.matched.get('pregnancy')).toEqual(['pregnancy']);
  });

  it('names the words of the cause that matched, not the words as typed', () => {
    expect(searchCauses('booze').matched.get('alcohol-abuse')).toEqual(['alcohol']);
    expect(searchCauses('dehidration').matched.get('dehydration')).toEqual(['dehydration']);
    expect(searchCauses('dehyd').matched.get('dehydration')).toEqual(['dehydration']);
    // Read by a clinical root of the cause's vocabulary ("hypokal-"): the word as typed.
    expect(searchCauses('hypokalemia').matched.get('dehydration')).toEqual(['hypokalemia']);
    // "booze" names one cause: it lists no other whose text merely mentions alcohol.
    expect(searchCauses('booze').causes.map((c) => c.id)).toEqual(['alcohol-abuse']);
  });

  it('reads "leg cramps at night" as the symptom itself, like "night cramps"', () => {
    expect(searchCauses('leg cramps at night').symptomOnly).toBe(true);
    expect(searchCauses('night cramps').symptomOnly).toBe(true);
  });

  it('recognises a cramp of another kind, which the reference does not cover', () => {
    const r = searchCauses('menstrual cramps');
    expect(r.otherSense).toBe('menstrual');
    expect(searchCauses('stomach cramps').otherSense).toBe('stomach');
    expect(searchCauses('calf cramps').otherSense).toBeNull();
  });

  it('shows everything for an empty query and nothing for nonsense', () => {
    expect(searchCauses('  ').causes).toHaveLength(CAUSES.length);
    expect(searchCauses('xyzzy plugh').causes).toEqual([]);
  });

  it('stems and measures edits sensibly', () => {
    expect(stem('cramping')).toBe('cramp');
    expect(stem('cramps')).toBe('cramp');
    expect(stem('medications')).toBe('medication');
    expect(editDistance('dehidration', 'dehydration', 2)).toBe(1);
    expect(editDistance('abc', 'bac', 2)).toBe(1);
    expect(editDistance('short', 'muchlongerword', 2)).toBe(3);
  });
});
