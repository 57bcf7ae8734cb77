import { correctionsValue, parseCorrections, type Correction } from '../corrections/corrections';
import { isRecord } from '../record';
import { parseSettings } from '../settings/parse';
import type { Settings } from '../settings/schema';

/**
 * One JSON file with the reader's settings and corrections: what "Export" writes and "Import"
 * reads. Import is all or nothing: a file that is not such a backup, is damaged, or comes from a
 * newer version is refused whole, with the reason, and nothing is changed.
 */
export const BACKUP_FORMAT = 'spasm-lens-backup';
export const BACKUP_VERSION = 1;
/** Far more than any real backup (a few KB): a larger file is not one. */
export const MAX_BACKUP_BYTES = 256 * 1024;

export interface Backup {
  readonly settings: Settings;
  readonly corrections: readonly Correction[];
}

export type BackupError = 'too-large' | 'not-json' | 'not-backup' | 'damaged' | 'newer';

export function makeBackup({ settings, corrections }: Backup, now: Date): string {
  const file = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exported: now.toISOString(),
    settings,
    corrections: correctionsValue(corrections),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** Reads a backup file's text: its settings and corrections, or why it is refused. */
export function readBackup(text: string): { ok: true; backup: Backup } | { ok: false; error: BackupError } {
  if (text.length > MAX_BACKUP_BYTES) return { ok: false, error: 'too-large' };
  let file: unknown;
  try {
    file = JSON.parse(text);
  } catch {
    return { ok: false, error: 'not-json' };
  }
  if (!isRecord(file) || file['format'] !== BACKUP_FORMAT) return { ok: false, error: 'not-backup' };
  const version = file['version'];
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) return { ok: false, error: 'damaged' };
  if (version > BACKUP_VERSION) return { ok: false, error: 'newer' };
  const rawCorrections = file['corrections'];
  if (!isRecord(file['settings']) || !isRecord(rawCorrections) || !Array.isArray(rawCorrections['items']))
    return { ok: false, error: 'damaged' };
  const settings = parseSettings(file['settings']);
  const corrections = parseCorrections(rawCorrections);
  if (settings.state === 'newer' || corrections.state === 'newer') return { ok: false, error: 'newer' };
  // Every entry must be a correction: a file that lost some is damaged, not quietly shortened.
  if (corrections.corrections.length !== rawCorrections['items'].length) return { ok: false, error: 'damaged' };
  return { ok: true, backup: { settings: settings.settings, corrections: corrections.corrections } };
}
