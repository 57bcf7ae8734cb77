import { describe, expect, it } from 'vitest';
import { makeBackup, readBackup } from '../../src/backup/backup';
import { restoreBackup } from '../../src/backup/restore';
import {
  CORRECTIONS_KEY,
  MAX_CORRECTIONS,
  correctedOn,
  normalizePhrase,
  parseCorrections,
  withCorrection,
  withoutCorrection,
  type Correction,
} from '../../src/corrections/corrections';
import { CorrectionsError, readCorrections, updateCorrections } from '../../src/corrections/store';
import { DEFAULT_SETTINGS, SETTINGS_KEY } from '../../src/settings/schema';
import { fakeArea } from '../support/fake-storage';

const at = 1_764_700_000_000;
const onSite = (phrase: string, site: string | null): Correction => ({ phrase, site, at });

describe('a correction’s phrase', () => {
  it('is the mention’s words in one form: case, spacing, apostrophes and end punctuation folded', () => {
    expect(normalizePhrase('  Cramping, ')).toBe('cramping');
    expect(normalizePhrase('The\n  Cramps')).toBe('the cramps');
    expect(normalizePhrase('writer’s cramp')).toBe("writer's cramp");
    expect(normalizePhrase('ＣＲＡＭＰ')).toBe('cramp');
    // Different words stay different phrases.
    expect(normalizePhrase('the cramps')).not.toBe(normalizePhrase('cramps'));
  });
});

describe('which mentions a correction holds for', () => {
  const list = [onSite('cramping', 'forum.example'), onSite('the cramps', null)];
  it('holds on its site, or everywhere', () => {
    expect(correctedOn(list, 'forum.example')('Cramping')).toBe(true);
    expect(correctedOn(list, 'news.example')('cramping')).toBe(false);
    expect(correctedOn(list, 'news.example')('The Cramps')).toBe(true);
    expect(correctedOn(list, 'news.example')('cramps')).toBe(false);
  });

  it('adds newest first; "everywhere" takes the place of the phrase’s per-site ones; removes one', () => {
    const added = withCorrection(list, onSite('cramping', 'news.example'));
    expect(added.map((c) => `${c.phrase}@${c.site}`)).toEqual([
      'cramping@news.example',
      'cramping@forum.example',
      'the cramps@null',
    ]);
    const everywhere = withCorrection(added, onSite('cramping', null));
    expect(everywhere.map((c) => `${c.phrase}@${c.site}`)).toEqual(['cramping@null', 'the cramps@null']);
    expect(withoutCorrection(everywhere, { phrase: 'cramping', site: null })).toHaveLength(1);
  });
});

