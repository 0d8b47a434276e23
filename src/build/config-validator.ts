/**
 * Build step: compile the config's JSON Schema into a standalone validator module
 * (dist/config-validator.cjs), so a run with a config does not pay ajv's compiler.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import standaloneCode from 'ajv/dist/standalone/index.js';
import { configSchema } from '../config/validate.js';

export const VALIDATOR_FILE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../config-validator.cjs');

const ajv = new Ajv({ allErrors: true, strict: false, verbose: true, code: { source: true } });
const validate = ajv.compile(configSchema());
// ajv/dist/standalone is CommonJS with `exports.default`; under NodeNext it arrives as the module object.
type ToCode = (ajv: Ajv, validate: unknown) => string;
const toCode = ((standaloneCode as unknown as { default?: ToCode }).default ?? standaloneCode) as unknown as ToCode;
writeFileSync(VALIDATOR_FILE, toCode(ajv, validate));
console.log(`rnsocial build: config schema → ${path.relative(process.cwd(), VALIDATOR_FILE)}`);
