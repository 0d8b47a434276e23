#!/usr/bin/env node
// Parse floor (no rules): read the drafts + unified/remark-parse/remark-frontmatter + yaml.
// Usage: node bench/parse-floor.mjs <files or folders...>
// Imports rnsocial's own copies of the parsers from the project root's node_modules.
import { runFloor } from './lib/floor-core.mjs';
import { loadFloorDeps } from './lib/root-deps.mjs';

runFloor(await loadFloorDeps(), process.argv.slice(2));
