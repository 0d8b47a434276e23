// Runs rnsocial from its compiled modules (dist/cli/main.js) rather than the bundle bin/ prefers,
// so that a --cpu-prof profile names the source file of each function (the bundle has no source map).
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const { main } = await import(pathToFileURL(path.join(root, 'dist', 'cli', 'main.js')).href);
process.exitCode = await main(process.argv.slice(2));
