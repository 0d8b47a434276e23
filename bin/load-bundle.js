// Loads dist/bundle/rnsocial.cjs (the whole CLI in one CommonJS file) through vm.Script with the
// V8 code cache the build made (dist/bundle/rnsocial.cjs.cache): start-up then skips parsing and
// compiling most of the bundle. Node 20 has no module.enableCompileCache (Node 22), and V8 only
// takes a code cache for classic scripts, hence the CommonJS build.
//
// The cache is used only when the manifest beside it names this bundle's content (SHA-256: npm
// resets file times in a package, so a size + mtime stamp would never match once installed) and
// this Node version; V8 itself also refuses a cache from another V8 or other flags.
// RNSOCIAL_CODE_CACHE=0 turns the lever off: bin/rnsocial.js then starts the ESM bundle.
import { isAscii } from 'node:buffer';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';

export const BUNDLE = fileURLToPath(new URL('../dist/bundle/rnsocial.cjs', import.meta.url));
export const CODE_CACHE = `${BUNDLE}.cache`;
export const CODE_CACHE_MANIFEST = `${BUNDLE}.cache.json`;

/**
 * A user's rnsocial.config.mjs: in Node 20, import() inside a script compiled from a code cache
 * finds no loader (ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING, even with this hook), so
 * src/config/load.ts falls back to require(), which loads ES modules only where Node has
 * require(esm) (20.19+). Older Nodes start the ESM bundle instead.
 */
const DYNAMIC_IMPORT = vm.constants?.USE_MAIN_CONTEXT_DEFAULT_LOADER;
const CAN_REQUIRE_ESM = process.features?.require_module === true;

/** The bundle's identity as the manifest records it. */
export function bundleStamp(bytes) {
  return { sha256: createHash('sha256').update(bytes).digest('hex'), node: process.version };
}

function cachedDataFor(bytes) {
  try {
    const manifest = JSON.parse(readFileSync(CODE_CACHE_MANIFEST, 'utf8'));
    const stamp = bundleStamp(bytes);
    if (manifest.sha256 !== stamp.sha256 || manifest.node !== stamp.node) return undefined;
    return readFileSync(CODE_CACHE);
  } catch {
    return undefined;
  }
}

/**
 * The bundle's exports ({ main, runCli }), its vm.Script (the build calls createCachedData() on
 * it after a representative run) and whether the cache was used. `useCache: false` compiles from
 * source; `onlyWithCache: true` returns undefined when no usable cache exists (the ESM bundle
 * then starts as fast, and loads its commands lazily).
 */
export function loadBundle({ file = BUNDLE, useCache = process.env.RNSOCIAL_CODE_CACHE !== '0', onlyWithCache = false } = {}) {
  if (!CAN_REQUIRE_ESM) return undefined;
  let bytes;
  try {
    bytes = readFileSync(file);
  } catch {
    return undefined;
  }
  const cachedData = useCache ? cachedDataFor(bytes) : undefined;
  if (onlyWithCache && !cachedData) return undefined;
  // The build writes the bundle as ASCII: decoding it as Latin-1 is a copy, UTF-8 decoding took ~10× longer.
  const source = isAscii(bytes) ? bytes.toString('latin1') : bytes.toString('utf8');
  const script = new vm.Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
    filename: file,
    ...(cachedData ? { cachedData } : {}),
    ...(DYNAMIC_IMPORT ? { importModuleDynamically: DYNAMIC_IMPORT } : {}),
  });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(file), module, file, path.dirname(file));
  return { exports: module.exports, script, bytes, usedCache: cachedData !== undefined && !script.cachedDataRejected };
}
