import { describe, expect, it } from 'vitest';
import { parseCausesReply } from '../../src/messages';
import { rankCauses } from '../../src/ranking/rank';
import { relationOf } from '../../src/ranking/relation';
import { tooltipCauses } from '../../src/ranking/tooltip-causes';
import { CONTEXT_WINDOW, TOOLTIP_CAUSES } from '../../src/ranking/limits';

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
    // "Withdrawal" is from the substance the text names; a drinker drinks alcohol, not water.
    ['Many heavy drinkers get cramps, mostly during withdrawal.', ['alcohol-abuse']],
    ['Cramps are common in people taking opioids for pain.', ['medications']],
    // Feeling cold is a symptom of an underactive thyroid, not cold weather.
    ['The thyroid test came after months of cramps and feeling cold all day.', ['hypothyroidism']],
    // Sport names its people: a striker or a rower is exercising.
    ['The striker went down with cramp deep in stoppage time.', ['prolonged-exercise']],
    // Hours of one task, bent over: an overworked muscle.
    ['After five hours of gardening, bent over the beds, my back went into spasm.', ['muscle-fatigue']],
    // A cause's word before a disease's name says what brought the disease on.
    ['Statin myopathy can start with cramps in the thighs.', ['medications']],
    // An age in weeks said on its own is how a pregnancy is counted.
    ['At 34 weeks my toes cramp at night.', ['pregnancy']],
    // Hours at an instrument overwork the small muscles of the hand.
    ['My fretting hand cramps when I play guitar all evening.', ['muscle-fatigue']],
    // Clenching or grinding the teeth overworks the jaw's muscles.
    ['My jaw cramps from clenching my teeth in my sleep.', ['muscle-fatigue']],
    // The occasion of a named disease's cramps is not their cause: the disease is.
    ['Boys with Becker muscular dystrophy get cramps on exercise.', ['muscular-disease']],
    // A cause's word before a disease's name counts as strongly as a name.
    ['Cramps on exertion may point to a metabolic myopathy.', ['metabolic-disorders']],
    // A whole day of one task, overhead work: an overworked muscle.
    ['I hung wallpaper overhead all day and now my shoulder spasms.', ['muscle-fatigue']],
    // Myotonic dystrophies are myotonic disorders, whatever the ontology files them under.
    ['Myotonic dystrophy type 2 can bring stiffness and cramps.', ['myotonia']],
  ])('%s', (text, expected) => {
    const { ids } = top(text);
    expect(ids.slice(0, expected.length).sort()).toEqual([...expected].sort());
  });

  it('reads weeks of training or since surgery as time, not as a pregnancy', () => {
    expect(top('At 12 weeks of training my calves cramp.').ids[0]).not.toBe('pregnancy');
    expect(top('About 3 weeks after surgery I still get cramps.').ids[0]).not.toBe('pregnancy');
  });

  it('says which words made a cause relevant, strongest first', () => {
    // "km" is nearer but has everyday uses; "marathon" names the exertion.
    const { cues } = top('Marathon day: around the 30 km mark, cramp in my calf.');
    expect(cues[0]).toBe('marathon');
    expect(cues).toContain('km');
  });

  it('falls back to the common causes when the page gives no cue, and says so', () => {
    expect(top('Cramps are annoying.').ids).toEqual(['dehydration', 'prolonged-exercise', 'muscle-fatigue']);
    const reply = tooltipCauses({ before: 'Ugh, another ', mention: 'cramp', after: ' today.', title: '' });
    expect(reply.fitted).toBe(false);
    expect(reply.causes.every((c) => c.cues.length === 0)).toBe(true);
    expect(tooltipCauses({ before: 'After the marathon, a ', mention: 'cramp', after: '.', title: '' }).fitted).toBe(
      true,
    );
  });

  it('shows a cue found only in the page title as "on this page", never as nearby', () => {
    const reply = tooltipCauses({ before: 'Another ', mention: 'cramp', after: ' today.', title: 'Tennis club news' });
    const exercise = reply.causes.find((c) => c.id === 'prolonged-exercise');
    expect(exercise?.where).toBe('page');
    expect(exercise?.cues).toEqual(['Tennis']);
  });

  it('uses the page title as a weaker hint', () => {
    expect(top('Another cramp today.', 'Pregnancy forum: third trimester').ids[0]).toBe('pregnancy');
    expect(top('Another cramp after my marathon.', 'Pregnancy forum').ids[0]).toBe('prolonged-exercise');
  });

  it.each([
    // Clinical words for causes the reference has.
    ['Severe hypokalemia can bring on muscle cramps.', 'dehydration'],
    ['Patients on haemodialysis often report cramps.', 'kidney-failure'],
    ['The cramps began after she started levothyroxine for her thyroid.', 'hypothyroidism'],
    ['McArdle disease leaves the muscles without glycogen, so they cramp.', 'metabolic-disorders'],
    ['In her second trimester the night cramps got worse.', 'pregnancy'],
    ['Cramps are a known side effect of chemotherapy.', 'medications'],
    ['He got cramps in the last over of the innings.', 'prolonged-exercise'],
    ['After a spinal cord injury, spasms in the legs are common.', 'neurological-disease'],
    // Tiredness of small muscles: typing, gaming, writing.
    ['My fingers cramp from typing all day.', 'muscle-fatigue'],
    ['After six hours of gaming my hand cramps up.', 'muscle-fatigue'],
  ])('knows the words for a cause: %s', (text, expected) => {
    expect(top(text).ids[0]).toBe(expected);
  });

  it('counts a treatment as a remedy, not a cause', () => {
    expect(top('The doctor prescribed quinine tablets for my night cramps.').ids[0]).not.toBe('medications');
    expect(top('For a cramp, apply heat and then apply cold packs.').ids.slice(0, 2)).not.toContain(
      'cold-temperatures',
    );
  });

  it('reads "drunk" after "had" as drinking in general, not as alcohol', () => {
    const { ids } = top('I had not drunk enough fluids all day and got a cramp.');
    expect(ids[0]).toBe('dehydration');
    expect(ids).not.toContain('alcohol-abuse');
  });

  it('does not count what the text denies', () => {
    expect(top('My cramps are not related to strenuous exercise, my doctor says.').ids[0]).not.toBe(
      'prolonged-exercise',
    );
  });

  it('reads symptoms listed beside the spasm as effects, and the named condition as the cause', () => {
    const text = 'Kidney failure is serious. Symptoms include fatigue, numbness, insomnia and muscle cramps.';
    expect(top(text).ids[0]).toBe('kidney-failure');
  });

  it('weighs a cue in the mention’s own sentence over the same cue a sentence away', () => {
    const near = top('I went for a run yesterday. Today I am dehydrated and have a cramp.').ids[0];
    expect(near).toBe('dehydration');
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
    const reply = tooltipCauses({
      before: 'At mile 20 of the marathon, in the heat and sweating hard, my ',
      mention: 'calf cramped',
      after: ' and I had to walk.',
      title: 'Race report',
    });
    const { causes } = reply;
    expect(causes).toHaveLength(TOOLTIP_CAUSES);
    expect(reply.fitted).toBe(true);
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
    expect(parseCausesReply(reply)).toEqual(reply);
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
    }).causes.map((c) => c.id);
    expect(viaMessage).toEqual(direct);
    expect(viaMessage[0]).toBe('pregnancy');
  });
});

