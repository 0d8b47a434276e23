/** Formatters by name, loaded only when asked for, so a run pays for the one it prints. */
import type { Formatter } from './types.js';

const LOADERS: Record<string, () => Promise<Formatter>> = {
  stylish: async () => (await import('./stylish.js')).stylish,
  json: async () => (await import('./json.js')).json,
  sarif: async () => (await import('./sarif.js')).sarif,
  github: async () => (await import('./github.js')).github,
  junit: async () => (await import('./junit.js')).junit,
  gitlab: async () => (await import('./gitlab.js')).gitlab,
  checkstyle: async () => (await import('./checkstyle.js')).checkstyle,
  html: async () => (await import('./html.js')).html,
};

export const FORMAT_NAMES = Object.keys(LOADERS);

export async function loadFormatter(name: string): Promise<Formatter | undefined> {
  return LOADERS[name]?.();
}
