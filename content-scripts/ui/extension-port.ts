import type { Message } from '../../src/messages';

/**
 * What the user interface needs of the extension: asking the background and telling it (the UI
 * strings come worded from the background, with the tooltip's card). Handed in by main.ts from runtime/, so ui/ never reaches for the browser's API itself
 * and the flow between the folders stays one way (ui/ is below runtime/, which wires it).
 */
export interface ExtensionPort {
  /** Sends a message and resolves with the answer (undefined when none came). */
  readonly request: (message: Message) => Promise<unknown>;
  /** Sends a message and does not wait. */
  readonly send: (message: Message) => void;
}
