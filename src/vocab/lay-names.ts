import type { CauseId } from '../reference/types';

/**
 * Names pages use that the ontology does not hold in that form: lay names, short forms and brand
 * names. `acronym` entries count only when written in capitals ("ALS", "MS"), since in lower case
 * they are other words.
 */
export interface LayName {
  readonly name: string;
  readonly cause: CauseId;
  readonly description: string;
  readonly acronym?: true;
}

const FOCAL_DYSTONIA = 'a focal dystonia';

export const LAY_NAMES: readonly LayName[] = [
  { name: 'als', cause: 'neurodegenerative-disease', description: 'a motor neuron disease', acronym: true },
  { name: "lou gehrig's disease", cause: 'neurodegenerative-disease', description: 'a motor neuron disease' },
  { name: 'motor neurone disease', cause: 'neurodegenerative-disease', description: 'a motor neuron disease' },
  { name: "parkinson's", cause: 'neurodegenerative-disease', description: 'a neurodegenerative disease' },
  { name: 'ms', cause: 'multiple-sclerosis', description: 'a demyelinating disease', acronym: true },
  { name: 'ckd', cause: 'kidney-failure', description: 'chronic kidney disease', acronym: true },
  { name: "hashimoto's", cause: 'hypothyroidism', description: 'an underactive thyroid' },
  { name: 'underactive thyroid', cause: 'hypothyroidism', description: 'an underactive thyroid' },
  { name: 'mcardle disease', cause: 'metabolic-disorders', description: 'a glycogen storage disease' },
  // Writer's cramp and its kin are task-specific focal dystonias: the brain's control of a
  // practised movement, not tired muscles.
  { name: "writer's cramp", cause: 'neurological-disease', description: FOCAL_DYSTONIA },
  { name: 'writers cramp', cause: 'neurological-disease', description: FOCAL_DYSTONIA },
  { name: "musician's cramp", cause: 'neurological-disease', description: FOCAL_DYSTONIA },
  { name: "typist's cramp", cause: 'neurological-disease', description: FOCAL_DYSTONIA },
  { name: 'focal hand dystonia', cause: 'neurological-disease', description: FOCAL_DYSTONIA },
  { name: 'task specific dystonia', cause: 'neurological-disease', description: FOCAL_DYSTONIA },
  { name: 'lipitor', cause: 'medications', description: 'a statin' },
  { name: 'zocor', cause: 'medications', description: 'a statin' },
  { name: 'crestor', cause: 'medications', description: 'a statin' },
  { name: 'lasix', cause: 'medications', description: 'a diuretic' },
];
