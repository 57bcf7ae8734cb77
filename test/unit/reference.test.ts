import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CATEGORIES } from '../../src/reference/categories';
import { CAUSES } from '../../src/reference/causes';
import { CAUSE_DETAILS } from '../../src/reference/details';
import { REFERENCE } from '../../src/reference/entries';
import { GENERAL_FACTS, MEDICAL_NOTE, SOURCE_DOCUMENT } from '../../src/reference/facts';
import { parseCue } from '../../src/ranking/cue-matcher';
import { corpusSeedPath } from '../support/corpus';

/** Every cause the seed document names, as the reference must carry it (id -> words in its title). */
const SEED_CAUSES: Record<string, RegExp> = {
  'prolonged-exercise': /prolonged exercise/i,
  dehydration: /dehydration/i,
  'metabolic-disorders': /metabolic disorders/i,
  myotonia: /myotonia/i,
  'muscular-disease': /muscular diseases/i,
  'neurological-disease': /neurological diseases/i,
  fibromyalgia: /fibromyalgia/i,
  'multiple-sclerosis': /multiple sclerosis/i,
  medications: /medications/i,
  'alcohol-abuse': /alcohol abuse/i,
  pregnancy: /pregnancy/i,
  'muscle-fatigue': /muscle fatigue/i,
  'kidney-failure': /kidney failure/i,
  hypothyroidism: /hypothyroidism/i,
  'cold-temperatures': /cold temperatures/i,
  'nerve-damage': /nerve damage/i,
  fatigue: /^fatigue$/i,
  'neurodegenerative-disease': /neurodegenerative disease/i,
  'no-underlying-cause': /no underlying cause/i,
};

describe('reference data', () => {
  it('has every cause the seed names, under the expected title', () => {
    for (const [id, title] of Object.entries(SEED_CAUSES)) {
      const cause = CAUSES.find((c) => c.id === id);
      expect(cause, id).toBeDefined();
      expect(cause?.title).toMatch(title);
    }
    expect(CAUSES).toHaveLength(Object.keys(SEED_CAUSES).length);
  });

  it('names the salts dehydration loses and the cold/exercise facts of myotonia', () => {
    for (const salt of ['sodium', 'calcium', 'magnesium', 'potassium'])
      expect(CAUSE_DETAILS.dehydration.explanation).toContain(salt);
    expect(CAUSE_DETAILS.myotonia.explanation).toMatch(/exercis/);
    expect(CAUSE_DETAILS.myotonia.explanation).toMatch(/cold/);
  });

  it('has unique ids, uses every category, and keeps tooltip summaries within 90 characters', () => {
    expect(new Set(CAUSES.map((c) => c.id)).size).toBe(CAUSES.length);
    expect(Object.keys(CAUSE_DETAILS).sort()).toEqual(CAUSES.map((c) => c.id).sort());
    for (const cat of CATEGORIES)
      expect(
        REFERENCE.some((c) => c.category === cat.id),
        cat.id,
      ).toBe(true);
    expect(REFERENCE.map((c) => c.id)).toEqual(CAUSES.map((c) => c.id));
    for (const c of REFERENCE) {
      expect(c.summary.length, c.id).toBeLessThanOrEqual(90);
      expect(c.explanation.length, c.id).toBeGreaterThan(c.summary.length);
      expect(c.cues.length, c.id).toBeGreaterThan(0);
      expect(c.source.document).toBe(SOURCE_DOCUMENT);
      expect(c.source.section, c.id).not.toBe('');
      expect(c.prior).toBeGreaterThanOrEqual(0);
      expect(c.prior).toBeLessThanOrEqual(1);
      for (const cue of c.cues) expect(() => parseCue(c.id, cue), cue).not.toThrow();
    }
  });

  it('states the general facts and a medical note', () => {
    const all = GENERAL_FACTS.join(' ');
    expect(all).toMatch(/on its own/);
    expect(all).toMatch(/few minutes/);
    expect(all).toMatch(/calves, feet and hands/);
    expect(all).toMatch(/harmless/);
    expect(MEDICAL_NOTE).toMatch(/not medical advice/i);
  });

  it('is written in its own words: no sentence of the seed is copied', () => {
    const seed = corpusSeedPath();
    if (!seed) return; // the seed is beside the project only in development
    const sentences = readFileSync(seed, 'utf8')
      .split(/(?<=[.!?])\s+|\n/)
      .map((s) => s.trim().toLowerCase())
      .filter((s) => s.split(' ').length >= 6);
    const ours = [...REFERENCE.flatMap((c) => [c.summary, c.explanation]), ...GENERAL_FACTS].join(' ').toLowerCase();
    for (const s of sentences) expect(ours.includes(s.replace(/[.!?-]+$/, '')), s).toBe(false);
  });
});
