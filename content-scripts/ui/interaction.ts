/**
 * The user interface stage: hit-testing, hover intent, stepping and the tooltip. Started with the
 * first mark (a page without mentions gets no listener); everything ends when `signal` aborts.
 */
import type { Settings } from '../../src/settings/schema';
import type { Engine } from '../marks/engine';
import type { ExtensionPort } from './extension-port';
import { listenForIntent } from './hover-intent';
import { revealer, type ShowMention } from './stepping';
import { createTooltipControl, type TooltipControl } from './tooltip-control';

/** What the rest of the content script asks of the user interface. */
export interface Interaction {
  /** The popup's list and ‹ ›, the keyboard commands: open mention `index` with focus. */
  readonly show: (message: ShowMention) => void;
  readonly current: TooltipControl['current'];
  readonly since: TooltipControl['since'];
  /** The theme setting changed: restyle an open tooltip. */
  readonly restyle: () => void;
  /** Another frame's mention was opened: close this frame's tooltip. */
  readonly close: () => void;
}

/** Wires the tooltip to the pointer and keyboard. */
export function startInteraction(
  engine: Engine,
  getSettings: () => Settings,
  signal: AbortSignal,
  port: ExtensionPort,
): Interaction {
  const control = createTooltipControl(engine, getSettings, signal, port);
  listenForIntent(control, engine, getSettings, signal);
  const { current, since, restyle, close } = control;
  return { show: revealer(control, engine), current, since, restyle, close };
}
