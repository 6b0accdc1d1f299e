/** Id generation, passed in by tests; the browser's UUIDs otherwise. */

/** Makes a new unique id. */
export type NewId = () => string;

/** A random UUID (crypto.randomUUID needs a secure context: https or localhost). */
export const randomId: NewId = () => crypto.randomUUID();
