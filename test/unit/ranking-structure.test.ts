import { describe, expect, it } from 'vitest';
import { rankCauses, type RankedCause } from '../../src/ranking/rank';
import { tooltipCauses } from '../../src/ranking/tooltip-causes';

/** The ranking for the mention `surface` (its last occurrence) in `text`. */
function rank(text: string, surface: string, title?: string): RankedCause[] {
  const start = text.lastIndexOf(surface);
  return rankCauses({ text, start, end: start + surface.length, ...(title === undefined ? {} : { title }) });
}
const first = (ranked: readonly RankedCause[]) => ranked[0]?.cause.id;
const ids = (ranked: readonly RankedCause[], n: number) => ranked.slice(0, n).map((r) => r.cause.id);

function reply(text: string, surface: string) {
  const start = text.lastIndexOf(surface);
  return tooltipCauses({
    before: text.slice(0, start),
    mention: surface,
    after: text.slice(start + surface.length),
    title: '',
  });
}

describe('what the page names: diseases and medicines from the public vocabularies', () => {
  it('puts a named disease first and says what it was read as', () => {
    const ranked = rank("Kennedy's disease slowly weakens the limbs and brings cramping.", 'cramping');
    expect(first(ranked)).toBe('neurodegenerative-disease');
    expect(ranked[0]?.cues).toContain("Kennedy's disease — a motor neuron disease");
  });

  it('names the disease over the symptom words that describe it', () => {
    const text =
      'Spinal and bulbar muscular atrophy is marked by muscle weakness and atrophy. Wasting of the legs ends in cramping.';
    expect(first(rank(text, 'cramping'))).toBe('neurodegenerative-disease');
  });

  it('counts a medicine the text says brought the cramps on', () => {
    const ranked = rank('Since I started furosemide my calves cramp at night.', 'cramp');
    expect(first(ranked)).toBe('medications');
    expect(ranked[0]?.cues[0]).toBe('furosemide — a medicine');
  });

  it('counts nothing for a medicine given as the remedy', () => {
    expect(ids(rank('Her night cramps were treated with quinine.', 'cramps'), 1)).not.toContain('medications');
  });

  it('reads writer’s cramp as a focal dystonia, not tired muscles', () => {
    expect(first(rank('Writer’s cramp made every letter a struggle.', 'Writer’s cramp'))).toBe('neurological-disease');
  });

  it('reads the page title as the page’s subject: a drug leaflet', () => {
    const text = 'Common side effects include diarrhoea, muscle cramps and nausea.';
    expect(first(rank(text, 'muscle cramps', 'Atorvastatin 20 mg film-coated tablets'))).toBe('medications');
  });
});

describe('structure: lists, lead-ins and citations', () => {
  it('takes the lead-in of a list as the cause of its items', () => {
    const text = 'Loss of thyroid function can cause:\n- feeling cold\n- weight gain\n- muscle cramps';
    const ranked = rank(text, 'muscle cramps');
    expect(first(ranked)).toBe('hypothyroidism');
    expect(ids(ranked, 2)).not.toContain('cold-temperatures');
  });

  it('takes "symptoms of X" followed by a list as X causing the items', () => {
    const text = 'Signs and symptoms of chronic kidney disease.\n\n- itching\n- nausea and vomiting\n- muscle cramps';
    expect(first(rank(text, 'muscle cramps'))).toBe('kidney-failure');
  });

  it('counts the other items of a comma list as siblings, not causes', () => {
    const text = 'Her hypothyroidism was missed. Ask about dry skin, feeling cold, muscle cramps and weight gain.';
    expect(first(rank(text, 'muscle cramps'))).toBe('hypothyroidism');
  });

  it('says "Common causes" where only siblings of a list stand beside the mention', () => {
    expect(reply('Ask about dry skin, feeling cold, muscle cramps and weight gain.', 'muscle cramps').fitted).toBe(
      false,
    );
  });

  it('counts what the spasm leads to as an effect, not a cause', () => {
    const text = 'McArdle disease brings severe cramps followed by muscle damage and acute kidney failure.';
    expect(first(rank(text, 'severe cramps'))).toBe('metabolic-disorders');
  });

  it('gives no reason from a citation or a journal’s name', () => {
    const text =
      'Cramps are common at night.\nSmith J, et al. Dehydration and exercise in runners. Sports Med (2019) 12:1-9.';
    const causes = reply(text, 'Cramps');
    expect(causes.fitted).toBe(false);
    expect(causes.causes.flatMap((c) => c.cues)).toEqual([]);
    const journal = reply('A study in Muscle & Nerve followed people with leg cramps.', 'leg cramps');
    expect(journal.causes.flatMap((c) => c.cues)).not.toContain('Nerve');
  });

  it('gives no reason from a word’s etymology', () => {
    const text = 'Cramp (from Old English crampa, as in a cold, stiff hand) is a sudden tightening.';
    expect(reply(text, 'Cramp').causes.flatMap((c) => c.cues)).toEqual([]);
  });

  it('reads the longest words: open water is cold water, not a drink', () => {
    const ranked = rank('Two open-water swims gave me calf cramps.', 'calf cramps');
    expect(first(ranked)).toBe('cold-temperatures');
    expect(ranked.find((r) => r.cause.id === 'dehydration')?.cues).toEqual([]);
  });
});

describe('evidence that deserves confidence', () => {
  it('never puts a rare condition first or second on one everyday word', () => {
    expect(ids(rank('Cramps hit me in the cold this morning.', 'Cramps'), 2)).not.toContain('myotonia');
    expect(first(rank('Myotonia congenita: cramps are worse in the cold.', 'cramps'))).toBe('myotonia');
  });

  it('says "Common causes" when the mention’s own sentence supports none', () => {
    expect(reply('I ran a marathon in May.\n\nLast night I woke with a cramp.', 'cramp').fitted).toBe(false);
    expect(reply('Last night, after the marathon, I woke with a cramp.', 'cramp').fitted).toBe(true);
  });

  it('takes a disease the page names a sentence away as support: not the common causes', () => {
    const text = "My father has Kennedy's disease. Years before any weakness, he had muscle cramps.";
    expect(reply(text, 'muscle cramps').fitted).toBe(true);
  });

  it('reads a muscle held in one position, or hours on the feet, as muscle fatigue', () => {
    expect(first(rank('The brace held my calf in one position all day and it started to cramp.', 'cramp'))).toBe(
      'muscle-fatigue',
    );
  });

  it('does not read a bar of iron as a bar that serves drinks', () => {
    expect(ids(rank('He lifted the iron bar and his calf cramped.', 'cramped'), 3)).not.toContain('alcohol-abuse');
  });
});
