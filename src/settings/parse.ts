import { normalizeHostname } from './hostname';
import {
  DEFAULT_SETTINGS,
  HIGHLIGHT_STYLES,
  MARK_SCOPES,
  MAX_SITES,
  SETTINGS_VERSION,
  THEMES,
  TRIGGERS,
  type Settings,
} from './schema';

export interface ParsedSettings {
  readonly settings: Settings;
  /** True when the stored value differed from the result and should be written back. */
  readonly repaired: boolean;
}

type Raw = Record<string, unknown>;

const isRecord = (v: unknown): v is Raw => typeof v === 'object' && v !== null && !Array.isArray(v);

function oneOf<T extends string>(allowed: readonly T[], value: unknown, fallback: T): T {
  return typeof value === 'string' && (allowed as readonly string[]).includes(value) ? (value as T) : fallback;
}

const bool = (value: unknown, fallback: boolean): boolean => (typeof value === 'boolean' ? value : fallback);

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
 * Earlier schema versions, upgraded one step at a time. Unversioned values are treated as the first
 * schema; a version from the future is read as far as its known keys go.
 */
const MIGRATIONS: Record<number, (raw: Raw) => Raw> = {
  0: (raw) => ({ ...raw, version: 1 }),
};

function migrate(raw: Raw): Raw {
  let current = raw;
  let version = typeof current['version'] === 'number' && Number.isInteger(current['version']) ? current['version'] : 0;
  while (version < SETTINGS_VERSION) {
    const step = MIGRATIONS[version];
    current = step ? step(current) : { ...current, version: version + 1 };
    version += 1;
  }
  return current;
}

/**
 * Validates whatever storage holds: unknown keys dropped, wrong types and out-of-range values
 * replaced by defaults, older versions migrated. Never throws.
 */
export function parseSettings(stored: unknown): ParsedSettings {
  if (!isRecord(stored)) return { settings: DEFAULT_SETTINGS, repaired: stored !== undefined };
  const raw = migrate(stored);
  const d = DEFAULT_SETTINGS;
  const settings: Settings = {
    version: SETTINGS_VERSION,
    enabled: bool(raw['enabled'], d.enabled),
    disabledSites: sites(raw['disabledSites']),
    highlightStyle: oneOf(HIGHLIGHT_STYLES, raw['highlightStyle'], d.highlightStyle),
    trigger: oneOf(TRIGGERS, raw['trigger'], d.trigger),
    markScope: oneOf(MARK_SCOPES, raw['markScope'], d.markScope),
    theme: oneOf(THEMES, raw['theme'], d.theme),
    showOtherMedical: bool(raw['showOtherMedical'], d.showOtherMedical),
  };
  return { settings, repaired: !sameSettings(stored, settings) };
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
