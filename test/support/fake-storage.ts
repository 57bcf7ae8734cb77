/** A `storage.sync`-like area in memory, recording every write (what a test checks was, or was not, stored). */
export function fakeArea(initial: Record<string, unknown> = {}) {
  const data: Record<string, unknown> = structuredClone(initial);
  const writes: Record<string, unknown>[] = [];
  return {
    data,
    writes,
    get: async (key: string) => (key in data ? { [key]: data[key] } : {}),
    set: async (items: Record<string, unknown>) => {
      writes.push(items);
      Object.assign(data, structuredClone(items));
    },
  };
}
