/**
 * CONTRIBUTING.md's promise for every rule in the built-in packs (the `rules:` keys of
 * rules/*.yml): at least three bad and one good fixture in fixtures/<category>/<name>/, and a
 * doc page docs/rules/<category>/<name>.md. And no fixture folder or doc page for a rule that
 * does not exist.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './support/lint.js';
import { FILE_SYSTEM_RULES, packRuleIds } from './support/rules.js';

const ids = packRuleIds();

function drafts(dir: string, prefix: string): string[] {
  return existsSync(dir) ? readdirSync(dir).filter((f) => f.startsWith(prefix) && /\.(md|markdown)$/.test(f)) : [];
}

/** `<category>/<name>` for every folder two levels below `root` (files directly in a category are skipped). */
function twoLevels(root: string, skip: string[] = [], ext?: string): string[] {
  const found: string[] = [];
  for (const category of readdirSync(root)) {
    if (skip.includes(category) || !statSync(path.join(root, category)).isDirectory()) continue;
    for (const name of readdirSync(path.join(root, category))) {
      if (ext ? name.endsWith(ext) : statSync(path.join(root, category, name)).isDirectory()) found.push(`${category}/${ext ? name.slice(0, -ext.length) : name}`);
    }
  }
  return found.sort();
}

describe('every rule has fixtures and a doc page', () => {
  it('the packs define rules', () => expect(ids.length).toBeGreaterThan(30));

  it.each(ids)('%s', (id) => {
    const dir = path.join(ROOT, 'fixtures', id);
    expect(existsSync(path.join(ROOT, 'docs/rules', `${id}.md`)), `docs/rules/${id}.md`).toBe(true);
    if (FILE_SYSTEM_RULES.includes(id)) return; // no draft text triggers it: see FILE_SYSTEM_RULES
    expect(drafts(dir, 'bad-').length, `fixtures/${id}/bad-*.md`).toBeGreaterThanOrEqual(3);
    expect(drafts(dir, 'good-').length, `fixtures/${id}/good-*.md`).toBeGreaterThanOrEqual(1);
  });

  it('every fixture folder is for a rule', () => {
    expect(twoLevels(path.join(ROOT, 'fixtures'), ['clean']).filter((id) => !ids.includes(id))).toEqual([]);
  });

  it('every doc page is for a rule', () => {
    expect(twoLevels(path.join(ROOT, 'docs/rules'), [], '.md').filter((id) => !ids.includes(id))).toEqual([]);
  });
});
