import type { HIGHLIGHT_STYLES, MARK_COLORS, MARK_SCOPES, THEMES, TRIGGERS } from '../src/settings/schema';
import { type Settings } from '../src/settings/schema';
import { t } from './i18n';

type Patch = Partial<Omit<Settings, 'version'>>;

const STYLE_LABELS: Record<(typeof HIGHLIGHT_STYLES)[number], string> = {
  underline: 'settingStyleUnderline',
  background: 'settingStyleBackground',
};
const COLOR_LABELS: Record<(typeof MARK_COLORS)[number], string> = {
  text: 'settingColorText',
  blue: 'settingColorBlue',
  orange: 'settingColorOrange',
  purple: 'settingColorPurple',
};
const TRIGGER_LABELS: Record<(typeof TRIGGERS)[number], string> = {
  hover: 'settingTriggerHover',
  click: 'settingTriggerClick',
};
const SCOPE_LABELS: Record<(typeof MARK_SCOPES)[number], string> = {
  all: 'settingScopeAll',
  first: 'settingScopeFirst',
};
const THEME_LABELS: Record<(typeof THEMES)[number], string> = {
  auto: 'settingThemeAuto',
  light: 'settingThemeLight',
  dark: 'settingThemeDark',
};

function radios<T extends string>(
  name: string,
  legendKey: string,
  labels: Record<T, string>,
  value: T,
  onChange: (v: T) => void,
): HTMLFieldSetElement {
  const fieldset = document.createElement('fieldset');
  const legend = document.createElement('legend');
  legend.textContent = t(legendKey);
  fieldset.append(legend);
  for (const [option, key] of Object.entries(labels) as [T, string][]) {
    const label = document.createElement('label');
    const input = document.createElement('input');
    input.type = 'radio';
    input.name = name;
    input.value = option;
    input.checked = option === value;
    input.addEventListener('change', () => {
      if (input.checked) onChange(option);
    });
    label.append(input, document.createTextNode(t(key)));
    fieldset.append(label);
  }
  return fieldset;
}

/** A labelled checkbox whose every change is passed on. */
function checkbox(id: string, labelKey: string, checked: boolean, onChange: (on: boolean) => void): HTMLLabelElement {
  const label = document.createElement('label');
  const input = document.createElement('input');
  input.type = 'checkbox';
  input.id = id;
  input.checked = checked;
  input.addEventListener('change', () => onChange(input.checked));
  label.append(input, document.createTextNode(t(labelKey)));
  return label;
}

/** The settings form; every change is saved at once and reaches open tabs through storage events. */
export function renderSettings(container: HTMLElement, settings: Settings, save: (patch: Patch) => void): void {
  const other = checkbox('show-other-medical', 'settingOtherMedical', settings.showOtherMedical, (on) =>
    save({ showOtherMedical: on }),
  );
  const parts = checkbox('mark-page-parts', 'settingPageParts', settings.markPageParts, (on) =>
    save({ markPageParts: on }),
  );

  const sitesTitle = document.createElement('legend');
  sitesTitle.textContent = t('settingSitesTitle');
  const sites = document.createElement('fieldset');
  sites.append(sitesTitle);
  if (settings.disabledSites.length === 0) {
    const none = document.createElement('p');
    none.className = 'hint';
    none.textContent = t('settingSitesEmpty');
    sites.append(none);
  } else {
    const list = document.createElement('ul');
    list.className = 'sites';
    for (const host of settings.disabledSites) {
      const item = document.createElement('li');
      const name = document.createElement('span');
      name.textContent = host;
      const remove = document.createElement('button');
      remove.type = 'button';
      remove.textContent = '×';
      remove.setAttribute('aria-label', t('settingSiteRemove', host));
      remove.title = t('settingSiteRemove', host);
      remove.addEventListener('click', () => save({ disabledSites: settings.disabledSites.filter((h) => h !== host) }));
      item.append(name, remove);
      list.append(item);
    }
    sites.append(list);
  }

  container.replaceChildren(
    radios('style', 'settingStyle', STYLE_LABELS, settings.highlightStyle, (v) => save({ highlightStyle: v })),
    radios('color', 'settingColor', COLOR_LABELS, settings.markColor, (v) => save({ markColor: v })),
    radios('trigger', 'settingTrigger', TRIGGER_LABELS, settings.trigger, (v) => save({ trigger: v })),
    radios('scope', 'settingScope', SCOPE_LABELS, settings.markScope, (v) => save({ markScope: v })),
    radios('theme', 'settingTheme', THEME_LABELS, settings.theme, (v) => save({ theme: v })),
    other,
    parts,
    sites,
  );
}
