/** The config's JSON Schema (shipped in schema/, so editors autocomplete it) and its validator. */
import { createRequire } from 'node:module';
import type { ValidateFunction } from 'ajv';
import { describe, validator } from '../core/json-schema.js';

const require = createRequire(import.meta.url);

export function configSchema(): object {
  return require('../../schema/rnsocialrc.schema.json') as object;
}

let configValidator: ValidateFunction | undefined;

/** Every problem with the config, one per line (undefined when valid). The validator: precompiled by the build when available, else compiled now. */
export function validateConfig(value: unknown): string | undefined {
  if (!configValidator) {
    try {
      configValidator = require('../config-validator.cjs') as ValidateFunction;
    } catch {
      configValidator = validator(configSchema());
    }
  }
  if (configValidator(value)) return undefined;
  return describe(configValidator.errors ?? [], '', value);
}
