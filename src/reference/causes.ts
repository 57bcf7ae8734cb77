import type { Cause } from './types';

/** Cues are written as one `|`-separated string (the background ranks with them; the popup searches them). */
const cueList = (list: string): readonly string[] => list.split('|');

/**
 * Every cause the seed document names, as the tooltip needs it (in this project's own words); the
 * longer explanations live in `details.ts`, which only the popup loads.
 * `prior` orders causes when the page says nothing that points to one.
 */
export const CAUSES: readonly Cause[] = [
  {
    id: 'prolonged-exercise',
    title: 'Prolonged exercise',
    summary: 'Long exertion without rest drains a muscle’s energy so it cannot relax.',
    cues: cueList(
      `exercis*|workout*|work out|training|marathon*|run|runs|running|runner*|race|races|racing|jog*|sprint*|cycling|cyclist*|bike|hike*|hiking|athlet*|sport*|~match|~game|tennis|football|soccer|basketball|cricket|innings|gym|lifting|triathlon*|~mile*|~km|kilometre*|kilometer*|endurance|exertion|strenuous|~overtime|~extra time|~player*|ultramarathon*|half marathon*|5k|10k|lap|laps|~hill*|uphill|climb*|~train*|~ride|~rode|striker*|goalkeeper*|~keeper*|winger*|midfielder*|swimmer*|~swim*|rower*|rowing|skier*|skiing|~boxer*|~boxing|wrestl*|golfer*|~pitcher*|batsm*|bowler*|jockey*|dancer*|dancing|ballet|yoga|pilates|crossfit|~minute`,
    ),
    prior: 0.9,
  },
  {
    id: 'dehydration',
    title: 'Dehydration and salt loss',
    summary: 'Losing water and salts (sodium, potassium, calcium, magnesium) upsets nerves and muscles.',
    cues: cueList(
      `dehydrat*|hydrat*|fluid*|~water|~drink|~drinks|~drank|~drinking|thirst*|sweat*|heat|~hot|humid*|~sun|~summer|sunstroke|heatstroke|heat stroke|heat exhaustion|overheat*|electrolyte*|salt*|sodium|potassium|magnesium|calcium|hypokal*|hypocalc*|hyponatr*|hypomagnes*|hypernatr*|~banana*|^diarrh*|^vomit*|diuretic*|sports drink*|~temperature*`,
    ),
    prior: 1,
  },
  {
    id: 'metabolic-disorders',
    title: 'Metabolic disorders',
    summary: 'Some inherited disorders leave muscles short of an enzyme, starving them of energy.',
    cues: cueList(
      `~metabol*|enzyme*|~deficien*|glycogen|mcardle*|~inherited|~genetic*|mitochondri*|storage disease|inborn error*|porphyri*|xanthin*|carnitine|phosphorylase|myoadenylate|pompe|exercise intolerance|dehydrogenase|fatty acid oxidation|~myopath*`,
    ),
    prior: 0.3,
    rare: true,
  },
  {
    id: 'myotonia',
    title: 'Myotonia',
    summary: 'Slow-relaxing muscles; spasms follow exercise and get worse in the cold.',
    cues: cueList(`myoton*|~stiff*|~relax*|congenita|~grip|~cold|~chill*|~exercis*`),
    prior: 0.2,
    rare: true,
  },
  {
    id: 'muscular-disease',
    title: 'Muscular diseases',
    summary: 'Diseases that damage the muscle itself can make it spasm.',
    cues: cueList(
      `muscular dystroph*|myopath*|muscle disease*|muscle damage|myositis|dystroph*|^rhabdomyoly*|^muscle weakness|^atroph*`,
    ),
    prior: 0.3,
  },
  {
    id: 'neurological-disease',
    title: 'Neurological diseases',
    summary: 'Diseases that damage nerves can send muscles stray signals to contract.',
    cues: cueList(
      `neurolog*|nervous system|~brain|brain injur*|brain tumo*|spinal|spinal cord|~spine|stroke|spastic*|epilep*|als|motor neuron*|dystonia|cerebral palsy|neuropath*|hemipleg*|parapleg*|quadripleg*|tetrapleg*|^paralys*|stiff person|stiff-person|tetanus|myasthen*|guillain*`,
    ),
    prior: 0.35,
  },
  {
    id: 'fibromyalgia',
    title: 'Fibromyalgia',
    summary: 'A long-term pain condition in which muscle spasms are common.',
    cues: cueList(`fibromyalg*|chronic pain|widespread pain|tender point*|fibro`),
    prior: 0.3,
  },
  {
    id: 'multiple-sclerosis',
    title: 'Multiple sclerosis',
    summary: 'MS damages nerves in the brain and spinal cord, which can cause spasms.',
    cues: cueList(`multiple sclerosis|ms|~sclerosis|demyelinat*|myelin|spasticity|~relaps*`),
    prior: 0.3,
  },
  {
    id: 'medications',
    title: 'Medications',
    summary: 'Some medicines, such as diuretics or statins, list spasms as a side effect.',
    cues: cueList(
      `medic*|drug*|pill*|tablet*|~dose*|dosage|side effect*|side-effect*|adverse effect*|statin*|diuretic*|water pill*|pharmac*|withdrawal|overdos*|steroid*|insulin|chemotherapy|chemo|inhibitor*|blocker*|mdma|ecstasy|amphetamine*|cocaine|stimulant*|antipsychotic*|opioid*|opiate*|benzodiazepin*|antidepressant*|laxative*|~toxic|birth control|contracepti*`,
    ),
    prior: 0.6,
  },
  {
    id: 'alcohol-abuse',
    title: 'Alcohol abuse',
    summary: 'Heavy drinking dehydrates the body and can harm nerves and muscles.',
    cues: cueList(
      `alcohol*|alcohol withdrawal|drinker*|~drinking|hangover*|booze|beer*|wine|liquor|binge*|alcoholism|vodka|whisk*|cocktail*|heavy drinking`,
    ),
    prior: 0.35,
  },
  {
    id: 'pregnancy',
    title: 'Pregnancy',
    summary: 'Cramps, especially night-time leg cramps, are common during pregnancy.',
    cues: cueList(
      `pregnan*|trimester*|expecting|~baby|~babies|midwife|midwives|prenatal|antenatal|gestation*|~bump|obstetric*|mum-to-be|mom-to-be|weeks pregnant|due date`,
    ),
    prior: 0.5,
  },
  {
    id: 'muscle-fatigue',
    title: 'Muscle fatigue',
    summary: 'A muscle worked to exhaustion is more likely to cramp.',
    cues: cueList(
      `overuse*|overwork*|exhaust*|muscle strain*|strained muscle*|~sore*|tired muscle*|muscle fatigue|~repetit*|~stretch*|tiring|typing|~typed|keyboard|gaming|video game*|~knit*|~writ*|squat*|~holding|~held|one position|same position|~standing|on my feet|on your feet|~posture|~hours of|~hours a day|~all day|~overhead|guitar*|piano*|violin*|cello*|~instrument*|rehears*|clench*|bruxism|~grinding|gardening|~digging|~bent over|~bending|~kneeling|~crouch*`,
    ),
    prior: 0.8,
  },
  {
    id: 'kidney-failure',
    title: 'Kidney failure',
    summary: 'Failing kidneys, and dialysis, can upset the salts muscles rely on.',
    cues: cueList(`kidney*|renal|dialysis|haemodialysis|hemodialysis|nephr*|ckd|uremi*|uraemi*|end-stage`),
    prior: 0.3,
  },
  {
    id: 'hypothyroidism',
    title: 'Hypothyroidism',
    summary: 'An underactive thyroid can bring on muscle cramps and stiffness.',
    cues: cueList(
      `thyroid*|hypothyroid*|underactive thyroid|levothyroxine|hashimoto*|tsh|^feeling cold|^feel cold|^feels cold|^felt cold|^always cold|^cold intolerance|^intolerance to cold`,
    ),
    prior: 0.3,
  },
  {
    id: 'cold-temperatures',
    title: 'Cold temperatures',
    summary: 'Cold muscles are more prone to cramping, as in cold-water swimming.',
    cues: cueList(`cold|chill*|freez*|winter|swim*|icy|~ice|frost*|~temperature*|~snow*|open water`),
    prior: 0.45,
  },
  {
    id: 'nerve-damage',
    title: 'Nerve damage',
    summary: 'An injured or pinched nerve can make the muscle it serves spasm.',
    cues: cueList(`nerve*|pinched|sciatica|neuropath*|~compress*|slipped disc|herniat*|^numb*|^tingl*|radiculopath*`),
    prior: 0.4,
  },
  {
    id: 'fatigue',
    title: 'Fatigue',
    summary: 'General tiredness and poor sleep make spasms more likely.',
    cues: cueList(`^fatigue*|^tired*|exhaust*|^sleep*|^insomnia|worn out|~stress*|^drows*|overtired`),
    prior: 0.55,
  },
  {
    id: 'neurodegenerative-disease',
    title: 'Neurodegenerative disease',
    summary: 'Diseases that slowly destroy nerve cells, such as ALS, can cause spasms.',
    cues: cueList(`neurodegenerat*|als|amyotrophic|motor neuron*|parkinson*|huntington*|~degenerat*|lou gehrig*`),
    prior: 0.25,
  },
  {
    id: 'no-underlying-cause',
    title: 'No underlying cause',
    summary: 'Mild, brief spasms now and then are common and often mean nothing.',
    cues: cueList(`random*|occasional*|now and then|harmless|benign|idiopathic|no reason|out of nowhere`),
    prior: 0.5,
  },
];
