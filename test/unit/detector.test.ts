import { describe, expect, it } from 'vitest';
import { detect } from '../../src/matching/detect';
import type { Sense } from '../../src/matching/types';

/** [text, the mention as written, expected sense]: one row per rule, written for these tests. */
type Row = readonly [string, string, Sense];

function senseOf(text: string, surface: string): Sense | 'none' {
  const found = detect(text).find(
    (m) => text.slice(m.start, m.end).includes(surface) || surface.includes(text.slice(m.start, m.end)),
  );
  return found ? found.sense : 'none';
}

const muscle: Row[] = [
  ['I woke at 3am with a terrible cramp in my calf.', 'cramp', 'muscle'],
  ['Cramps are common after long runs in the heat.', 'Cramps', 'muscle'],
  ['She gets leg cramps every night in her third trimester.', 'leg cramps', 'muscle'],
  ['A charley horse is a painful spasm of the thigh.', 'charley horse', 'muscle'],
  ['He calls it a charlie horse.', 'charlie horse', 'muscle'],
  ['Muscle spasms in the lower back can last for days.', 'Muscle spasms', 'muscle'],
  ['Cramps Leg Pain After Running', 'Cramps', 'muscle'],
  ['How to Stop a Cramp Fast', 'Cramp', 'muscle'],
  ['Causes of Cramps', 'Cramps', 'muscle'],
  ['Tetanus causes painful muscle spasms and lockjaw.', 'muscle spasms', 'muscle'],
  ['She felt a twinge and then a spasm in her shoulder.', 'spasm', 'muscle'],
  ['Spasticity and spasms are common in people with MS.', 'spasms', 'muscle'],
  ['Hypokalemia can cause muscle weakness, cramps, and heart palpitations.', 'cramps', 'muscle'],
  ['Writer’s cramp is a focal dystonia of the hand.', 'Writer’s cramp', 'muscle'],
  ["Writer's cramp affects people who write a lot.", "Writer's cramp", 'muscle'],
  ['The cold water made my foot cramp up.', 'foot cramp', 'muscle'],
  ['Myotonia congenita is rare.', 'Myotonia', 'muscle'],
  ['Runners often cramp in the final miles of a marathon.', 'cramp', 'muscle'],
  ['Cramping after a workout usually means you need fluids.', 'Cramping', 'muscle'],
  ['Her muscles were cramping badly.', 'cramping', 'muscle'],
  ['The patient reported back spasms.', 'back spasms', 'muscle'],
  ['Some people get spasms in their eyelids.', 'spasms', 'muscle'],
  ['Her calves cramped after the race.', 'cramped', 'muscle'],
  ['Stretch the cramped muscle gently.', 'cramped muscle', 'muscle'],
  ['He felt a spasm in his neck while lifting.', 'spasm', 'muscle'],
  ['Painful cramps in the feet are common in people on dialysis.', 'cramps', 'muscle'],
  ['Calf-cramps woke him again.', 'cramps', 'muscle'],
  ['Night cramps affect many older adults.', 'Night cramps', 'muscle'],
  ['Heat cramps strike workers in hot weather.', 'Heat cramps', 'muscle'],
  ['Exercise-associated cramps are poorly understood.', 'cramps', 'muscle'],
  ['Blepharospasm makes the eyelids close involuntarily.', 'Blepharospasm', 'muscle'],
  ['Spasmodic dysphonia affects the voice muscles.', 'Spasmodic dysphonia', 'muscle'],
  ['Hemifacial spasm twitches one side of the face.', 'spasm', 'muscle'],
  ['Despite the physiotherapist’s help the spasms kept coming.', 'spasms', 'muscle'],
  ['muscle\u00a0spasms with a non-breaking space', 'spasms', 'muscle'],
  ['The muscle spasmed twice before relaxing.', 'spasmed', 'muscle'],
  ['The myotonic muscle relaxes slowly.', 'myotonic', 'muscle'],
  // Tetany and the -myotonia compounds are skeletal-muscle conditions.
  ['Low calcium can bring on tetany in the hands.', 'tetany', 'muscle'],
  ['Paramyotonia gets worse in the cold.', 'Paramyotonia', 'muscle'],
  ['Acquired neuromyotonia keeps the muscles active.', 'neuromyotonia', 'muscle'],
  ['Geniospasm makes the chin quiver.', 'Geniospasm', 'muscle'],
  // Listed right after a muscle symptom: the muscle's, whatever organs the sentence lists too.
  ['Patients report bladder trouble, muscle stiffness and spasms.', 'spasms', 'muscle'],
  ['The disabled veteran still gets spasms every evening.', 'spasms', 'muscle'],
  // "cramped" as the verb, with a person or a body part as its subject.
  ['I cramped at the last water station.', 'cramped', 'muscle'],
  ['Half the runners cramped near the finish.', 'cramped', 'muscle'],
  ['My foot also cramped on the way down.', 'cramped', 'muscle'],
  ['After an hour of typing my hand got a bit cramped.', 'cramped', 'muscle'],
  ['Women often get cramps after long runs.', 'cramps', 'muscle'],
  ['On a training cycle my cramps got worse.', 'cramps', 'muscle'],
  ['After a period of rest the cramps eased.', 'cramps', 'muscle'],
];

