/**
 * Fixture tests for every rule. Layout:
 *   fixtures/clean/*.md                         good Danish drafts: no messages at all
 *   fixtures/<category>/<name>/bad-*.md         each triggers rule <category>/<name>
 *   fixtures/<category>/<name>/good-*.md        none triggers rule <category>/<name>
 *   fixtures/<category>/<name>/.rnsocialrc.json optional config for that rule's fixtures (a page
 *                                               registry for sender/unknown-page); the CLI finds
 *                                               it too when run from that folder
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintFile, ROOT } from './support/lint.js';

const FIXTURES = path.join(ROOT, 'fixtures');
const CATEGORIES = ['draft', 'tone', 'sender', 'hashtag', 'consent', 'case-handling', 'platform', 'crisis', 'monitoring'];

describe('fixtures/clean: good drafts get no messages', () => {
  const dir = path.join(FIXTURES, 'clean');
  const files = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.md')) : [];
  it('has a clean corpus', () => expect(files.length).toBeGreaterThanOrEqual(40));
  it.each(files)('%s', (file) => {
    const result = lintFile(path.join(dir, file));
    expect(result.messages.map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.message}`)).toEqual([]);
  });
});

for (const category of CATEGORIES) {
  const categoryDir = path.join(FIXTURES, category);
  if (!existsSync(categoryDir)) continue;
  for (const name of readdirSync(categoryDir)) {
    const ruleDir = path.join(categoryDir, name);
    if (!statSync(ruleDir).isDirectory()) continue;
    const ruleId = `${category}/${name}`;
    const files = readdirSync(ruleDir).filter((f) => /\.(md|markdown)$/.test(f));
    const configFile = path.join(ruleDir, '.rnsocialrc.json');
    const options = existsSync(configFile) ? { config: JSON.parse(readFileSync(configFile, 'utf8')) as Record<string, unknown> } : {};
    describe(ruleId, () => {
      it.each(files.filter((f) => f.startsWith('bad-')))('%s triggers it', (file) => {
        expect(lintFile(path.join(ruleDir, file), options).messages.map((m) => m.ruleId)).toContain(ruleId);
      });
      const good = files.filter((f) => f.startsWith('good-'));
      if (good.length > 0) {
        it.each(good)('%s does not trigger it', (file) => {
          expect(lintFile(path.join(ruleDir, file), options).messages.filter((m) => m.ruleId === ruleId)).toEqual([]);
        });
      }
    });
  }
}
