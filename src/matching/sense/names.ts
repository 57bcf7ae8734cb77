import { HONORIFICS, SKELETAL_LOCATIONS, wordSet } from '../../terms/lexicon';
import { isMedicalWord, MEDICAL, TITLE_CASE } from '../cues';
import { isCapitalised, isTightGap, type Token } from '../tokens';
import { type Decision, type Ctx, notMedical, at, isSentenceInitial } from './context';

/** A capitalised "Cramp" or "Spasm" as a name: "Mr Cramp", "The Cramps", a citation's author. */

/** Words that title case leaves in lower case ("Spasms along the Rib Cage"). */
const TITLE_LOWER_WORDS = wordSet(
  `along with from into onto over after before under upon about during without between through than that when while`,
);

/** Kinds of named things a gloss in brackets may give ("Cramps (the band)"). */
const WORK_KINDS = wordSet(`band group album song single film movie novel book play ship company surname`);

/** What "Cramp is a …" calls it when it is a name. */
const NAME_NOUNS = wordSet(`surname+ name+ band+ village+ town+ brand+ company companies`);

/** A capitalised word right after these is a noun of a title ("On Spasm, …"), not an author's name. */
const TITLE_NOUN_BEFORE = wordSet(`on of about the a an in for to`);

/**
 * Rules that read a capitalised "Cramp"/"Spasm" as a name: "Mr Cramp", "The Cramps", "Cramp and
 * Simmons (1980)", "William Cramp". Returns undefined when the capital says nothing.
 */
export function nameRule(ctx: Ctx): Decision | undefined {
  const t = at(ctx, ctx.i);
  if (!t || !isCapitalised(t.text)) return undefined;
  const prev = at(ctx, ctx.i - 1);
  const next = at(ctx, ctx.j + 1);
  const next2 = at(ctx, ctx.j + 2);
  if (prev && HONORIFICS.has(prev.lower.replace(/\.$/, '')) && /^\.?\s+$/.test(t.gap))
    return notMedical(ctx, 'name-title');
  if (prev && prev.lower === 'the' && t.lower === 'cramps' && isTightGap(t.gap))
    return notMedical(ctx, 'name-band', ctx.i - 1);
  if (next && /^\s*\(\s*$/.test(next.gap) && /^\d{4}$/.test(next.text)) return notMedical(ctx, 'name-citation');
  // "Cramps (the band)", "Spasm (film)": a gloss in brackets says what kind of thing the name is.
  if (next && /^\s*\(\s*$/.test(next.gap)) {
    const kind = next.lower === 'the' ? at(ctx, ctx.j + 2) : next;
    if (kind && WORK_KINDS.has(kind.lower)) return notMedical(ctx, 'name-capital');
  }
  if (next && next.lower === 'et' && next2?.lower === 'al') return notMedical(ctx, 'name-citation');
  if (next && /&/.test(next.gap)) return notMedical(ctx, 'name-firm');
  if (next && next.lower === 'and' && next2 && isCapitalised(next2.text) && !ctx.cue(TITLE_CASE))
    return notMedical(ctx, 'name-pair');
  // A heading capitalises its words: the next long word is capitalised too ("Stop a Cramp Fast").
  // A lower-case one after the capital ("RCA and Cramps labels") means running text.
  let nextLong: Token | undefined;
  for (let k = ctx.j + 1; k < ctx.tokens.length && !nextLong; k++) {
    const t2 = ctx.tokens[k];
    if (t2 && t2.text.length >= 4 && /^\p{L}+$/u.test(t2.text) && !TITLE_LOWER_WORDS.has(t2.lower)) nextLong = t2;
  }
  const headingStyle = ctx.cue(TITLE_CASE) && (nextLong === undefined || isCapitalised(nextLong.text));
  if (headingStyle) {
    // Headings capitalise most words, so the capital says nothing ("How to Stop a Cramp Fast"),
    // except in a reference list: "Cramp, “Monkwearmouth and Jarrow”, pp. 325".
    // ("On Spasm, Languor, Palsy": after a preposition or an article it is the title's noun.)
    const nounOfTitle = prev !== undefined && TITLE_NOUN_BEFORE.has(prev.lower);
    if (next && /^\s*,\s*["“'‘]?\s*$/.test(next.gap) && isCapitalised(next.text) && !nounOfTitle)
      return notMedical(ctx, 'name-citation');
    return ctx.head === 'spasm' && !ctx.cue(MEDICAL) ? notMedical(ctx, 'heading-unbodily') : undefined;
  }
  if (!isSentenceInitial(ctx)) return notMedical(ctx, 'name-capital');
  // "Cramp is a surname", "a village": said to be a name, it is one ("a name for a spasm" is a term).
  if (next && /^(?:is|was)$/.test(next.lower) && /^an?$/.test(next2?.lower ?? '')) {
    for (let k = ctx.j + 3; k <= ctx.j + 5; k++) {
      const noun = at(ctx, k)?.lower ?? '';
      if (NAME_NOUNS.has(noun) && !(noun.startsWith('name') && at(ctx, k + 1)?.lower === 'for'))
        return notMedical(ctx, 'name-capital');
    }
  }
  // "Cramp Shipbuilding built …": a capitalised word right after makes a name, unless it is bodily.
  if (
    next &&
    isCapitalised(next.text) &&
    isTightGap(next.gap) &&
    !isMedicalWord(next.lower) &&
    !SKELETAL_LOCATIONS.has(next.lower)
  )
    return notMedical(ctx, 'name-capitals');
  return undefined;
}
