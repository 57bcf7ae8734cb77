import { describe, expect, it } from 'vitest';
import { detect } from '../../src/matching/detect';
import type { Reason, Sense } from '../../src/matching/types';

/**
 * Facts of English and of medicine the detector reads, each on a sentence written for this test:
 * [text, the mention as written, expected sense].
 */
type Row = readonly [string, string, Sense | 'none'];

function senseOf(text: string, surface: string): Sense | 'none' {
  const at = text.indexOf(surface);
  const found = detect(text).find((m) => m.start < at + surface.length && at < m.end);
  return found ? found.sense : 'none';
}

function reasonOf(text: string, surface: string): Reason | undefined {
  const at = text.indexOf(surface);
  return detect(text).find((m) => m.start < at + surface.length && at < m.end)?.reason;
}

describe('the organ, condition or procedure a cramp is said of', () => {
  it.each<Row>([
    // Fertility procedures, abortion, afterbirth and labour: the uterus, never the muscle causes.
    ['Some cramping after the IUI is normal, the nurse said.', 'cramping', 'other-medical'],
    ['I had cramping for an hour after my HSG.', 'cramping', 'other-medical'],
    ['Expect strong cramps with a medical abortion.', 'cramps', 'other-medical'],
    ['Afterpains feel like cramps while breastfeeding.', 'cramps', 'other-medical'],
    ['The cramping in early labour came every ten minutes.', 'cramping', 'other-medical'],
    ['Cramping can follow embryo transfer.', 'Cramping', 'other-medical'],
    // Diseases of organs, from the Disease Ontology: the gut, the urinary tract, vessels, seizures.
    ['Crohn’s disease flares bring cramping and fatigue.', 'cramping', 'other-medical'],
    ['Passing a kidney stone means waves of cramping.', 'cramping', 'other-medical'],
    ['Cystitis often comes with cramps and burning.', 'cramps', 'other-medical'],
    ['West syndrome shows as clusters of spasms in a baby.', 'spasms', 'other-medical'],
    ['In atherosclerosis the narrowed vessel may spasm.', 'spasm', 'other-medical'],
    ['Her newborn had spasms that the doctor filmed.', 'spasms', 'other-medical'],
    // An organ's muscle named in the sentence: "muscle spasms" are that muscle's.
    ['The drug relaxes the bladder muscle and stops muscle spasms.', 'muscle spasms', 'other-medical'],
    ['A blood vessel spasm narrows the artery.', 'spasm', 'other-medical'],
    ['Hunger cramps woke him before dawn.', 'cramps', 'other-medical'],
    // Two risk factors of heart and vessel disease make a bare "cramp" the heart's.
    ['Smoking and high blood pressure can set off this cramp.', 'cramp', 'other-medical'],
    // Menstruation and early pregnancy: the womb's cramps.
    ['Painful cramps during periods kept her home from school.', 'cramps', 'other-medical'],
    ['Is cramping normal at six weeks pregnant?', 'cramping', 'other-medical'],
    // A slash joins alternatives: "cramps/periods" is the period's cramp.
    ['The worst cramps/periods of my life, she wrote.', 'cramps', 'other-medical'],
    // Breast tenderness beside a bare "cramps" is premenstrual.
    ['Painkillers ease cramps, bloating and breast tenderness.', 'cramps', 'other-medical'],
    // Likened to a period's cramps.
    ['The first contractions felt like period-like cramps.', 'cramps', 'other-medical'],
    // A named condition of the organs outweighs a limb named elsewhere in the sentence.
    ['Gallstones give cramping pain that spreads to the back.', 'cramping', 'other-medical'],
    ['Colic makes a baby cry with cramping and drawn-up legs.', 'cramping', 'other-medical'],
    ['A sharp cramp on one side at seven weeks may mean an ectopic pregnancy.', 'cramp', 'other-medical'],
    // The chest, the heart and other organs named as where it is; a heart attack's first sign.
    ['He felt a cramp in his chest and called an ambulance.', 'cramp', 'other-medical'],
    ['My heart attack began with what I took for a cramp.', 'cramp', 'other-medical'],
    ['Urethral spasms can follow a catheter.', 'spasms', 'other-medical'],
    // Care in pregnancy and after birth.
    ['Ring the midwife if the cramps get stronger.', 'cramps', 'other-medical'],
    ['Cramping after a caesarean eases within days.', 'Cramping', 'other-medical'],
    ['Some cramping after the D&C is expected.', 'cramping', 'other-medical'],
    ['Fibroids can bring heavy bleeding and cramping.', 'cramping', 'other-medical'],
    // Laxatives and enemas work on the bowel.
    ['Too many laxatives can cause cramping.', 'cramping', 'other-medical'],
    // A hormonal or copper IUD by its brand.
    ['Some cramping after the Mirena is fitted is normal.', 'cramping', 'other-medical'],
  ])('%s -> "%s" is %s', (text, surface, sense) => {
    expect(senseOf(text, surface)).toBe(sense);
  });

  it('still marks the muscle where paralysis or a limb is named beside the organs', () => {
    expect(senseOf('An injury can cause paralysis, spasms, and loss of bladder control.', 'spasms')).toBe('muscle');
    // An organ alone (not a condition of it) does not outweigh a named limb.
    expect(senseOf('It affects the legs and the bladder, with spasms and weakness.', 'spasms')).toBe('muscle');
    expect(senseOf('A cramp in my side while running is a stitch.', 'cramp')).toBe('muscle');
    expect(senseOf('With Crohn’s disease I also get cramps in my calves.', 'cramps')).toBe('muscle');
  });

  it('still marks a pregnancy’s leg and night cramps, and a cramp after periods of rest', () => {
    expect(senseOf('Pregnant women often get cramps in the calf.', 'cramps')).toBe('muscle');
    expect(senseOf('Pregnant and woken by cramps every night.', 'cramps')).toBe('muscle');
    expect(senseOf('After long periods of rest the cramps eased.', 'cramps')).toBe('muscle');
  });

  it('reads one risk factor alone as no organ: cramps from a cholesterol pill are a muscle’s', () => {
    expect(senseOf('Since my cholesterol pills I get cramps every night.', 'cramps')).toBe('muscle');
  });

  it('keeps a mention joined by "or" to the one before it in that one’s sense', () => {
    const text = 'The narrowed vessel may spasm or cramp under stress.';
    expect(senseOf(text, 'cramp')).toBe('other-medical');
    expect(reasonOf(text, 'cramp')).toBe('coordinated-mention');
    expect(senseOf('My calf would spasm or cramp at night.', 'cramp')).toBe('muscle');
  });
});

