import { CORRECTIONS_KEY, correctionsValue, parseCorrections } from '../corrections/corrections';
import { CorrectionsError } from '../corrections/store';
import { parseSettings } from '../settings/parse';
import { SETTINGS_KEY } from '../settings/schema';
import { itemBytes, MAX_ITEM_BYTES, type StorageAreaLike } from '../settings/store';
import type { Backup } from './backup';

/**
 * Stores a backup's settings and corrections in one write, so an import changes both or neither.
 * Refused (nothing written) when a newer version of the extension wrote what is stored: it may
 * hold what this one cannot keep.
 */
export async function restoreBackup(area: StorageAreaLike, backup: Backup): Promise<void> {
  // Read as is: an area that cannot be read fails the import, never lets it write blind.
  const stored = { ...(await area.get(SETTINGS_KEY)), ...(await area.get(CORRECTIONS_KEY)) };
  if (
    parseSettings(stored[SETTINGS_KEY]).state === 'newer' ||
    parseCorrections(stored[CORRECTIONS_KEY]).state === 'newer'
  )
    throw new CorrectionsError('newer');
  const value = correctionsValue(backup.corrections);
  if (itemBytes(SETTINGS_KEY, backup.settings) > MAX_ITEM_BYTES || itemBytes(CORRECTIONS_KEY, value) > MAX_ITEM_BYTES)
    throw new CorrectionsError('full');
  await area.set({ [SETTINGS_KEY]: backup.settings, [CORRECTIONS_KEY]: value });
}
