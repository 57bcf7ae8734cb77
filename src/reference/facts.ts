/**
 * General facts about muscle spasms, rewritten from the seed document
 * ("Causes of Muscle Spasms") in this project's own words.
 */
export const SOURCE_DOCUMENT = 'Causes of Muscle Spasms';

export const GENERAL_FACTS: readonly string[] = [
  'A spasm is a muscle tightening on its own, without you deciding to move it.',
  'Most spasms start by themselves; when something does set one off, it is usually something minor.',
  'A spasm typically hurts and lasts a few minutes before the muscle gradually lets go.',
  'Any muscle can be affected, but calves, feet and hands are where spasms happen most.',
  'Spasms go with many illnesses, yet many spasms are harmless and point to no problem at all.',
];

export const MEDICAL_NOTE =
  'General information, not medical advice. See a clinician about spasms that are severe, frequent or unexplained.';
