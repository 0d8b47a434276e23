/**
 * JSON Schema validation of configs and rule options with ajv, turning ajv's errors into one
 * line an editor can act on: the key path and what was expected.
 */
import { createRequire } from 'node:module';
import type { Ajv, ErrorObject, ValidateFunction } from 'ajv';

const require = createRequire(import.meta.url);

// ajv is loaded only when something must be compiled: the config schema comes precompiled.
let ajv: Ajv | undefined;
const compiled = new WeakMap<object, ValidateFunction>();

function validator(schema: object): ValidateFunction {
  let validate = compiled.get(schema);
  if (!validate) {
    ajv ??= new (require('ajv') as { Ajv: new (options: object) => Ajv }).Ajv({ allErrors: true, strict: false });
    const fresh = ajv.compile(schema);
    compiled.set(schema, fresh);
    return fresh;
  }
  return validate;
}

export function configSchema(): object {
  return require('../../schema/rnsocialrc.schema.json') as object;
}

let configValidator: ValidateFunction | undefined;

/** The config validator: precompiled by the build when available, else compiled now. */
export function validateConfig(value: unknown): string | undefined {
  if (!configValidator) {
    try {
      configValidator = require('../config-validator.cjs') as ValidateFunction;
    } catch {
      configValidator = validator(configSchema());
    }
  }
  if (configValidator(value)) return undefined;
  return describe(configValidator.errors ?? [], '');
}

/** Undefined when valid, else a message such as `rules.tone/officialese: must be one of error, warn, off`. */
export function validateAgainst(schema: object, value: unknown, prefix = ''): string | undefined {
  const validate = validator(schema);
  if (validate(value)) return undefined;
  return describe(validate.errors ?? [], prefix);
}

function describe(errors: ErrorObject[], prefix: string): string {
  // oneOf/anyOf produce an error per branch; the deepest path is the one that says most.
  const useful = errors.filter((e) => e.keyword !== 'oneOf' && e.keyword !== 'anyOf' && e.keyword !== 'if');
  const pick = (useful.length ? useful : errors).reduce((best, e) => (depth(e) > depth(best) ? e : best));
  // A key that fails `propertyNames` (a rule id in the wrong form): name the key itself.
  const badKey = (pick as ErrorObject & { propertyName?: string }).propertyName;
  if (badKey !== undefined) return `${keyPath(`${pick.instancePath}/${badKey.replace(/~/g, '~0').replace(/\//g, '~1')}`, prefix)}: key ${pick.message ?? 'is invalid'}`;
  const path = keyPath(pick.instancePath, prefix);
  let detail = pick.message ?? 'is invalid';
  if (pick.keyword === 'enum') detail = `must be one of ${(pick.params as { allowedValues: unknown[] }).allowedValues.join(', ')}`;
  if (pick.keyword === 'additionalProperties') {
    const extra = (pick.params as { additionalProperty: string }).additionalProperty;
    return `${keyPath(`${pick.instancePath}/${extra}`, prefix)}: unknown key`;
  }
  if (pick.keyword === 'type') detail = `must be ${(pick.params as { type: string }).type}`;
  return `${path || '(top level)'}: ${detail}`;
}

function depth(error: ErrorObject): number {
  return error.instancePath.split('/').length;
}

function keyPath(pointer: string, prefix: string): string {
  const parts = pointer
    .split('/')
    .slice(1)
    .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
  const joined = parts.map((p) => (/^\d+$/.test(p) ? `[${p}]` : `.${p}`)).join('');
  return `${prefix}${joined}`.replace(/^\./, '');
}
