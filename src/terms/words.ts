/**
 * Word lists are written as one space-separated string, which reads as prose and diffs by word. A
 * trailing `+` adds the plural in -s: `leg+` is "leg" and "legs". A module of its own, so the
 * content script, which reads its tag lists this way, carries none of the detector's word lists.
 */
export const words = (list: string): string[] =>
  list.split(' ').flatMap((w) => (w.endsWith('+') ? [w.slice(0, -1), `${w.slice(0, -1)}s`] : [w]));

export interface WordSet {
  has(word: string): boolean;
}

/** A set built on first use: a page with no candidate word never pays for the detector's lists. */
export function wordSet(list: string): WordSet {
  let set: Set<string> | undefined;
  return { has: (word) => (set ??= new Set(words(list))).has(word) };
}
