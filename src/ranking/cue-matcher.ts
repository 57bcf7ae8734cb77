export interface CompiledCues {
  /** Matches any cue; which cue matched is read from the named groups `s` (strong) and `w` (weak). */
  readonly pattern: RegExp;
}

/** A weak cue ("~night") has everyday meanings, so it counts for this share of a strong one. */
export const WEAK_CUE_WEIGHT = 0.4;

function cueSource(cue: string): string {
  const wildcard = cue.endsWith('*');
  const body = (wildcard ? cue.slice(0, -1) : cue)
    .split(/\s+/)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/'/g, "['’]"))
    .join('[\\s\\u00A0-]+');
  return wildcard ? `${body}[\\p{L}\\p{N}'’-]*` : body;
}

/**
 * Compiles a cause's cue list ("exercis*", "extra time", "ms", "~night") into one case-insensitive
 * pattern with word boundaries, so "ms" matches "MS" but not "items", and "run" not "rung".
 */
export function compileCues(cues: readonly string[]): CompiledCues {
  const strong = cues.filter((c) => !c.startsWith('~')).map(cueSource);
  const weak = cues.filter((c) => c.startsWith('~')).map((c) => cueSource(c.slice(1)));
  const groups = [
    strong.length > 0 ? `(?<s>${strong.join('|')})` : '',
    weak.length > 0 ? `(?<w>${weak.join('|')})` : '',
  ].filter((g) => g !== '');
  return { pattern: new RegExp(`(?<![\\p{L}\\p{N}])(?:${groups.join('|')})(?![\\p{L}\\p{N}])`, 'giu') };
}

/** The weight of one match of a compiled pattern. */
export function cueWeight(match: RegExpMatchArray): number {
  return match.groups?.['s'] !== undefined ? 1 : WEAK_CUE_WEIGHT;
}
