/**
 * Fixture tests for every rule. Layout:
 *   fixtures/clean/*.md                         good Danish drafts: no messages at all
 *   fixtures/<category>/<name>/bad-*.md         each triggers rule <category>/<name>
 *   fixtures/<category>/<name>/good-*.md        none triggers rule <category>/<name>
 *   fixtures/<category>/<name>/<file>.expected  every message the draft gets, one per line,
 *                                               `line:column ruleId`, sorted (empty: none)
 *   fixtures/<category>/<name>/.rnsocialrc.json optional config for that rule's fixtures (a page
 *                                               registry for sender/unknown-page); the CLI finds
 *                                               it too when run from that folder
 *
 * The sidecars make any change in what a fixture gets visible, also from other rules. After a
 * deliberate change, regenerate them and review the diff:
 *   UPDATE_EXPECTED=1 npx vitest run test/fixtures.test.ts
 */
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintFile, projectFor, ROOT } from './support/lint.js';

const FIXTURES = path.join(ROOT, 'fixtures');
const UPDATE = process.env.UPDATE_EXPECTED === '1';

type Message = { line: number; column: number; ruleId: string | null; fix?: unknown };

/** The sidecar's text for a result: `line:column ruleId` per message, sorted by position, then rule. */
function render(messages: readonly Message[]): string {
  const lines = [...messages]
    .sort((a, b) => a.line - b.line || a.column - b.column || String(a.ruleId).localeCompare(String(b.ruleId)))
    .map((m) => `${m.line}:${m.column} ${m.ruleId}\n`);
  return lines.join('');
}

/** Compares with the sidecar, or (UPDATE_EXPECTED=1) writes it. */
function expectSidecar(file: string, messages: readonly Message[]): void {
  const sidecar = `${file}.expected`;
  const actual = render(messages);
  if (UPDATE) {
    if (!existsSync(sidecar) || readFileSync(sidecar, 'utf8') !== actual) writeFileSync(sidecar, actual);
  }
  expect(existsSync(sidecar), `${path.relative(ROOT, sidecar)} is missing: UPDATE_EXPECTED=1 npx vitest run test/fixtures.test.ts`).toBe(true);
  expect(actual).toBe(readFileSync(sidecar, 'utf8'));
}

describe('fixtures/clean: good drafts get no messages', () => {
  const dir = path.join(FIXTURES, 'clean');
  const files = readdirSync(dir).filter((f) => f.endsWith('.md'));
  it('has a clean corpus', () => expect(files.length).toBeGreaterThanOrEqual(40));
  it.each(files)('%s', (file) => {
    const result = lintFile(path.join(dir, file));
    expect(result.messages.map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.message}`)).toEqual([]);
  });
});

/** Every fixtures/<category>/<name>/ folder (every folder but clean/). */
function ruleFolders(): Array<{ ruleId: string; dir: string }> {
  const folders: Array<{ ruleId: string; dir: string }> = [];
  for (const category of readdirSync(FIXTURES).sort()) {
    if (category === 'clean' || !statSync(path.join(FIXTURES, category)).isDirectory()) continue;
    for (const name of readdirSync(path.join(FIXTURES, category)).sort()) {
      const dir = path.join(FIXTURES, category, name);
      if (statSync(dir).isDirectory()) folders.push({ ruleId: `${category}/${name}`, dir });
    }
  }
  return folders;
}

for (const { ruleId, dir } of ruleFolders()) {
  const files = readdirSync(dir).filter((f) => /\.(md|markdown)$/.test(f)).sort();
  const configFile = path.join(dir, '.rnsocialrc.json');
  const config = existsSync(configFile) ? (JSON.parse(readFileSync(configFile, 'utf8')) as Record<string, unknown>) : {};
  const bad = files.filter((f) => f.startsWith('bad-'));
  const good = files.filter((f) => f.startsWith('good-'));

  describe(ruleId, () => {
    it('holds only bad-* and good-* drafts', () => {
      expect(files.filter((f) => !bad.includes(f) && !good.includes(f))).toEqual([]);
    });

    it.each(bad)('%s gets it, and exactly its .expected messages', (file) => {
      const { messages } = lintFile(path.join(dir, file), { config });
      expect(messages.map((m) => m.ruleId)).toContain(ruleId);
      expectSidecar(path.join(dir, file), messages);
    });

    it.each(good)('%s does not get it, and gets exactly its .expected messages', (file) => {
      const { messages } = lintFile(path.join(dir, file), { config });
      expect(messages.filter((m) => m.ruleId === ruleId)).toEqual([]);
      expectSidecar(path.join(dir, file), messages);
    });

    // --fix applies every fix (the Project's fix loop, as the CLI does): nothing fixable is left.
    it.each(files)('%s: after --fix nothing fixable is left', (file) => {
      const { result } = projectFor(config).lintBytes(readFileSync(path.join(dir, file)), path.join(dir, file), true);
      expect(result.messages.filter((m) => m.fix).map((m) => `${m.line}:${m.column} ${m.ruleId}`)).toEqual([]);
    });
  });
}

describe('sidecars', () => {
  it('every .expected file belongs to a draft', () => {
    const orphans = readdirSync(FIXTURES, { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.expected'))
      .filter((f) => !existsSync(path.join(FIXTURES, f.slice(0, -'.expected'.length))));
    expect(orphans).toEqual([]);
  });
});
