#!/usr/bin/env node
// Read floor: start Node, list and read the drafts, nothing else ("node -e 0 + reading the files",
// the yardstick for a --cache run where nothing changed).
// Usage: node bench/read-floor.mjs <files or folders...>
import { runFloor } from './lib/floor-core.mjs';

runFloor({}, process.argv.slice(2), { parse: false });
