// Listing drafts the way the CLI does (named files; folders walked for *.md and *.markdown,
// skipping node_modules and .git; sorted), for the floors. No ignore files, no globs.
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';

const DRAFT = /\.(md|markdown)$/;
const SKIP = new Set(['node_modules', '.git']);

export function listDrafts(inputs) {
  const out = [];
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.name.startsWith('.') || SKIP.has(entry.name)) continue;
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile() && DRAFT.test(entry.name)) out.push(full);
    }
  };
  for (const input of inputs.length > 0 ? inputs : ['.']) {
    const abs = path.resolve(input);
    if (statSync(abs).isDirectory()) walk(abs);
    else out.push(abs);
  }
  return out.sort();
}
