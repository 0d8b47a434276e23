/** sarif: valid SARIF 2.1.0 (the OASIS schema, draft-04) with what GitHub code scanning requires. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { LintResult } from '../../src/core/results.js';
import { sarif } from '../../src/formatters/sarif.js';
import { lintFile } from '../support/lint.js';
import { context, message, result, ROOT, sarifProblems, tempRepo } from './support.js';


interface SarifLog {
  $schema: string;
  version: string;
  runs: Array<{
    tool: { driver: { name: string; version?: string; rules: Array<Record<string, any>> } };
    results: Array<Record<string, any>>;
  }>;
}

function format(results: LintResult[], overrides: Parameters<typeof context>[0] = {}): SarifLog {
  const text = sarif(results, context(overrides));
  const log = JSON.parse(text) as SarifLog;
  const problems = sarifProblems(log);
  if (problems) throw new Error(problems);
  return log;
}

/** The first bad-* fixture of every rule (so every rule's messages), and one clean draft. */
function fixtureFiles(dir: string): string[] {
  const files = readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.md$/.test(e.name))
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
  const firstBad = new Map<string, string>();
  for (const file of files) if (path.basename(file).startsWith('bad-') && !firstBad.has(path.dirname(file))) firstBad.set(path.dirname(file), file);
  return [...firstBad.values(), files.find((f) => f.includes(`${path.sep}clean${path.sep}`))!];
}

