/**
 * Where the built-in packs and word lists live. A module of its own: the cache finds them without
 * importing the compiler, which would load every check kind.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const BUILTIN_RULES_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../rules');
