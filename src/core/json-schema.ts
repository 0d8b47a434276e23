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
  return describe(validate.errors ?? [], prefix, value);
}

/**
 * Every distinct problem, one per line, each as `key.path: what is wrong` with a suggestion where
 * one exists ("warning" → "warn", "8:00" → "08:00", "mandag" → "mon"). `data` is the validated
 * value: where ajv's errors carry no value (a precompiled validator), it is looked up there.
 */
export function describe(errors: ErrorObject[], prefix: string, data?: unknown): string {
  return describeAll(errors, prefix, data).join('\n');
}

const PREFERRED = ['additionalProperties', 'propertyNames', 'enum', 'pattern', 'required'];

export function describeAll(errors: ErrorObject[], prefix: string, data?: unknown): string[] {
  if (errors.length === 0) return [`${prefix || '(top level)'}: is invalid`];
  // oneOf/anyOf produce an error per branch; the deepest path is the one that says most.
  // `propertyNames` sums up the errors of the keys, which are reported themselves.
  const useful = errors.filter((e) => e.keyword !== 'oneOf' && e.keyword !== 'anyOf' && e.keyword !== 'if' && e.keyword !== 'propertyNames');
  const candidates = useful.length ? useful : errors;
  // An error on a value whose parts have errors of their own says less than they do.
  const deepest = candidates.filter((e) => !candidates.some((o) => place(o).startsWith(`${place(e)}/`)));
  // One error per place: the one that says most (an enum or pattern rather than a type of another branch).
  const byPlace = new Map<string, ErrorObject>();
  for (const e of deepest) {
    const place = `${e.instancePath}|${(e as ErrorObject & { propertyName?: string }).propertyName ?? ''}|${e.keyword === 'additionalProperties' ? (e.params as { additionalProperty: string }).additionalProperty : ''}`;
    const seen = byPlace.get(place);
    if (!seen || rank(e) < rank(seen)) byPlace.set(place, e);
  }
  return [...new Set([...byPlace.values()].map((e) => describeOne(e, prefix, data)))];
}

/** Where an error is: an unknown, misspelt or missing key is a place of its own, not its object's. */
function place(error: ErrorObject): string {
  const key =
    (error as ErrorObject & { propertyName?: string }).propertyName ??
    (error.params as { additionalProperty?: string; missingProperty?: string }).additionalProperty ??
    (error.params as { missingProperty?: string }).missingProperty;
  return key === undefined ? error.instancePath : `${error.instancePath}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`;
}

function rank(error: ErrorObject): number {
  const i = PREFERRED.indexOf(error.keyword);
  return i === -1 ? PREFERRED.length : i;
}

/** Danish weekday names (and their short forms) to the config's mon…sun. */
const DANISH_WEEKDAYS: Record<string, string> = {
  mandag: 'mon', man: 'mon', tirsdag: 'tue', tir: 'tue', onsdag: 'wed', ons: 'wed', torsdag: 'thu', tor: 'thu',
  fredag: 'fri', fre: 'fri', lørdag: 'sat', lør: 'sat', loerdag: 'sat', søndag: 'sun', søn: 'sun', soendag: 'sun',
};

function describeOne(pick: ErrorObject, prefix: string, data: unknown): string {
  // A key that fails `propertyNames` (a rule id in the wrong form): name the key itself.
  const badKey = (pick as ErrorObject & { propertyName?: string }).propertyName;
  if (badKey !== undefined) {
    const lower = badKey.toLowerCase();
    const hint = lower !== badKey && /^[a-z][a-z0-9-]*\/[a-z][a-z0-9-]*$/.test(lower) ? ` (did you mean "${lower}"?)` : '';
    return `${keyPath(`${pick.instancePath}/${badKey.replace(/~/g, '~0').replace(/\//g, '~1')}`, prefix)}: key ${pick.message ?? 'is invalid'}${hint}`;
  }
  const path = keyPath(pick.instancePath, prefix);
  const value = 'data' in pick ? (pick as { data?: unknown }).data : lookUp(data, pick.instancePath);
  let detail = pick.message ?? 'is invalid';
  if (pick.keyword === 'enum') {
    const allowed = (pick.params as { allowedValues: unknown[] }).allowedValues.map(String);
    detail = `must be one of ${allowed.join(', ')}`;
    if (typeof value === 'string') {
      const weekday = allowed.includes('mon') ? DANISH_WEEKDAYS[value.trim().toLowerCase()] : undefined;
      const suggestion = weekday ?? didYouMean(value, allowed);
      detail += `, not "${value}"${suggestion ? ` (did you mean "${suggestion}"?)` : ''}`;
    }
  }
  if (pick.keyword === 'pattern' && (pick.params as { pattern: string }).pattern.includes(':[0-5][0-9]')) {
    detail = 'must be a time as HH:MM (24-hour clock, e.g. "08:00")';
    if (typeof value === 'string') {
      const time = /^\s*(\d{1,2})(?:[:.](\d{2}))?\s*$/.exec(value);
      detail = `must be a time as HH:MM, not "${value}"${time && Number(time[1]) <= 24 ? ` (expected "${time[1]!.padStart(2, '0')}:${time[2] ?? '00'}")` : ' (e.g. "08:00")'}`;
    }
  }
  if (pick.keyword === 'additionalProperties') {
    const extra = (pick.params as { additionalProperty: string }).additionalProperty;
    const known = Object.keys((pick.parentSchema as { properties?: object } | undefined)?.properties ?? {});
    const suggestion = didYouMean(extra, known);
    return `${keyPath(`${pick.instancePath}/${extra}`, prefix)}: unknown key${suggestion ? ` (did you mean "${suggestion}"?)` : known.length ? ` (known: ${known.join(', ')})` : ''}`;
  }
  if (pick.keyword === 'type') detail = `must be ${(pick.params as { type: string }).type}`;
  return `${path || '(top level)'}: ${detail}`;
}

function lookUp(data: unknown, pointer: string): unknown {
  let value = data;
  for (const part of pointer.split('/').slice(1)) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[part.replace(/~1/g, '/').replace(/~0/g, '~')];
  }
  return value;
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