const otherMedical: Row[] = [
  ['She has bad menstrual cramps.', 'menstrual cramps', 'other-medical'],
  ['Stomach cramps and diarrhoea lasted two days.', 'Stomach cramps', 'other-medical'],
  ['Abdominal cramps may be caused by gas.', 'Abdominal cramps', 'other-medical'],
  ['Bronchospasm can follow exercise.', 'Bronchospasm', 'other-medical'],
  ['Cerebral vasospasm follows some haemorrhages.', 'vasospasm', 'other-medical'],
  ['Infantile spasms are a type of seizure.', 'Infantile spasms', 'other-medical'],
  ['Esophageal spasms can feel like chest pain.', 'Esophageal spasms', 'other-medical'],
  ['Spasm of the coronary artery caused the angina.', 'Spasm', 'other-medical'],
  ['The drug can cause spasm of the airways.', 'spasm', 'other-medical'],
  ['It has antispasmodic effects.', 'antispasmodic', 'other-medical'],
  ['Smooth muscle spasm in the gut causes colic.', 'spasm', 'other-medical'],
  ['I get cramps in my stomach after eating.', 'cramps', 'other-medical'],
  ['Cramps, bloating and diarrhoea are typical of the infection.', 'Cramps', 'other-medical'],
  ['Period cramps start a day before bleeding.', 'Period cramps', 'other-medical'],
  ['Symptoms include cramps, bloating, and gas.', 'cramps', 'other-medical'],
  ['Cramping of the uterus occurs during labor.', 'Cramping', 'other-medical'],
  ['Some drugs can cause bronchial spasm.', 'spasm', 'other-medical'],
  // Reproductive, pelvic and pregnancy-loss words, and women as the subject of a bare "cramps".
  ['Some women have cramps for a week afterwards.', 'cramps', 'other-medical'],
  ['She started cramping at eight weeks and then lost the baby.', 'cramping', 'other-medical'],
  ['Endometriosis often brings painful cramps.', 'cramps', 'other-medical'],
  ['After the IUD was fitted I had cramps all day.', 'cramps', 'other-medical'],
  ['Her menstral cramps kept her home.', 'cramps', 'other-medical'],
  ['On my period I get cramps and headaches.', 'cramps', 'other-medical'],
  ['During her cycle she gets cramps.', 'cramps', 'other-medical'],
  ['Her periods come with cramps.', 'cramps', 'other-medical'],
  ['Dairy gives me flatulence and cramping.', 'cramping', 'other-medical'],
  // Organs named by place or modifier.
  ['The smoke set off a spasm in her lungs.', 'spasm', 'other-medical'],
  ['He lay awake with internal spasms.', 'internal spasms', 'other-medical'],
  ['The obstruction caused painful spasms after every meal.', 'spasms', 'other-medical'],
];

const notMedical: Row[] = [
  ['Our cramped flat has no room for a sofa.', 'cramped', 'not-medical'],
  ["Don't cramp my style.", 'cramp', 'not-medical'],
  ['That really cramps his style.', 'cramps', 'not-medical'],
  ['The Cramps played a legendary show in Napa.', 'Cramps', 'not-medical'],
  ['Mr Cramp was the headmaster.', 'Cramp', 'not-medical'],
  ['Mrs. Cramp ran the post office.', 'Cramp', 'not-medical'],
  ['I had a brain cramp and forgot the answer.', 'cramp', 'not-medical'],
  ['His handwriting was cramped and hard to read.', 'cramped', 'not-medical'],
  ['The crew lived in cramped quarters for months.', 'cramped', 'not-medical'],
  ['These laws cramp the growth of small business.', 'cramp', 'not-medical'],
  ['The market went into a spasm of selling.', 'spasm', 'not-medical'],
  ['A spasm of laughter ran through the hall.', 'spasm', 'not-medical'],
  ['The stones were tied with iron cramps.', 'cramps', 'not-medical'],
  ['Cramp and Simmons (1980) measured the birds.', 'Cramp', 'not-medical'],
  ['See Cramp (1998) for the tables.', 'Cramp', 'not-medical'],
  ['William Cramp & Sons built warships.', 'Cramp', 'not-medical'],
  ['Cramp Shipbuilding built destroyers during the war.', 'Cramp', 'not-medical'],
  ['Frank Cramp was elected mayor.', 'Cramp', 'not-medical'],
  ['The label was named Cramps Records, she said.', 'Cramps', 'not-medical'],
  ['Progress came in fits and spasmodic bursts.', 'spasmodic', 'not-medical'],
  ['The economy went into spasms after the announcement.', 'spasms', 'not-medical'],
  ['Don’t let the small space cramp your creativity.', 'cramp', 'not-medical'],
  ['The locals called the black residue "cramp" in their dialect.', 'cramp', 'not-medical'],
  ["Nothing should cramp these children's chances.", 'cramp', 'not-medical'],
  ['The mason set a cramp-iron into the wall.', 'cramp', 'not-medical'],
  ['A spasm of pain crossed his face.', 'spasm', 'not-medical'],
  ['We were cramped at the back of the bus.', 'cramped', 'not-medical'],
  ['Better at the back than cramped up at the front.', 'cramped', 'not-medical'],
];

