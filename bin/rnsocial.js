#!/usr/bin/env node
// Starts the compiled CLI; the exit code is set, not forced, so output is flushed first.
import { main } from '../dist/cli/main.js';

process.exitCode = await main(process.argv.slice(2));
