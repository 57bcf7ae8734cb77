import { isRecord } from '../record';
import { normalizeHostname } from './hostname';
import {
  DEFAULT_SETTINGS,
  HIGHLIGHT_STYLES,
  MARK_COLORS,
  MARK_SCOPES,
  MAX_SITES,
  SETTINGS_VERSION,
  THEMES,
  TRIGGERS,
  type Settings,
} from './schema';

/**
 * What the stored value was: `current` (exactly today's shape), `repaired` (older, corrupt or
 * partly wrong: the popup or background may write `settings` back), or `newer` (written by a later
 * version: read as far as its known keys go, and never written back, so nothing of it is lost).
 */
export type SettingsState = 'current' | 'repaired' | 'newer';

export interface ParsedSettings {
  readonly settings: Settings;
  readonly state: SettingsState;
}

type Raw = Record<string, unknown>;

/** The values each setting of a fixed set of choices may take; the others are booleans or the site list. */
const CHOICES: { readonly [K in keyof Settings]?: readonly string[] } = {
  highlightStyle: HIGHLIGHT_STYLES,
  markColor: MARK_COLORS,
  trigger: TRIGGERS,
  markScope: MARK_SCOPES,
  theme: THEMES,
};

function sites(value: unknown): string[] {
  if (!Array.isArray(value)) return [...DEFAULT_SETTINGS.disabledSites];
  const out = new Set<string>();
  for (const item of value.slice(0, MAX_SITES * 4)) {
    const host = normalizeHostname(item);
    if (host !== null) out.add(host);
    if (out.size >= MAX_SITES) break;
  }
  return [...out];
}

/**
 * A stored value's schema version. Anything that is not a whole number from 0 up (missing, -2e9,
 * 1.5, NaN, "2") counts as 0, the first schema, so migration takes at most SETTINGS_VERSION steps.
 */
export function versionOf(raw: Raw): number {
  const v = raw['version'];
  return typeof v === 'number' && Number.isSafeInteger(v) && v >= 0 ? v : 0;
}

/** MIGRATIONS[v] upgrades a version-v value to version v + 1; one entry per past version. */
const MIGRATIONS: readonly ((raw: Raw) => Raw)[] = [
  (raw) => ({ ...raw, version: 1 }),
  // 2: the mark colour setting. Nothing to convert: a value without one reads as the default (the
  // text's own colour), and one that has it keeps it.
  (raw) => ({ ...raw, version: 2 }),
  // 3: marking the page's navigation, contents and references. A value without it reads as the
  // default (not marked).
  (raw) => ({ ...raw, version: 3 }),
];

function migrate(raw: Raw): Raw {
  let current = raw;
  for (let v = versionOf(raw); v < SETTINGS_VERSION; v++) current = MIGRATIONS[v]?.(current) ?? current;
  return current;
}

/**
 * Validates whatever storage holds: unknown keys dropped, wrong types and out-of-range values
 * replaced by defaults, older versions migrated, a newer version read as far as its known keys go.
 * Never throws, and costs the same whatever the stored version says. (What content scripts need:
 * they only read.)
 */
export function settingsFrom(stored: unknown): Settings {
  if (!isRecord(stored)) return DEFAULT_SETTINGS;
  const raw = versionOf(stored) > SETTINGS_VERSION ? stored : migrate(stored);
  const out: Raw = {};
  // Each known key: its stored value when it is of the default's type (and one of its choices), else the default.
  for (const [key, fallback] of Object.entries(DEFAULT_SETTINGS)) {
    const value = raw[key];
    const choices = CHOICES[key as keyof Settings];
    out[key] =
      key === 'version'
        ? SETTINGS_VERSION
        : key === 'disabledSites'
          ? sites(value)
          : typeof value === typeof fallback && (!choices || choices.includes(value as string))
            ? value
            : fallback;
  }
  return out as unknown as Settings;
}

/** `settingsFrom`, and what the stored value was (for the popup and background, which may write). */
export function parseSettings(stored: unknown): ParsedSettings {
  const settings = settingsFrom(stored);
  if (!isRecord(stored)) return { settings, state: stored === undefined ? 'current' : 'repaired' };
  if (versionOf(stored) > SETTINGS_VERSION) return { settings, state: 'newer' };
  return { settings, state: sameSettings(stored, settings) ? 'current' : 'repaired' };
}

/** Shallow comparison that treats arrays by content: enough for a flat settings object. */
function sameSettings(stored: Raw, settings: Settings): boolean {
  const keys = Object.keys(settings) as (keyof Settings)[];
  if (Object.keys(stored).length !== keys.length) return false;
  return keys.every((k) => {
    const a = stored[k];
    const b = settings[k];
    if (Array.isArray(b)) return Array.isArray(a) && a.length === b.length && a.every((x, i) => x === b[i]);
    return a === b;
  });
}
