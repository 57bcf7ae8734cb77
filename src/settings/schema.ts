/** The settings every part of the extension reads. `DEFAULT_SETTINGS` is the single source of truth. */
export const SETTINGS_VERSION = 3;

export const HIGHLIGHT_STYLES = ['underline', 'background'] as const;
export const TRIGGERS = ['hover', 'click'] as const;
export const MARK_SCOPES = ['all', 'first'] as const;
export const THEMES = ['auto', 'light', 'dark'] as const;
/**
 * The marks' colour. `text`: the colour of the text the mark sits on, so a mark reads as well as the
 * page's own text on light and dark pages alike. The others are fixed colours of middle lightness,
 * at least 3:1 against both white and near-black pages (checked in test/unit/mark-colors.test.ts).
 */
export const MARK_COLORS = ['text', 'blue', 'orange', 'purple'] as const;

export type HighlightStyle = (typeof HIGHLIGHT_STYLES)[number];
export type Trigger = (typeof TRIGGERS)[number];
export type MarkScope = (typeof MARK_SCOPES)[number];
export type Theme = (typeof THEMES)[number];
export type MarkColor = (typeof MARK_COLORS)[number];

export interface Settings {
  readonly version: number;
  /** Master switch: off removes every mark and listener at once. */
  readonly enabled: boolean;
  /** Hostnames where the extension stays off, lower case, without "www." folding. */
  readonly disabledSites: readonly string[];
  readonly highlightStyle: HighlightStyle;
  readonly markColor: MarkColor;
  readonly trigger: Trigger;
  /** Mark every mention, or only the first one on a page. */
  readonly markScope: MarkScope;
  readonly theme: Theme;
  /** Also mark menstrual cramps, bronchospasm … with a note that the reference covers skeletal muscle. */
  readonly showOtherMedical: boolean;
  /**
   * Also mark the parts of a page around its text: navigation, tables of contents, infoboxes,
   * citation and reference lists (off: their mentions repeat the text's own, or name a paper).
   */
  readonly markPageParts: boolean;
}

export const DEFAULT_SETTINGS: Settings = {
  version: SETTINGS_VERSION,
  enabled: true,
  disabledSites: [],
  highlightStyle: 'underline',
  markColor: 'text',
  trigger: 'hover',
  markScope: 'all',
  theme: 'auto',
  showOtherMedical: false,
  markPageParts: false,
};

/** The key under which settings live in `storage.sync`. */
export const SETTINGS_KEY = 'settings';

/** Bounds that keep a corrupt or hostile stored value from costing memory or time. */
export const MAX_SITES = 500;
export const MAX_HOSTNAME_LENGTH = 253;
