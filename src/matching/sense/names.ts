import { HONORIFICS, SKELETAL_LOCATIONS, wordSet } from '../../terms/lexicon';
import { isMedicalWord, MEDICAL, TITLE_CASE } from '../cues';
import { isCapitalised, isTightGap, type Token } from '../tokens';
import { type Decision, type Ctx, notMedical, at, isSentenceInitial } from './context';

/** A capitalised "Cramp" or "Spasm" as a name: "Mr Cramp", "The Cramps", a citation's author. */

/** Words that title case leaves in lower case ("Spasms along the Rib Cage"). */
const TITLE_LOWER_WORDS = wordSet(
  `along with from into onto over after before under upon about during without between through than that when while`,
);

/** A capitalised word right after these is a noun of a title ("On Spasm, …"), not an author's name. */
const TITLE_NOUN_BEFORE = wordSet(`on of about the a an in for to`);

/**
 * Rules that read a capitalised "Cramp"/"Spasm" as a name: "Mr Cramp", "The Cramps", "Cramp and
 * Simmons (1980)", "William Cramp". Returns undefined when the capital says nothing.
 */
export function nameRule(ctx: Ctx): Decision | undefined {
  const t = at(ctx, ctx.i);
  if (!t || !isCapitalised(t.text)) return undefined;
  const p1 = at(ctx, ctx.i - 1);
  const n1 = at(ctx, ctx.j + 1);
  const n2 = at(ctx, ctx.j + 2);
  if (p1 && HONORIFICS.has(p1.lower.replace(/\.$/, '')) && /^\.?\s+$/.test(t.gap)) return notMedical(ctx, 'name-title');
  if (p1 && p1.lower === 'the' && t.lower === 'cramps' && isTightGap(t.gap))
    return notMedical(ctx, 'name-band', ctx.i - 1);
  if (n1 && /^\s*\(\s*$/.test(n1.gap) && /^\d{4}$/.test(n1.text)) return notMedical(ctx, 'name-citation');
  if (n1 && n1.lower === 'et' && n2?.lower === 'al') return notMedical(ctx, 'name-citation');
  if (n1 && /&/.test(n1.gap)) return notMedical(ctx, 'name-firm');
  if (n1 && n1.lower === 'and' && n2 && isCapitalised(n2.text) && !ctx.cue(TITLE_CASE))
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
    const nounOfTitle = p1 !== undefined && TITLE_NOUN_BEFORE.has(p1.lower);
    if (n1 && /^\s*,\s*["“'‘]?\s*$/.test(n1.gap) && isCapitalised(n1.text) && !nounOfTitle)
      return notMedical(ctx, 'name-citation');
    return ctx.head === 'spasm' && !ctx.cue(MEDICAL) ? notMedical(ctx, 'heading-unbodily') : undefined;
  }
  if (!isSentenceInitial(ctx)) return notMedical(ctx, 'name-capital');
  // "Cramp Shipbuilding built …": a capitalised word right after makes a name, unless it is bodily.
  if (
    n1 &&
    isCapitalised(n1.text) &&
    isTightGap(n1.gap) &&
    !isMedicalWord(n1.lower) &&
    !SKELETAL_LOCATIONS.has(n1.lower)
  )
    return notMedical(ctx, 'name-capitals');
  return undefined;
}
