/**
 * How a cue word relates to the mention it is near, read from the words between and around them.
 * Each rule is a fact of English, not of one page:
 * - `cause`: the text says the cue brings the spasm on: "caused by", "due to", "after", "during",
 *   "side effects of", "when I …", or the cue is the subject of "causes", "leads to", "can include".
 * - `remedy`: the cue is what is done about the spasm: "treated with", "prescribed", "relieve",
 *   "apply", "try"; or "stretching helps".
 * - `negated`: the text denies it: "not related to exercise", "unrelated to", "rather than".
 * - `listed`: cue and mention are items of one list of effects: "symptoms include fatigue,
 *   cramps", "characterized by weakness, cramps": another effect of the same condition.
 * - `plain`: none of these; it is just nearby.
 */
export type Relation = 'cause' | 'remedy' | 'negated' | 'listed' | 'plain';

/** A sentence ends at . ! ? followed by a space, or at a line break that starts a list item or paragraph. */
const SENTENCE_END = /[.!?]["')\]]*\s|\n\s*(?:[-•*–]|\d+[.)])\s|\n\s*\n|;\s*\n/g;

/** True when no sentence boundary lies in `text` (the words between a cue and its mention). */
export function sameSentence(between: string): boolean {
  SENTENCE_END.lastIndex = 0;
  return !SENTENCE_END.test(between);
}

const DETERMINER = String.raw`(?:(?:the|a|an|any|my|your|his|her|their|our|its|too\s+much|much)\s+)?`;
/** "not related to (strenuous) exercise", "unrelated to", "nothing to do with", "rather than", "instead of". */
const NEGATION_BEFORE = new RegExp(
  String.raw`(?:\b(?:not|never)\s+(?:(?:related|due|linked|caused|connected|attributable)\s+(?:to|by|with)\s+|from\s+|because\s+of\s+)|\bunrelated\s+to\s+|\bnothing\s+to\s+do\s+with\s+|\brather\s+than\s+|\binstead\s+of\s+|\bnot\s+(?:a|an|the)\s+|n't\s+(?:from|due\s+to|caused\s+by|related\s+to)\s+)${DETERMINER}(?:[\p{L}-]+\s+)?$`,
  'iu',
);

/**
 * Words of treatment a few words before the cue: "treated with (oral) quinine", "prescribed",
 * "apply heat". ("Treatment for kidney failure" names the condition, so "treat" needs with/by.)
 */
const REMEDY_BEFORE =
  /(?:\btreat\w*\s+(?:\S+\s+){0,2}?(?:with|by|using)|\b(?:prescrib\w*|reliev\w*|relief|eas(?:e|es|ed|ing)|apply(?:ing)?|applied|try(?:ing)?|tried|remed(?:y|ies)|cure[sd]?|prevent\w*|recommend\w*|off-label|take\s+some|drink\s+(?:more|plenty)))\b(?:\s+\S+){0,3}\s*$/i;
/** "stretching helps", "quinine was prescribed for": the cue as the subject of a remedy verb. */
const REMEDY_AFTER =
  /^\s*(?:\S+\s+)?(?:helps?|helped|works?|relieves?|eases?|stops?|prevents?|(?:is|was|are|were|been|being|often|commonly|sometimes)?\s*(?:prescribed|used|given|recommended|taken)\s+(?:for|to|against))\b/i;

/** Words right before a cue that make it the circumstance of the spasm: "after the marathon", "on statins". */
const CAUSE_BEFORE =
  /\b(?:after|during|from|since|following|due\s+to|because\s+of|caused\s+by|brought\s+on\s+by|triggered\s+by|result\s+of|side[\s-]effects?\s+(?:of|from)|(?:signs?|symptoms?|complications?|manifestations?)\s+of|when|while|whenever|on)\s+(?:\S+\s+){0,2}$/i;
/** Between a cue and a later mention: the cue is the subject of a verb of causing. */
const CAUSE_VERB =
  /\b(?:caus(?:e|es|ed|ing)|lead(?:s|ing)?\s+to|led\s+to|result(?:s|ed|ing)?\s+in|trigger(?:s|ed|ing)?|brings?\s+on|brought\s+on|gives?\s+(?:me|you|him|her|them|us)|gave\s+(?:me|you|him|her|them|us)|provok\w+|induc\w+|includ(?:e|es|ing)|made\s+(?:my|me|his|her)|makes?\s+(?:my|me|his|her))\b/i;

/**
 * The relation of a cue to the mention. `before` is the text before the cue, `after` the text after
 * it, `between` the text between the cue and the mention, `cueFirst` whether the cue comes first.
 */
export function relationOf(before: string, after: string, between: string, cueFirst: boolean): Relation {
  const lead = before.slice(-80);
  const together = sameSentence(between);
  if (NEGATION_BEFORE.test(lead)) return 'negated';
  if (REMEDY_BEFORE.test(lead) || REMEDY_AFTER.test(after.slice(0, 40))) return 'remedy';
  // "Hypokalemia can result in weakness, [cramping]": cue, then a verb of causing, then the mention.
  if (together && cueFirst && CAUSE_VERB.test(between)) return 'cause';
  if (together && isListedEffect(before, between, cueFirst)) return 'listed';
  // In another sentence, an item of its own list of effects ("Typical features such as cold
  // intolerance, decreased sweating …") is a symptom there too.
  if (!together && isListedEffect(before, '', true)) return 'listed';
  if (CAUSE_BEFORE.test(lead)) return 'cause';
  if (!together) return 'plain';
  // "[Cramps] followed by muscle damage and kidney failure": what comes of the spasm, not its cause.
  if (!cueFirst && EFFECT_LINK.test(between)) return 'listed';
  // "[Cramps] caused by / due to / after the race": a causal link between the mention and the cue.
  if (!cueFirst && CAUSE_LINK.test(between)) return 'cause';
  return 'plain';
}

/** Between a mention and a later cue: "cramps caused by", "due to", "after", "from", "when I". */
const CAUSE_LINK =
  /\b(?:caused\s+by|due\s+to|because(?:\s+of)?|after|during|from|since|following|brought\s+on\s+by|triggered\s+by|side[\s-]effects?\s+of|result\s+of|associated\s+with|related\s+to|linked\s+to|when|while|whenever)\b/i;

/** Between a mention and a later cue: the cue is what the spasm leads to. */
const EFFECT_LINK =
  /\b(?:followed\s+by|lead(?:s|ing)?\s+to|led\s+to|result(?:s|ing)?\s+in|(?:which|that)\s+(?:can|may|will)?\s*(?:cause|lead)|causing)\b/i;

/** Words that open a list of effects: "symptoms include", "signs may include", "characterized by". */
const EFFECTS_LIST =
  /\b(?:(?:symptoms?|signs?|complications?|side[\s-]effects?|features?)\b[^.;:]{0,40}?\b(?:include[sd]?|including|are|may\s+be|can\s+be|such\s+as)\b|characteri[sz]ed\s+by|manifests?\s+(?:as|with)|presents?\s+with)/i;

/**
 * True when the cue and the mention both stand after an opener of a list of effects in their
 * sentence. `before` is the text before the cue; with the mention first, the opener must come
 * before the mention too, which lies earlier in `before`.
 */
function isListedEffect(before: string, between: string, cueFirst: boolean): boolean {
  const ends = [...before.matchAll(SENTENCE_END)];
  const last = ends[ends.length - 1];
  const sentence = last ? before.slice((last.index ?? 0) + last[0].length) : before;
  const upTo = cueFirst ? sentence : sentence.slice(0, Math.max(0, sentence.length - between.length));
  return EFFECTS_LIST.test(upTo);
}
