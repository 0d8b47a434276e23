/**
 * Validating a rule's options against its check kind's schema: with the validators the build
 * precompiled (dist/kind-validators.cjs), else with ajv at run time.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ValidateFunction } from 'ajv';
import type { AnyCheckKind } from '../checks/index.js';
import { describe, validateAgainst } from '../core/json-schema.js';

export const KIND_VALIDATORS_FILE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../kind-validators.cjs');

const require = createRequire(import.meta.url);
let precompiled: Record<string, ValidateFunction> | null | undefined;

function loadPrecompiled(): Record<string, ValidateFunction> | null {
  if (precompiled === undefined) {
    try {
      precompiled = require(KIND_VALIDATORS_FILE) as Record<string, ValidateFunction>;
    } catch {
      precompiled = null;
    }
  }
  return precompiled;
}

/** Undefined when valid, else `prefix.key.path: what was expected`. */
export function validateOptions(kind: AnyCheckKind, options: unknown, prefix: string): string | undefined {
  const validate = loadPrecompiled()?.[kind.name];
  if (!validate) return validateAgainst(kind.meta.schema, options, prefix);
  return validate(options) ? undefined : describe(validate.errors ?? [], prefix, options);
}