describe('detector: sense of each mention', () => {
  it.each([...muscle, ...otherMedical, ...notMedical])('%s -> "%s" is %s', (text, surface, sense) => {
    expect(senseOf(text, surface)).toBe(sense);
  });
});

describe('detector: what is not a mention at all', () => {
  it.each([
    'He watched Twitch all night.',
    'Les crampes sont fréquentes chez les sportifs.',
    'var cramPlugin = initPlugins();',
    'A cramped-up spreadsheet? No: crampons for the glacier.',
    'Nothing to see here: a plain sentence about lunch.',
    '',
  ])('%s', (text) => {
    expect(detect(text).filter((m) => m.sense === 'muscle')).toEqual([]);
  });
});

describe('detector: offsets and phrases', () => {
  it('returns UTF-16 offsets of the whole phrase, longest phrase winning', () => {
    const text = 'After 🏃 training, calf muscle cramps hit.';
    const [m] = detect(text);
    expect(m).toBeDefined();
    expect(text.slice(m?.start, m?.end)).toBe('calf muscle cramps');
    expect(m?.term).toBe('calf muscle cramps');
  });

  it('finds a mention split by soft hyphens and maps offsets back to the original text', () => {
    const text = 'Sudden cram\u00adping in the calf.';
    const [m] = detect(text);
    expect(m?.sense).toBe('muscle');
    expect(text.slice(m?.start, m?.end)).toBe('cram\u00adping');
  });

  it('handles curly and straight apostrophes, hyphens and line breaks', () => {
    expect(detect('writer’s cramp')[0]?.term).toBe("writer's cramp");
    expect(detect('charley-horse')[0]?.term).toBe('charley horse');
    expect(detect('muscle\nspasm')[0]?.term).toBe('muscle spasm');
  });

  it('finds every mention in a long text, once each, in order', () => {
    const text = 'Leg cramps. '.repeat(5);
    const found = detect(text);
    expect(found).toHaveLength(5);
    expect(found.map((m) => m.start)).toEqual([0, 12, 24, 36, 48]);
  });

  it('reads the mentions of one sentence in that sentence, and a run-on sentence near each mention only', () => {
    // Two mentions of one sentence share its words: the second still does not count itself as a cue.
    expect(detect('Women get cramps, and cramps at night too.').map((m) => m.sense)).toEqual(['muscle', 'muscle']);
    expect(detect('Many women get cramps, and cramps too.').map((m) => m.sense)).toEqual([
      'other-medical',
      'other-medical',
    ]);
    // Past a few hundred characters without a full stop, only the words near a mention are its context:
    // "women" near the first mention says nothing about the last one.
    const filler = (n: number) => ' and the garden was quiet'.repeat(n);
    const found = detect(
      `It rained${filler(4)} as many women${filler(11)} got cramps${filler(6)} and then cramps again`,
    );
    expect(found.map((m) => m.sense)).toEqual(['other-medical', 'muscle']);
  });

  it('reads each word for what it is, even where two words share the memo’s hash', () => {
    // "pain" and "pbJn" hash alike (31 * 'a' + 'i' === 31 * 'b' + 'J'); only the first is medical.
    const senses = ['pain', 'pbJn', 'pain', 'pbJn'].map((w) => detect(`A spasm, then ${w}.`)[0]?.sense);
    expect(senses).toEqual(['muscle', 'not-medical', 'muscle', 'not-medical']);
  });

  it('names the rule behind every decision', () => {
    expect(detect('Mr Cramp had leg cramps and menstrual cramps.').map((m) => m.reason)).toEqual([
      'name-title',
      'modifier-muscle',
      'modifier-visceral',
    ]);
  });
});
