/** Popup entry: wires the reference, the page panel and the settings to storage. */
import browser from 'webextension-polyfill';
import { normalizeHostname } from '../src/settings/hostname';
import { DEFAULT_SETTINGS, type Settings } from '../src/settings/schema';
import {
  readSettings,
  onSettingsChanged,
  onSyncChange,
  SettingsTooLargeError,
  updateSettings,
} from '../src/settings/store';
import { CORRECTIONS_KEY, parseCorrections, withoutCorrection, type Correction } from '../src/corrections/corrections';
import { CorrectionsError, readCorrections, updateCorrections } from '../src/corrections/store';
import { restoreBackup } from '../src/backup/restore';
import { renderBackup } from './backup-panel';
import { renderCorrections } from './corrections-panel';
import { localize, t } from './i18n';
import { mountPagePanel } from './page-panel';
import { renderReference } from './reference-view';
import { renderSettings } from './settings-panel';
import { mountSettingsView } from './settings-view';
import { renderShortcuts } from './shortcuts';
import { setTheme } from './theme';

const area = browser.storage.sync;
let settings: Settings = DEFAULT_SETTINGS;
/** A write that fails (the site list is full, storage refused) is said in the page panel, not lost silently. */
const saved = (write: Promise<unknown>) =>
  write.catch((e: unknown) => {
    const status = document.getElementById('page-status');
    if (status) status.textContent = t(e instanceof SettingsTooLargeError ? 'popupSitesFull' : 'popupSaveFailed');
    void panel.refresh();
  });
const save = (patch: Partial<Omit<Settings, 'version'>>) => void saved(updateSettings(area, patch));

localize(document);
mountSettingsView();
void renderShortcuts(document.getElementById('shortcuts') as HTMLElement);
const reference = document.getElementById('reference') as HTMLElement;
const { search } = renderReference(reference);
const enabled = document.getElementById('enabled') as HTMLInputElement;
const settingsBody = document.getElementById('settings-body') as HTMLElement;
enabled.addEventListener('change', () => save({ enabled: enabled.checked }));
document.getElementById('open-reference')?.addEventListener('click', () => {
  void browser.tabs.create({ url: browser.runtime.getURL('popup/reference.html') });
});

/** The reader's corrections, listed in the settings; a change (here or from a tooltip) shows at once. */
let corrections: Correction[] = [];
const correctionsBox = document.getElementById('corrections') as HTMLElement;
const showCorrections = (next: Correction[]) => {
  corrections = next;
  renderCorrections(
    correctionsBox,
    next,
    (c) =>
      void updateCorrections(area, (list) => withoutCorrection(list, c)).catch((e: unknown) => {
        const status = document.getElementById('backup-status');
        if (status)
          status.textContent = t(
            e instanceof CorrectionsError && e.reason === 'newer' ? 'correctionsNewer' : 'popupSaveFailed',
          );
      }),
  );
};
/** Firefox's toolbar popup closes when a file picker opens, so there the import goes on in a tab. */
const inFirefoxToolbarPopup =
  browser.runtime.getURL('').startsWith('moz-extension:') &&
  (browser.extension.getViews?.({ type: 'popup' }) ?? []).includes(window);
renderBackup(
  document.getElementById('backup') as HTMLElement,
  () => ({ settings, corrections }),
  (backup) => restoreBackup(area, backup),
  inFirefoxToolbarPopup
    ? () => {
        void browser.tabs.create({ url: browser.runtime.getURL('popup/index.html?settings') });
        window.close();
      }
    : undefined,
);

const panel = mountPagePanel(
  () => settings,
  async (host, off) => {
    const h = normalizeHostname(host);
    if (h === null) return;
    const sites = settings.disabledSites.filter((s) => s !== h);
    await saved(updateSettings(area, { disabledSites: off ? [...sites, h] : sites }));
  },
);

function show(next: Settings): void {
  settings = next;
  enabled.checked = next.enabled;
  setTheme(next.theme);
  renderSettings(settingsBody, next, save);
}

const lifetime = new AbortController();
onSettingsChanged(
  browser.storage.onChanged,
  (next) => {
    show(next);
    // The page applies the change itself; ask again once it has.
    setTimeout(() => void panel.refresh(), 150);
  },
  lifetime.signal,
);
onSyncChange(
  browser.storage.onChanged,
  CORRECTIONS_KEY,
  (v) => showCorrections(parseCorrections(v).corrections),
  lifetime.signal,
);
void readCorrections(area).then(showCorrections);
void readSettings(area).then((s) => {
  show(s);
  void panel.refresh();
});
search.focus();
// The reference is on screen and the search box takes input: the benchmark reads this mark.
performance.mark('spasm-lens-interactive');