describe('words that are not cramps at all', () => {
  it.each<Row>([
    // Tools, plants, fungi and fish named after cramps.
    ['Tighten the sash cramps before the glue sets.', 'cramps', 'not-medical'],
    ['A G-cramp holds the veneer flat.', 'cramp', 'not-medical'],
    ['Cramp bark is sold as a herbal tea.', 'Cramp', 'not-medical'],
    ['Cramp balls grow on dead ash wood.', 'Cramp', 'not-medical'],
    // Figurative and glossed uses.
    ['A spasm as of fear crossed his face.', 'spasm', 'not-medical'],
    ['They broke free of old and cramping rules.', 'cramping', 'not-medical'],
    ["The word KARAZ, literally 'shiver, spasm', names a metre.", 'spasm', 'not-medical'],
    // Squeezed into a space.
    ['We sat cramped up in the back seat for hours.', 'cramped', 'not-medical'],
    ['The children cramped together on one bench.', 'cramped', 'not-medical'],
    ['Anna cramped her notes onto one card.', 'cramped', 'not-medical'],
    // After a modal or "to", a bare noun object makes "cramp" the verb "restrict".
    ['Higher tariffs could cramp exports next year.', 'cramp', 'not-medical'],
    ['Red tape continues to cramp growth in the region.', 'cramp', 'not-medical'],
    // A quantifier before "cramping" makes it the adjective of the noun after it.
    ['The club had no cramping bylaws then.', 'cramping', 'not-medical'],
    // Said to be a name.
    ['Cramp is a surname from Kent.', 'Cramp', 'not-medical'],
    ['Cramp was a mill town once.', 'Cramp', 'not-medical'],
    // A gloss in brackets says what kind of thing the name is.
    ['Cramps (the band) played Leeds that night.', 'Cramps', 'not-medical'],
    // A feeling's grip, like a spasm of grief.
    ['She knew the cold cramp of dread before every exam.', 'cramp', 'not-medical'],
  ])('%s -> "%s" is %s', (text, surface, sense) => {
    expect(senseOf(text, surface)).toBe(sense);
  });

  it('still reads "cramping" as the symptom where it qualifies a bodily word or a person', () => {
    expect(senseOf('A cramping feeling spread up my leg.', 'cramping')).toBe('muscle');
    expect(senseOf('He beat a cramping Hewitt in four sets.', 'cramping')).toBe('muscle');
    expect(senseOf('Aches or cramping following hard exercise are common.', 'cramping')).toBe('muscle');
    expect(senseOf('Any cramping issues after the long ride?', 'cramping')).toBe('muscle');
    expect(senseOf('Every cramping cyclist was helped off the course.', 'cramping')).toBe('muscle');
    expect(senseOf('I felt no cramping tonight.', 'cramping')).toBe('muscle');
    expect(senseOf('Cramp is a name for a sudden tight muscle.', 'Cramp')).toBe('muscle');
    expect(senseOf('I was cramping less by the end.', 'cramping')).toBe('muscle');
    expect(senseOf('Heat can cramp anyone who skips water.', 'cramp')).toBe('muscle');
    expect(senseOf('Cold water can cramp muscles quickly.', 'cramp')).toBe('muscle');
    expect(senseOf('A cramp of pain shot up my calf.', 'cramp')).toBe('muscle');
    expect(senseOf('Cramps (muscle) are common in runners.', 'Cramps')).toBe('muscle');
  });
});