describe('reading how a cue relates to the mention', () => {
  /** [text with the cue in {braces} and the mention in [brackets], expected relation] */
  it.each([
    ['[Cramps] caused by {dehydration} are common.', 'cause'],
    ['My [calf cramped] after the {marathon}.', 'cause'],
    ['{Hypokalemia} can result in weakness and [cramping].', 'cause'],
    ['Side effects of {statins} include [muscle cramps].', 'cause'],
    ['[Cramps] are often treated with {magnesium}.', 'remedy'],
    ['{Quinine} was prescribed for my [night cramps].', 'remedy'],
    ['To ease a [cramp], apply {heat}.', 'remedy'],
    ['Gentle {stretching} helps with a [cramp].', 'remedy'],
    ['The [spasms] are not related to {exercise}.', 'negated'],
    ['Symptoms include {fatigue}, [cramps] and headaches.', 'listed'],
    ['It is characterized by {numbness} and [cramping].', 'listed'],
    ['I like {tennis}. Yesterday I had a [cramp].', 'plain'],
  ])('%s -> %s', (marked, expected) => {
    const cueStart = marked.indexOf('{');
    const plain = marked.replace(/[{}[\]]/g, '');
    const cue = marked.slice(cueStart + 1, marked.indexOf('}'));
    const mention = marked.slice(marked.indexOf('[') + 1, marked.indexOf(']'));
    const cueAt = plain.indexOf(cue);
    const mentionAt = plain.indexOf(mention);
    const cueFirst = cueAt < mentionAt;
    const between = cueFirst
      ? plain.slice(cueAt + cue.length, mentionAt)
      : plain.slice(mentionAt + mention.length, cueAt);
    expect(relationOf(plain.slice(0, cueAt), plain.slice(cueAt + cue.length), between, cueFirst)).toBe(expected);
  });
});
