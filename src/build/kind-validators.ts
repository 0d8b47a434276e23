/**
 * Build step: compile every check kind's options schema into one standalone validator module
 * (dist/kind-validators.cjs), so compiling the rules at start-up does not pay ajv's compiler.
 * Without the file (tests run the TypeScript sources) the engine compiles the schemas itself.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv } from 'ajv';
import standaloneCode from 'ajv/dist/standalone/index.js';
import { CHECK_KIND_NAMES, getCheckKind } from '../checks/index.js';
import { KIND_VALIDATORS_FILE } from '../engine/option-validators.js';

const ajv = new Ajv({ allErrors: true, strict: false, verbose: true, code: { source: true } });
for (const name of CHECK_KIND_NAMES) ajv.addSchema(getCheckKind(name)!.meta.schema, name);
// ajv/dist/standalone is CommonJS with `exports.default`; under NodeNext it arrives as the module object.
type ToCode = (ajv: Ajv, refs: Record<string, string>) => string;
const toCode = ((standaloneCode as unknown as { default?: ToCode }).default ?? standaloneCode) as unknown as ToCode;
writeFileSync(KIND_VALIDATORS_FILE, toCode(ajv, Object.fromEntries(CHECK_KIND_NAMES.map((name) => [name, name]))));
console.log(`rnsocial build: ${CHECK_KIND_NAMES.length} check kind schemas → ${path.relative(process.cwd(), KIND_VALIDATORS_FILE)}`);
