import { describe, expect, it, vi } from 'vitest';

vi.mock('webextension-polyfill', () => ({
  default: { i18n: { getMessage: (key: string, subs?: string[]) => (subs ? `${key}(${subs.join(',')})` : key) } },
}));

const { renderBackup } = await import('../../popup/backup-panel');
const { makeBackup } = await import('../../src/backup/backup');
const { DEFAULT_SETTINGS } = await import('../../src/settings/schema');

const backup = { settings: DEFAULT_SETTINGS, corrections: [{ phrase: 'cramping', site: null, at: 1 }] };

function mount(importElsewhere?: () => void) {
  const container = document.createElement('section');
  document.body.replaceChildren(container);
  const restore = vi.fn(async () => undefined);
  renderBackup(container, () => backup, restore, importElsewhere);
  const input = container.querySelector('#backup-import') as HTMLInputElement;
  const choose = async (text: string) => {
    Object.defineProperty(input, 'files', { value: [new File([text], 'b.json')], configurable: true });
    input.dispatchEvent(new Event('change'));
    await vi.waitFor(() => expect(container.querySelector('#backup-status')?.textContent).not.toBe(''));
  };
  return { container, restore, input, choose };
}

describe('the backup panel', () => {
  it('imports a valid file and says how many corrections came with it', async () => {
    const { restore, choose, container } = mount();
    await choose(makeBackup(backup, new Date(0)));
    expect(restore).toHaveBeenCalledWith(backup);
    expect(container.querySelector('#backup-status')?.textContent).toBe('backupImported(1)');
  });

  it('refuses a damaged file with the reason and changes nothing', async () => {
    const { restore, choose, container } = mount();
    await choose('{"format":"spasm-lens-backup","version":1,"settings":{},"corrections":{"items":[{"phrase":2}]}}');
    expect(restore).not.toHaveBeenCalled();
    expect(container.querySelector('#backup-status')?.textContent).toBe('backupErrorDamaged');
  });

  it('where a file picker would close the popup, opens the import elsewhere instead', () => {
    const elsewhere = vi.fn();
    const { input } = mount(elsewhere);
    const click = new MouseEvent('click', { cancelable: true });
    input.dispatchEvent(click);
    expect(click.defaultPrevented).toBe(true);
    expect(elsewhere).toHaveBeenCalledOnce();
    // Without that need, the picker opens as usual.
    const plain = mount();
    const other = new MouseEvent('click', { cancelable: true });
    plain.input.dispatchEvent(other);
    expect(other.defaultPrevented).toBe(false);
  });
});
