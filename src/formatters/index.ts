/** Formatters by name, loaded only when asked for, so a run pays for the one it prints. */
import type { Formatter } from './types.js';

const LOADERS: Record<string, () => Promise<Formatter>> = {
  stylish: async () => (await import('./stylish.js')).stylish,
  json: async () => (await import('./json.js')).json,
};

export const FORMAT_NAMES = Object.keys(LOADERS);

export async function loadFormatter(name: string): Promise<Formatter | undefined> {
  return LOADERS[name]?.();
}
