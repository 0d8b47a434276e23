/**
 * JSON Schema validation (configs, rule options) with ajv, turning ajv's errors into one line an
 * editor can act on: the key path and what was expected. ajv is loaded only when a schema must be
 * compiled at run time; the build precompiles the config schema and every check kind's schema.
 */
import { createRequire } from 'node:module';
import type { Ajv, ErrorObject, ValidateFunction } from 'ajv';
import { didYouMean } from './suggest.js';

const require = createRequire(import.meta.url);

let ajv: Ajv | undefined;
const compiled = new WeakMap<object, ValidateFunction>();

export function validator(schema: object): ValidateFunction {
  let validate = compiled.get(schema);
  if (!validate) {
    ajv ??= new (require('ajv') as { Ajv: new (options: object) => Ajv }).Ajv({ allErrors: true, strict: false, verbose: true });
    const fresh = ajv.compile(schema);
    compiled.set(schema, fresh);
    return fresh;
  }
  return validate;
}

/** Undefined when valid, else a message such as `rules.tone/officialese: must be one of error, warn, off`. */
export function validateAgainst(schema: object, value: unknown, prefix = ''): string | undefined {
  const validate = validator(schema);
  if (validate(value)) return undefined;
  return describe(validate.errors ?? [], prefix);
}

export function describe(errors: ErrorObject[], prefix: string): string {
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
    const known = Object.keys((pick.parentSchema as { properties?: object } | undefined)?.properties ?? {});
    const suggestion = didYouMean(extra, known);
    return `${keyPath(`${pick.instancePath}/${extra}`, prefix)}: unknown key${suggestion ? ` (did you mean "${suggestion}"?)` : known.length ? ` (known: ${known.join(', ')})` : ''}`;
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
  return prefix ? `${prefix}${joined}` : joined.replace(/^\./, '');
}
