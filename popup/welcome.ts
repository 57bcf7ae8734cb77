/** The page opened once, on first install: what the marks are, how to open them, privacy. */
import { localize, t } from './i18n';
import { renderShortcuts } from './shortcuts';
import { applyTheme } from './theme';

document.title = t('welcomeTitle');
localize(document);
const shortcuts = document.getElementById('shortcuts');
if (shortcuts) void renderShortcuts(shortcuts);
void applyTheme();