describe('sarif', () => {
  let results: LintResult[];
  beforeAll(() => {
    results = fixtureFiles(path.join(ROOT, 'fixtures')).map((f) => lintFile(f));
  });

  it('a bad fixture of every rule: valid against the schema, with GitHub\'s required fields filled in', () => {
    expect(results.length).toBeGreaterThan(30);
    const log = format(results);
    expect(log.version).toBe('2.1.0');
    expect(log.$schema).toBe('https://json.schemastore.org/sarif-2.1.0.json');
    const [run] = log.runs;
    expect(run!.tool.driver).toMatchObject({ name: 'rnsocial', version: '0.1.0' });
    const rules = run!.tool.driver.rules;
    expect(rules.length).toBeGreaterThan(10);
    for (const rule of rules) {
      expect(rule.id).toMatch(/^[a-z-]+\/[a-z0-9-]+$/);
      for (const key of ['shortDescription', 'fullDescription', 'help']) {
        expect(rule[key].text.trim(), `${rule.id} ${key}`).not.toBe('');
      }
      expect(rule.shortDescription.text.length).toBeLessThanOrEqual(1024);
      expect(rule.fullDescription.text.length).toBeLessThanOrEqual(1024);
      expect(rule.help.text).toContain(`rnsocial explain ${rule.id}`);
    }
    const messages = results.reduce((n, r) => n + r.messages.length, 0);
    expect(run!.results).toHaveLength(messages);
    expect(messages).toBeGreaterThan(10);
    for (const r of run!.results) {
      expect(rules[r.ruleIndex]!.id).toBe(r.ruleId);
      expect(['error', 'warning']).toContain(r.level);
      expect(r.message.text).not.toBe('');
      const location = r.locations[0].physicalLocation;
      expect(location.artifactLocation.uri).toMatch(/^fixtures\//);
      expect(location.artifactLocation.uriBaseId).toBe('%SRCROOT%');
      expect(location.region.startLine).toBeGreaterThanOrEqual(1);
      expect(location.region.startColumn).toBeGreaterThanOrEqual(1);
      expect(Object.values(r.partialFingerprints)[0]).toMatch(/^[0-9a-f]{32}$/);
    }
    const fingerprints = run!.results.map((r) => `${r.locations[0].physicalLocation.artifactLocation.uri} ${Object.values(r.partialFingerprints)[0]}`);
    expect(new Set(fingerprints).size).toBe(fingerprints.length);
  });

  it('help comes from docs/rules/<id>.md: its first paragraph, the whole page as Markdown, and the strategy source', () => {
    const log = format([]);
    const rule = log.runs[0]!.tool.driver.rules.find((r) => r.id === 'draft/frontmatter')!;
    const doc = readFileSync(path.join(ROOT, 'docs/rules/draft/frontmatter.md'), 'utf8');
    const firstParagraph = doc.split(/\n\s*\n/)[1]!.replace(/\s*\n\s*/g, ' ').trim();
    expect(rule.help.text.startsWith(firstParagraph)).toBe(true);
    expect(rule.help.markdown).toContain('# draft/frontmatter');
    expect(rule.help.markdown).toContain('`rnsocial explain draft/frontmatter`');
    const sourced = log.runs[0]!.tool.driver.rules.find((r) => r.properties?.source)!;
    expect(sourced.fullDescription.text).toContain(sourced.properties.source);
  });

  it('no results is still a valid log, with every rule described', () => {
    const log = format([result('fixtures/clean/x.md')]);
    expect(log.runs[0]!.results).toEqual([]);
    expect(log.runs[0]!.tool.driver.rules.length).toBeGreaterThan(10);
  });

  it('English descriptions with --lang en', () => {
    const da = format([], { lang: 'da' }).runs[0]!.tool.driver.rules.find((r) => r.id === 'draft/empty')!;
    const en = format([], { lang: 'en' }).runs[0]!.tool.driver.rules.find((r) => r.id === 'draft/empty')!;
    expect(en.shortDescription.text).not.toBe(da.shortDescription.text);
  });

  it('a rule unknown to the catalogue still gets a description (never an empty string)', () => {
    const log = format([result('a.md', [message({ ruleId: 'custom/own-rule' })])], { rules: [] });
    const rule = log.runs[0]!.tool.driver.rules[0]!;
    expect(rule.id).toBe('custom/own-rule');
    expect(rule.shortDescription.text).toBe('custom/own-rule');
  });

  it('regions: 1-based, end column exclusive, never before the start; odd file names percent-encoded', () => {
    const repo = tempRepo();
    const log = format(
      [
        summariseAt(path.join(repo, 'åbent hus/50% rabat, #1.md'), [
          message({ line: 3, column: 4, endLine: 3, endColumn: 9 }),
          message({ line: 0, column: 0, endLine: 0, endColumn: 0, ruleId: 'draft/empty', message: '' }),
        ]),
      ],
      { cwd: repo },
    );
    const [a, b] = log.runs[0]!.results;
    expect(a!.locations[0].physicalLocation).toEqual({
      artifactLocation: { uri: '%C3%A5bent%20hus/50%25%20rabat%2C%20%231.md', uriBaseId: '%SRCROOT%' },
      region: { startLine: 3, startColumn: 4, endLine: 3, endColumn: 9 },
    });
    expect(b!.locations[0].physicalLocation.region).toEqual({ startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 });
    expect(b!.message.text).toBe('draft/empty');
  });

  it('fingerprints survive lines moving and tell two equal messages in one file apart', () => {
    const before = format([result('a.md', [message({ line: 5 }), message({ line: 9 })])]).runs[0]!.results;
    const after = format([result('a.md', [message({ line: 7 }), message({ line: 12 })])]).runs[0]!.results;
    expect(before[0]!.partialFingerprints).toEqual(after[0]!.partialFingerprints);
    expect(before[1]!.partialFingerprints).toEqual(after[1]!.partialFingerprints);
    expect(before[0]!.partialFingerprints).not.toEqual(before[1]!.partialFingerprints);
    const elsewhere = format([result('b.md', [message({ line: 5 })])]).runs[0]!.results;
    expect(elsewhere[0]!.partialFingerprints).not.toEqual(before[0]!.partialFingerprints);
  });

  it('cross-posted messages carry their platforms as a property', () => {
    const log = format([result('a.md', [message({ platforms: ['facebook', 'instagram'] })])]);
    expect(log.runs[0]!.results[0]!.properties).toEqual({ platforms: ['facebook', 'instagram'] });
  });
});

function summariseAt(filePath: string, messages: ReturnType<typeof message>[]): LintResult {
  return { ...result('x.md', messages), filePath };
}
