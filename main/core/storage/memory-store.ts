import type { KeyValueStore } from '../ports';

/** A KeyValueStore that forgets on exit: demo sessions, and secrets when no key store exists. */
export function createMemoryStore<T>(initial?: T): KeyValueStore<T> {
  let value = initial;
  return {
    read: async () => value,
    write: async (next) => {
      value = next;
    },
    clear: async () => {
      value = undefined;
    },
  };
}
