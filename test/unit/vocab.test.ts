import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileVocabulary } from '../../scripts/vocab/compile';
import { GENERATED_FILE, VOCAB_DIR, vocabFiles } from '../../scripts/vocab/files';
import { CAUSE_CLASSES } from '../../src/vocab/classes';
import { findMedicalNames } from '../../src/vocab/medical-names';
import { normalizeName } from '../../src/vocab/normalize';
import { textWords } from '../../src/vocab/phrase-index';

const read = (text: string) =>
  findMedicalNames(text).map((f) => `${f.written}: ${f.name.cause} (${f.name.description})`);

describe('medical names from the public vocabularies', () => {
  it('reads a disease by any of its names, in any case, with or without the possessive', () => {
    expect(read("Kennedy's disease, also called spinal and bulbar muscular atrophy")).toEqual([
      "Kennedy's disease: neurodegenerative-disease (a motor neuron disease)",
      'spinal and bulbar muscular atrophy: neurodegenerative-disease (a motor neuron disease)',
    ]);
    expect(read('KENNEDY DISEASE')).toEqual(['KENNEDY DISEASE: neurodegenerative-disease (a motor neuron disease)']);
  });

  it('files each disease under the cause its ontology class stands for', () => {
    expect(read('Myofibrillar myopathies')).toEqual(['Myofibrillar myopathies: muscular-disease (a muscle disease)']);
    expect(read('chronic kidney disease')).toEqual(['chronic kidney disease: kidney-failure (kidney failure)']);
    expect(read('Meige syndrome')).toEqual(['Meige syndrome: neurological-disease (a focal dystonia)']);
    expect(read('McArdle disease')).toEqual(['McArdle disease: metabolic-disorders (a glycogen storage disease)']);
    expect(read('Becker disease')).toEqual(['Becker disease: myotonia (a myotonic disorder)']);
  });

  it('keeps out what the table holds back: diabetes, headaches, eye disease, kidney stones', () => {
    expect(read('diabetes mellitus, migraine, glaucoma, urolithiasis')).toEqual([]);
  });

  it('reads medicines, but not elements, salts, sugars or alcohol', () => {
    expect(read('since starting furosemide and atorvastatin')).toEqual([
      'furosemide: medications (a medicine)',
      'atorvastatin: medications (a medicine)',
    ]);
    expect(read('water, magnesium, potassium, glucose, ethanol and iron')).toEqual([]);
  });

  it('reads short forms only in capitals: ALS, not "als"', () => {
    expect(read('ALS and MS')).toHaveLength(2);
    expect(read('als ms')).toEqual([]);
  });

  it('reads the lay name over the ontology’s: writer’s cramp is a focal dystonia', () => {
    expect(read('writer’s cramp')).toEqual(['writer’s cramp: neurological-disease (a focal dystonia)']);
  });

  it('splits names and page words alike, whatever a window of page words read before', () => {
    expect(textWords('Kennedy&apos;s disease and more', 0, 5).map((w) => w.word)).toEqual(['kennedy']);
    expect(normalizeName('Kennedy&apos;s disease')).toBe('kennedy disease');
  });

  it('normalises names one way: case, accents, possessives and punctuation', () => {
    expect(normalizeName('Sjögren’s  Syndrome')).toBe('sjogren syndrome');
    expect(normalizeName('X-linked')).toBe('x linked');
  });

  it('has a description for every row that names a cause', () => {
    for (const row of CAUSE_CLASSES) if (row.cause !== null) expect(row.description).not.toBe('');
  });
});

describe.skipIf(!existsSync(VOCAB_DIR))('the generated module (skipped when ../shared/vocab is absent)', () => {
  it('is what scripts/compile-vocab.ts makes of ../shared/vocab today (else run `npm run vocab`)', () => {
    const made = compileVocabulary(vocabFiles(VOCAB_DIR, (f) => readFileSync(join(VOCAB_DIR, f), 'utf8')));
    expect(made === readFileSync(GENERATED_FILE, 'utf8')).toBe(true);
  });
});
