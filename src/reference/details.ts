import type { CauseDetails, CauseId } from './types';

/** The popup's fuller text for each cause, by id: how it leads to spasms, and other names. */
export const CAUSE_DETAILS: Readonly<Record<CauseId, CauseDetails>> = {
  'prolonged-exercise': {
    category: 'activity',
    section: 'Prolonged Exercise',
    explanation:
      'Working a muscle for a long time without pauses can use up its energy reserves badly. A muscle needs energy to let go as well as to contract, so a depleted muscle can stay locked in a contraction: that is the spasm.',
    aliases: ['exercise-associated muscle cramps', 'overexertion', 'sport cramps', 'endurance exercise'],
  },
  dehydration: {
    category: 'fluids',
    section: 'Dehydration',
    explanation:
      'Dehydration means the body has lost fluid together with dissolved salts: sodium, calcium, magnesium and potassium. Nerves and muscles depend on the balance of these charged particles to fire and then recover. When the balance is off they cannot reset and respond as usual, and a muscle can seize.',
    aliases: [
      'electrolyte imbalance',
      'salt loss',
      'low sodium',
      'low potassium',
      'low magnesium',
      'low calcium',
      'fluid loss',
    ],
  },
  'metabolic-disorders': {
    category: 'metabolism',
    section: 'Metabolic Disorders',
    explanation:
      'Certain metabolic disorders leave a muscle without enough of an enzyme it needs. Without it the muscle cannot supply itself with energy properly, stops working as it should, and may go into spasm.',
    aliases: ['enzyme deficiency', 'muscle enzyme deficiency', 'metabolic myopathy', 'McArdle disease'],
  },
  myotonia: {
    category: 'muscle-nerve',
    section: 'Myotonia',
    explanation:
      'In myotonia a muscle is slow to relax after it has contracted. It does not usually set off spasms out of nowhere, but many people with it get spasms after exercising, and more of them when they are cold.',
    aliases: ['myotonia congenita', 'myotonic dystrophy', 'delayed relaxation'],
  },
  'muscular-disease': {
    category: 'muscle-nerve',
    section: 'Muscular and Neurological Diseases',
    explanation:
      'Some diseases harm the muscle tissue. A damaged muscle does not behave normally and can contract when it should not. Fibromyalgia is one of the common conditions named here.',
    aliases: ['myopathy', 'muscle disease', 'muscular dystrophy'],
  },
  'neurological-disease': {
    category: 'muscle-nerve',
    section: 'Muscular and Neurological Diseases',
    explanation:
      'Muscles only contract when nerves tell them to. Diseases that damage the nervous system can send faulty signals, and the muscle answers with a spasm. Multiple sclerosis is one of the common conditions named here.',
    aliases: ['nerve disease', 'nervous system disorder', 'neurological disorder'],
  },
  fibromyalgia: {
    category: 'muscle-nerve',
    section: 'Muscular and Neurological Diseases',
    explanation:
      'Fibromyalgia is a lasting condition of widespread pain and tenderness. It is one of the common muscle-related conditions in which spasms happen, alongside aching and tiredness.',
    aliases: ['fibro', 'fibromyalgia syndrome', 'FMS'],
  },
  'multiple-sclerosis': {
    category: 'muscle-nerve',
    section: 'Muscular and Neurological Diseases',
    explanation:
      'Multiple sclerosis damages the protective coating of nerves in the brain and spinal cord. The damaged nerves misfire, and spasms and stiffness in the limbs are a common result.',
    aliases: ['MS', 'sclerosis'],
  },
  medications: {
    category: 'life',
    section: 'Other Causes',
    explanation:
      'A number of medicines can bring on spasms as a side effect. Drugs that make you pass more water (diuretics) can drain salts, and some cholesterol drugs (statins) are known to affect muscles. Ask a pharmacist before changing a medicine.',
    aliases: ['side effect', 'drug side effect', 'statins', 'diuretics', 'medicine'],
  },
  'alcohol-abuse': {
    category: 'life',
    section: 'Other Causes',
    explanation:
      'Drinking heavily over time is one of the causes named for spasms. Alcohol makes the body lose water and salts, and long-term heavy use can damage nerves and muscles.',
    aliases: ['alcohol', 'alcoholism', 'heavy drinking'],
  },
  pregnancy: {
    category: 'life',
    section: 'Other Causes',
    explanation:
      'Pregnancy is one of the named causes of spasms. Leg cramps, often at night and later in pregnancy, are a familiar complaint. Mention them to your midwife or doctor.',
    aliases: ['pregnant', 'pregnancy cramps', 'leg cramps in pregnancy'],
  },
  'muscle-fatigue': {
    category: 'activity',
    section: 'Other Causes',
    explanation:
      'A muscle that has been worked until it is exhausted loses its normal control and is more prone to seizing up. Rest and stretching help it recover.',
    aliases: ['overuse', 'tired muscles', 'muscle exhaustion'],
  },
  'kidney-failure': {
    category: 'metabolism',
    section: 'Other Causes',
    explanation:
      'The kidneys keep the blood’s water and salts in balance. When they fail, that balance drifts, and cramps are common, including during or after dialysis.',
    aliases: ['renal failure', 'kidney disease', 'dialysis cramps'],
  },
  hypothyroidism: {
    category: 'metabolism',
    section: 'Other Causes',
    explanation:
      'When the thyroid gland makes too little hormone, the body’s metabolism slows. Muscle aches, stiffness and spasms are among the effects.',
    aliases: ['underactive thyroid', 'low thyroid', 'thyroid'],
  },
  'cold-temperatures': {
    category: 'surroundings',
    section: 'Other Causes',
    explanation:
      'Cold is listed among the causes of spasms. Chilled muscles work less smoothly; swimming in cold water and cold nights are familiar triggers. People with myotonia notice it most.',
    aliases: ['cold weather', 'cold water', 'chill'],
  },
  'nerve-damage': {
    category: 'muscle-nerve',
    section: 'Other Causes',
    explanation:
      'A nerve that has been injured, compressed or pinched can send the wrong signals to the muscles it controls, which then contract when they should not.',
    aliases: ['pinched nerve', 'neuropathy', 'nerve injury'],
  },
  fatigue: {
    category: 'activity',
    section: 'Other Causes',
    explanation:
      'Being worn out in general, not just in one muscle, is named among the other causes of spasms. Rest and sleep matter.',
    aliases: ['tiredness', 'exhaustion', 'lack of sleep'],
  },
  'neurodegenerative-disease': {
    category: 'muscle-nerve',
    section: 'Other Causes',
    explanation:
      'In neurodegenerative diseases nerve cells are gradually lost. As the nerves that drive muscles fail, spasms and cramps can appear.',
    aliases: ['ALS', 'motor neurone disease', 'Parkinson’s'],
  },
  'no-underlying-cause': {
    category: 'unexplained',
    section: 'Other Causes',
    explanation:
      'Some people simply get a short, mild spasm from time to time with no condition behind it. This is common and usually nothing to worry about.',
    aliases: ['benign cramps', 'idiopathic cramps', 'harmless spasms'],
  },
};
