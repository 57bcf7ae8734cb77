import { vi } from 'vitest';

/**
 * Counts the readings of each text node's text, by either door a script has: its `data` and its
 * `nodeValue` (an element's `nodeValue` is null and reads no text, so it is not counted).
 */
export function spyTextReads(): { perNode: () => Map<unknown, number>; restore: () => void } {
  const data = vi.spyOn(CharacterData.prototype, 'data', 'get');
  const value = vi.spyOn(Node.prototype, 'nodeValue', 'get');
  return {
    perNode: () => {
      const perNode = new Map<unknown, number>();
      const contexts = [...data.mock.contexts, ...value.mock.contexts.filter((n) => n instanceof CharacterData)];
      for (const node of contexts) perNode.set(node, (perNode.get(node) ?? 0) + 1);
      return perNode;
    },
    restore: () => {
      data.mockRestore();
      value.mockRestore();
    },
  };
}
