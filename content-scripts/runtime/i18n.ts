import type { Translate } from '../ui/extension-port';
import { getMessage } from './ext-api';

export type { Translate } from '../ui/extension-port';

/** UI strings come from `_locales/<lang>/messages.json`; a missing key shows the key, not nothing. */
export const t: Translate = (key, ...substitutions) => getMessage(key, substitutions) || key;
