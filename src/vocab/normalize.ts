/**
 * One form for names and for the page's words, so that "Kennedy's disease", "Kennedy disease" and
 * "KENNEDY’S DISEASE" are the same name: lower case, accents off, a possessive "'s" dropped, words
 * (letters and digits) joined by one space; hyphens and other punctuation separate words.
 */
export function normalizeName(text: string): string {
  return normalizedWords(text).join(' ');
}

/**
 * A word: letters and digits, with inner apostrophes as pages write them (entities of text copied
 * from HTML sources included). One pattern for names and for the page's words, so both split alike.
 */
export const WORD = /[\p{L}\p{N}]+(?:(?:['’]|&apos;|&#39;|&rsquo;)[\p{L}]+)*/gu;

export function normalizedWords(text: string): string[] {
  const out: string[] = [];
  // matchAll starts where the shared pattern was left (textWords may stop it mid-text).
  WORD.lastIndex = 0;
  for (const m of text.matchAll(WORD)) out.push(normalizeWord(m[0]));
  return out;
}

/** One word in the form names are kept in. */
export function normalizeWord(word: string): string {
  let w = word.toLowerCase().replace(/&(?:apos|#39|rsquo);/g, "'");
  if (/[^ -~]/.test(w)) w = w.normalize('NFD').replace(/\p{M}/gu, '').replace(/’/g, "'");
  return w.endsWith("'s") ? w.slice(0, -2) : w;
}
