import { el } from '../dom/el';
import { makeBackup, readBackup, type Backup, type BackupError } from '../src/backup/backup';
import { CorrectionsError } from '../src/corrections/store';
import { t } from './i18n';

const ERRORS: Record<BackupError, string> = {
  'too-large': 'backupErrorNotBackup',
  'not-json': 'backupErrorNotBackup',
  'not-backup': 'backupErrorNotBackup',
  damaged: 'backupErrorDamaged',
  newer: 'backupErrorNewer',
};

/**
 * Export and import of the settings and corrections as one JSON file. Export prepares a download
 * link (kept on screen, so the file can be saved again); import reads a chosen file and applies it
 * only when the whole of it is valid, saying what happened either way.
 */
export function renderBackup(
  container: HTMLElement,
  current: () => Backup,
  restore: (backup: Backup) => Promise<void>,
  /**
   * Where a file picker would close the page before a file is chosen (Firefox's toolbar popup), the
   * import goes on in the settings opened as a tab instead: this opens it.
   */
  importElsewhere?: () => void,
): void {
  const title = el('h3', '', t('backupTitle'));
  const exportButton = el('button', '', t('backupExport'));
  exportButton.type = 'button';
  exportButton.id = 'backup-export';
  const link = el('a', 'link', t('backupDownload'));
  link.id = 'backup-link';
  link.hidden = true;
  const importLabel = el('label', 'file');
  const input = el('input');
  input.type = 'file';
  input.id = 'backup-import';
  input.accept = 'application/json,.json';
  importLabel.append(t('backupImport'), input);
  const status = el('p', 'hint');
  status.id = 'backup-status';
  status.setAttribute('role', 'status');

  if (importElsewhere)
    input.addEventListener('click', (event) => {
      event.preventDefault();
      importElsewhere();
    });
  exportButton.addEventListener('click', () => {
    if (link.href) URL.revokeObjectURL(link.href);
    const now = new Date();
    const blob = new Blob([makeBackup(current(), now)], { type: 'application/json' });
    link.href = URL.createObjectURL(blob);
    link.download = `spasm-lens-${now.toISOString().slice(0, 10)}.json`;
    link.hidden = false;
    link.click();
  });
  input.addEventListener('change', () => {
    const file = input.files?.[0];
    if (!file) return;
    void file
      .text()
      .then(async (text) => {
        const read = readBackup(text);
        if (!read.ok) {
          status.textContent = t(ERRORS[read.error]);
          return;
        }
        try {
          await restore(read.backup);
          status.textContent = t('backupImported', String(read.backup.corrections.length));
        } catch (e) {
          const newer = e instanceof CorrectionsError && e.reason === 'newer';
          status.textContent = t(newer ? 'backupErrorNewer' : 'backupErrorStorage');
        }
      })
      .catch(() => (status.textContent = t('backupErrorNotBackup')))
      .finally(() => (input.value = ''));
  });
  container.replaceChildren(title, exportButton, link, importLabel, status);
}