describe('how pages write about muscle cramps', () => {
  it.each<Row>([
    ['Heat-Induced Cramps and How to Avoid Them', 'Cramps', 'muscle'],
    ['Muscles starved of energy become weakened and cramped after effort.', 'cramped', 'muscle'],
    ['The legs felt cramped and sore all evening.', 'cramped', 'muscle'],
    ['I never cramped once in training this year.', 'cramped', 'muscle'],
    ['The bowler was severely cramped in the last overs of his innings.', 'cramped', 'muscle'],
    // Sport names its people: a rower, a keeper, a jockey can cramp.
    ['The rower cramped up over the last few strokes.', 'cramped', 'muscle'],
    ['Their keeper cramped in extra time.', 'cramped', 'muscle'],
    ['Two students cramped up in the relay.', 'cramped', 'muscle'],
    // A person's name as the subject of the verb.
    ['Midfielder Okafor cramped badly in overtime.', 'cramped', 'muscle'],
    // A limb said to be someone's is the body's, though "back" alone has everyday senses.
    ['My back went into spasm as I lifted the box.', 'spasm', 'muscle'],
    ['Cramp-fasciculation syndrome is benign.', 'Cramp', 'muscle'],
    ['On Spasm, Tremor, and other Disorders of the Muscles', 'Spasm', 'muscle'],
    ['Dystrophia myotonica is inherited.', 'myotonica', 'muscle'],
    ['Scottie cramp is an inherited disorder of terriers.', 'cramp', 'muscle'],
  ])('%s -> "%s" is %s', (text, surface, sense) => {
    expect(senseOf(text, surface)).toBe(sense);
  });

  it('still reads a citation’s surname as a name, but not a title’s noun after a preposition', () => {
    expect(senseOf('Cramp, “Notes on Jarrow”, pp. 12–19', 'Cramp')).toBe('not-medical');
  });
});
