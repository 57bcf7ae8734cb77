export interface CompiledCues {
  /** Matches any cue; which kind matched is read from the named groups `s`, `w` and `y`. */
  readonly pattern: RegExp;
}

/**
 * `strong`: names the cause ("marathon", "dialysis"). `weak` (written `~night`): has everyday
 * meanings too. `symptom` (written `^fatigue`): as often an effect of the same condition as a cause,
 * so it counts only a little unless the text says it brought the spasm on.
 */
export type CueKind = 'strong' | 'weak' | 'symptom';

const MARKS: Record<string, 'w' | 'y'> = { '~': 'w', '^': 'y' };

function cueSource(cue: string): string {
  const wildcard = cue.endsWith('*');
  const body = (wildcard ? cue.slice(0, -1) : cue)
    .split(/\s+/)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/'/g, "['’]"))
    .join('[\\s\\u00A0-]+');
  return wildcard ? `${body}[\\p{L}\\p{N}'’-]*` : body;
}

/**
 * Compiles a cause's cue list ("exercis*", "extra time", "ms", "~night", "^fatigue") into one
 * case-insensitive pattern with word boundaries, so "ms" matches "MS" but not "items", and "run"
 * not "rung".
 */
export function compileCues(cues: readonly string[]): CompiledCues {
  const groups: Record<'s' | 'w' | 'y', string[]> = { s: [], w: [], y: [] };
  for (const cue of cues) {
    const mark = MARKS[cue.charAt(0)];
    if (mark) groups[mark].push(cueSource(cue.slice(1)));
    else groups.s.push(cueSource(cue));
  }
  const alternatives = (['s', 'w', 'y'] as const)
    .filter((g) => groups[g].length > 0)
    // Longest first: an alternation takes the first that matches, and "heat exhaustion" must win over "heat".
    .map((g) => `(?<${g}>${groups[g].sort((a, b) => b.length - a.length).join('|')})`);
  return { pattern: new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'giu') };
}

/** The kind of cue one match of a compiled pattern is. */
export function cueKind(match: RegExpMatchArray): CueKind {
  if (match.groups?.['s'] !== undefined) return 'strong';
  return match.groups?.['w'] !== undefined ? 'weak' : 'symptom';
}