describe('corrections as stored', () => {
  it('drops what is not a correction and keeps the rest', () => {
    const { corrections, state } = parseCorrections({
      version: 1,
      items: [
        onSite('cramping', 'forum.example'),
        { phrase: '', site: null, at },
        { phrase: 'cramp', site: 'not a host!', at },
        { phrase: 'cramp', site: null, at: -5 },
        { phrase: 42, site: null, at },
        'cramp',
        onSite('cramping', 'forum.example'),
      ],
    });
    expect(corrections).toEqual([onSite('cramping', 'forum.example')]);
    expect(state).toBe('repaired');
    expect(parseCorrections('corrupt')).toEqual({ corrections: [], state: 'repaired' });
    expect(parseCorrections(undefined)).toEqual({ corrections: [], state: 'current' });
  });

  it('reads a newer version’s list as far as it goes, and never writes over it', async () => {
    const newer = { version: 9, items: [onSite('cramping', null)], extra: 'kept' };
    expect(parseCorrections(newer).state).toBe('newer');
    const area = fakeArea({ [CORRECTIONS_KEY]: newer });
    expect(await readCorrections(area)).toEqual([onSite('cramping', null)]);
    await expect(updateCorrections(area, (l) => withCorrection(l, onSite('cramp', null)))).rejects.toEqual(
      new CorrectionsError('newer'),
    );
    expect(area.writes).toEqual([]);
    expect(area.data[CORRECTIONS_KEY]).toEqual(newer);
  });

  it('refuses to grow past its bounds, with a clear reason, and loses nothing', async () => {
    const full = Array.from({ length: MAX_CORRECTIONS }, (_, i) => onSite(`cramp ${i}`, `site${i}.example`));
    const area = fakeArea({ [CORRECTIONS_KEY]: { version: 1, items: full } });
    const adding = updateCorrections(area, (l) => withCorrection(l, onSite('one more', null)));
    await expect(adding).rejects.toMatchObject({ reason: 'full' });
    expect(area.writes).toEqual([]);
    // Removing one still works when full.
    await updateCorrections(area, (l) => withoutCorrection(l, { phrase: 'cramp 0', site: 'site0.example' }));
    expect(await readCorrections(area)).toHaveLength(MAX_CORRECTIONS - 1);
  });

  it('stays inside one storage.sync item (8 KB) however long its phrases and sites are', async () => {
    const area = fakeArea();
    let stored = 0;
    for (let i = 0; i < MAX_CORRECTIONS; i++) {
      try {
        await updateCorrections(area, (l) =>
          withCorrection(l, onSite(`${'x'.repeat(55)}${i}`, `${'s'.repeat(60)}${i}.example`)),
        );
        stored++;
      } catch (e) {
        expect(e).toMatchObject({ reason: 'full' });
        break;
      }
    }
    expect(stored).toBeGreaterThan(20);
    const bytes = new TextEncoder().encode(CORRECTIONS_KEY + JSON.stringify(area.data[CORRECTIONS_KEY])).length;
    expect(bytes).toBeLessThanOrEqual(8192);
  });
});

describe('export and import', () => {
  const backup = { settings: { ...DEFAULT_SETTINGS, theme: 'dark' as const }, corrections: [onSite('cramping', null)] };

  it('round-trips settings and corrections through one JSON file', () => {
    const text = makeBackup(backup, new Date(at));
    expect(JSON.parse(text)).toMatchObject({ format: 'spasm-lens-backup', exported: '2025-12-02T18:26:40.000Z' });
    expect(readBackup(text)).toEqual({ ok: true, backup });
  });

  it('refuses, with the reason, a file that is not a backup, is damaged or comes from a newer version', () => {
    const good = JSON.parse(makeBackup(backup, new Date(at))) as Record<string, unknown>;
    const refused = (value: unknown) => readBackup(typeof value === 'string' ? value : JSON.stringify(value));
    expect(refused('{ not json')).toEqual({ ok: false, error: 'not-json' });
    expect(refused({ ...good, format: 'other-app' })).toEqual({ ok: false, error: 'not-backup' });
    expect(refused([1, 2])).toEqual({ ok: false, error: 'not-backup' });
    expect(refused({ ...good, settings: 'dark' })).toEqual({ ok: false, error: 'damaged' });
    expect(refused({ ...good, corrections: { version: 1, items: [{ phrase: 3 }] } })).toEqual({
      ok: false,
      error: 'damaged',
    });
    expect(refused({ ...good, version: 7 })).toEqual({ ok: false, error: 'newer' });
    expect(refused({ ...good, settings: { ...DEFAULT_SETTINGS, version: 99 } })).toEqual({ ok: false, error: 'newer' });
    expect(refused(' '.repeat(300_000))).toEqual({ ok: false, error: 'too-large' });
  });

  it('stores both in one write, and writes nothing over a newer version’s data', async () => {
    const area = fakeArea();
    await restoreBackup(area, backup);
    expect(area.writes).toHaveLength(1);
    expect(area.data[SETTINGS_KEY]).toEqual(backup.settings);
    expect(await readCorrections(area)).toEqual(backup.corrections);
    const newer = fakeArea({ [SETTINGS_KEY]: { ...DEFAULT_SETTINGS, version: 99 } });
    await expect(restoreBackup(newer, backup)).rejects.toMatchObject({ reason: 'newer' });
    expect(newer.writes).toEqual([]);
  });
});
