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
