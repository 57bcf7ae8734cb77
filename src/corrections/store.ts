import { itemBytes, MAX_ITEM_BYTES, storedValue, type StorageAreaLike } from '../settings/store';
import { CORRECTIONS_KEY, correctionsValue, MAX_CORRECTIONS, parseCorrections, type Correction } from './corrections';

const stored = (area: StorageAreaLike) => storedValue(area, CORRECTIONS_KEY);

/** Validated corrections; never writes and never throws. */
export async function readCorrections(area: StorageAreaLike): Promise<Correction[]> {
  return parseCorrections(await stored(area)).corrections;
}

/** Why a change to the corrections was not stored; the popup and the tooltip say which. */
export class CorrectionsError extends Error {
  constructor(readonly reason: 'full' | 'newer') {
    super(`corrections-${reason}`);
  }
}

/**
 * Changes the stored list with `change` and writes it, or refuses with `CorrectionsError` and
 * writes nothing: when the list would pass `MAX_CORRECTIONS` or one `storage.sync` item ("full"),
 * or when a newer version of the extension wrote it ("newer": it may hold what this one cannot
 * keep, and is never written over).
 */
export async function updateCorrections(
  area: StorageAreaLike,
  change: (list: readonly Correction[]) => Correction[],
): Promise<Correction[]> {
  const { corrections, state } = parseCorrections(await stored(area));
  if (state === 'newer') throw new CorrectionsError('newer');
  const next = change(corrections);
  const value = correctionsValue(next);
  const grows = next.length > corrections.length;
  if (grows && (next.length > MAX_CORRECTIONS || itemBytes(CORRECTIONS_KEY, value) > MAX_ITEM_BYTES))
    throw new CorrectionsError('full');
  await area.set({ [CORRECTIONS_KEY]: value });
  return next;
}
