/**
 * Content script entry: reads the settings and runs the marking engine while the extension is on
 * for this site. Everything it starts hangs off one AbortController, so turning it off (or the
 * site off) removes every mark, observer and listener at once, and turning it on starts afresh.
 */
import { isSiteDisabled } from '../src/settings/hostname';
import { readSettings, onSyncChange } from '../src/settings/store';
import { settingsFrom } from '../src/settings/parse';
import { SETTINGS_KEY, type Settings } from '../src/settings/schema';
import { CORRECTIONS_KEY } from '../src/corrections/corrections';
import { startMarking, type Engine } from './marks/engine';
import { backgroundDetector } from './runtime/background-detector';
import { extensionAlive, request, sendMessage, storageEvents, syncStorage } from './runtime/ext-api';
import { highlightsSupported, markName } from './marks/highlights';
import { createCountReporter } from './runtime/count-report';
import { listenForMessages, sendCount } from './runtime/messaging';
import { startInteraction, type Interaction } from './ui/interaction';

let session: {
  controller: AbortController;
  settings: Settings;
  engine: Engine;
  /** Set with the first mark, when the user interface starts. */
  ui?: Interaction;
} | null = null;
let latest: Settings | null = null;
const lifetime = new AbortController();
const counts = createCountReporter(sendCount, window, lifetime.signal);
const detect = backgroundDetector(request, extensionAlive);
/** The extension as the user interface sees it (ui/ does not import runtime/). */
const port = { request, send: sendMessage };

function isActive(settings: Settings): boolean {
  const { enabled, disabledSites } = settings;
  // The location is read only when some site is off: most users have none.
  return (
    enabled &&
    (disabledSites.length === 0 || !isSiteDisabled(location.hostname, disabledSites)) &&
    highlightsSupported()
  );
}

/** Settings whose change needs a fresh scan; the others are applied to the running session. */
function needsRescan(a: Settings, b: Settings): boolean {
  return (
    a.showOtherMedical !== b.showOtherMedical || a.markScope !== b.markScope || a.markPageParts !== b.markPageParts
  );
}

/** The extension is gone (updated, reloaded, removed): take every mark and listener away. */
function orphaned(): void {
  session?.controller.abort();
  session = null;
  lifetime.abort();
}

/**
 * Orphan detection: a script whose extension was updated, reloaded or removed finds its runtime
 * gone, and takes its marks away. Checked once a second while something is marked.
 */
function leaveIfOrphaned(): void {
  if (!extensionAlive()) orphaned();
}

/** Starts over on the same settings: the page replaced its document. */
function restart(): void {
  session?.controller.abort();
  session = null;
  if (latest) apply(latest);
}

function apply(settings: Settings): void {
  latest = settings;
  if (lifetime.signal.aborted) return;
  if (!isActive(settings)) {
    if (session) {
      session.controller.abort();
      session = null;
      counts.set(0);
    }
    return;
  }
  if (session && !needsRescan(session.settings, settings)) {
    session.engine.layer.setStyle(markName(settings.highlightStyle, settings.markColor));
    session.settings = settings;
    session.ui?.restyle();
    return;
  }
  session?.controller.abort();
  const controller = new AbortController();
  // Pointer and keyboard listeners start with the first mark: a page without mentions gets none.
  let interacting = false;
  const engine = startMarking(
    settings,
    controller.signal,
    {
      onCount: (count) => {
        counts.set(count);
        if (count > 0 && !interacting && !controller.signal.aborted) {
          interacting = true;
          const ui = startInteraction(engine, () => session?.settings ?? settings, controller.signal, port);
          if (session?.engine === engine) session.ui = ui;
        }
      },
      everySecondWhileMarked: leaveIfOrphaned,
      onNewDocument: restart,
    },
    detect,
  );
  session = { controller, settings, engine };
}

listenForMessages({ session: () => session, settings: () => latest, count: counts.current }, lifetime.signal);
onSyncChange(storageEvents, SETTINGS_KEY, (value) => apply(settingsFrom(value)), lifetime.signal);
// The reader's corrections changed: the page is read again (the background applies them).
onSyncChange(storageEvents, CORRECTIONS_KEY, () => session?.engine.rescan(), lifetime.signal);
void readSettings(syncStorage).then(apply);
