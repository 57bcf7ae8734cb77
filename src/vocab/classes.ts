import type { CauseId } from '../reference/types';

/**
 * The one table that says which Human Disease Ontology class stands for which cause of the
 * reference, and which classes name another sense of "cramps" or "spasms" (an organ's, a seizure's).
 * `scripts/compile-vocab.ts` files every disease name of the ontology under the first row whose
 * class is the disease itself or one of its ancestors, so the order matters: specific rows first.
 * A row with no cause or sense keeps its diseases out of the rows below it.
 */
export interface CauseClass {
  /** The ontology class, as its label reads. */
  readonly label: string;
  readonly cause: CauseId | null;
  /** What the tooltip says a disease of this class is: "Kennedy's disease — a motor neuron disease". */
  readonly description: string;
}

export const CAUSE_CLASSES: readonly CauseClass[] = [
  { label: 'fibromyalgia', cause: 'fibromyalgia', description: 'a chronic pain condition' },
  { label: 'multiple sclerosis', cause: 'multiple-sclerosis', description: 'a demyelinating disease' },
  { label: 'demyelinating disease', cause: 'multiple-sclerosis', description: 'a demyelinating disease' },
  { label: 'motor neuron disease', cause: 'neurodegenerative-disease', description: 'a motor neuron disease' },
  {
    label: 'neurodegenerative disease',
    cause: 'neurodegenerative-disease',
    description: 'a neurodegenerative disease',
  },
  { label: 'myotonia congenita', cause: 'myotonia', description: 'a myotonic disorder' },
  // Myotonic dystrophies sit under muscular dystrophy, but their mark is the slow-relaxing muscle.
  { label: 'myotonic disease', cause: 'myotonia', description: 'a myotonic disorder' },
  // Diabetes and the lipid disorders sit under "inherited metabolic disorder" in the ontology, but
  // the reference's metabolic disorders are the enzyme deficiencies of muscle.
  { label: 'glucose metabolism disease', cause: null, description: '' },
  { label: 'lipid metabolism disorder', cause: null, description: '' },
  { label: 'glycogen storage disease', cause: 'metabolic-disorders', description: 'a glycogen storage disease' },
  {
    label: 'mitochondrial metabolism disease',
    cause: 'metabolic-disorders',
    description: 'a mitochondrial disease',
  },
  {
    label: 'inherited metabolic disorder',
    cause: 'metabolic-disorders',
    description: 'an inherited metabolic disorder',
  },
  // Low potassium, calcium, magnesium or sodium: the reference's salt loss.
  { label: 'mineral metabolism disease', cause: 'dehydration', description: 'a mineral imbalance' },
  { label: 'muscle tissue disease', cause: 'muscular-disease', description: 'a muscle disease' },
  { label: 'muscular disease', cause: 'muscular-disease', description: 'a muscle disease' },
  // The ontology files eye and ear diseases under the nervous system; they do not cramp muscles.
  { label: 'sensory system disease', cause: null, description: '' },
  // Headaches do not cramp muscles either.
  { label: 'migraine', cause: null, description: '' },
  { label: 'focal dystonia', cause: 'neurological-disease', description: 'a focal dystonia' },
  { label: 'dystonia', cause: 'neurological-disease', description: 'a dystonia' },
  { label: 'movement disease', cause: 'neurological-disease', description: 'a movement disorder' },
  { label: 'epilepsy', cause: 'neurological-disease', description: 'a form of epilepsy' },
  { label: 'peripheral nervous system disease', cause: 'nerve-damage', description: 'a disease of the nerves' },
  { label: 'nervous system disease', cause: 'neurological-disease', description: 'a nervous system disease' },
  // Stones pass with colic, a cramp of the urinary tract, not of skeletal muscle.
  { label: 'urolithiasis', cause: null, description: '' },
  { label: 'kidney failure', cause: 'kidney-failure', description: 'kidney failure' },
  { label: 'kidney disease', cause: 'kidney-failure', description: 'a kidney disease' },
  { label: 'hypothyroidism', cause: 'hypothyroidism', description: 'an underactive thyroid' },
  { label: 'alcohol use disorder', cause: 'alcohol-abuse', description: 'alcohol misuse' },
  { label: 'alcohol dependence', cause: 'alcohol-abuse', description: 'alcohol misuse' },
];

/**
 * Organs and conditions whose "cramps" and "spasms" are not a skeletal muscle's: a bare "cramping"
 * in a sentence about endometriosis, Crohn's disease, kidney stones, asthma, West syndrome or
 * angina is that organ's or that seizure's (src/matching/cues.ts reads these as visceral).
 */
export type OrganSense = 'reproductive' | 'digestive' | 'urinary' | 'respiratory' | 'epileptic' | 'cardiovascular';

export interface SenseClass {
  readonly label: string;
  readonly sense: OrganSense | null;
}

export const SENSE_CLASSES: readonly SenseClass[] = [
  { label: 'female reproductive system disease', sense: 'reproductive' },
  // Liver disease brings true muscle cramps (cirrhosis): not an organ's cramp.
  { label: 'hepatobiliary disease', sense: null },
  { label: 'gastrointestinal system disease', sense: 'digestive' },
  { label: 'urolithiasis', sense: 'urinary' },
  { label: 'lower urinary tract calculus', sense: 'urinary' },
  { label: 'bladder disease', sense: 'urinary' },
  { label: 'ureteral disease', sense: 'urinary' },
  { label: 'urethral disease', sense: 'urinary' },
  { label: 'urinary tract infection', sense: 'urinary' },
  { label: 'bronchial disease', sense: 'respiratory' },
  { label: 'asthma', sense: 'respiratory' },
  { label: 'chronic obstructive pulmonary disease', sense: 'respiratory' },
  { label: 'laryngeal disease', sense: 'respiratory' },
  { label: 'epilepsy', sense: 'epileptic' },
  // Raised blood pressure is treated with diuretics, which cramp skeletal muscle; veins of the leg
  // ache and cramp in the calf: neither makes "cramps" an organ's.
  { label: 'hypertension', sense: null },
  { label: 'vein disease', sense: null },
  // A stroke leaves spastic, cramping limbs: skeletal muscle.
  { label: 'cerebrovascular disease', sense: null },
  { label: 'cardiovascular system disease', sense: 'cardiovascular' },
];
