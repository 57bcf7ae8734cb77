import { getMessage } from './ext-api';

export type Translate = (key: string, ...substitutions: string[]) => string;

/** UI strings come from `_locales/<lang>/messages.json`; a missing key shows the key, not nothing. */
export const t: Translate = (key, ...substitutions) => getMessage(key, substitutions) || key;
