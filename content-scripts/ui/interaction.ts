/**
 * The user interface stage: hit-testing, hover intent, stepping and the tooltip. Started with the
 * first mark (a page without mentions gets no listener); everything ends when `signal` aborts.
 */
import type { Settings } from '../../src/settings/schema';
import type { Engine } from '../marks/engine';
import { listenForIntent } from './hover-intent';
import { stepper, type MentionCommand } from './stepping';
import { createTooltipControl } from './tooltip-control';

export type { MentionCommand } from './stepping';

/** Wires the tooltip to the pointer and keyboard; returns what runs the popup's and commands' steps. */
export function startInteraction(engine: Engine, getSettings: () => Settings, signal: AbortSignal): MentionCommand {
  const control = createTooltipControl(engine, getSettings, signal);
  listenForIntent(control, engine, getSettings, signal);
  return stepper(control, engine);
}
