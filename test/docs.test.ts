/**
 * Every rule is documented and traceable: a doc in docs/rules/<id>.md whose bad example
 * triggers the rule and whose good example does not, a strategy source, and messages in
 * Danish and English. Rules are read from rules/*.yml as data (test/support/rules.ts).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectFor, ROOT } from './support/lint.js';
import { FILE_SYSTEM_RULES, packRules } from './support/rules.js';

const rules = packRules();

interface Example {
  lang: 'markdown' | 'text';
  text: string;
}

function example(doc: string, heading: string): Example | undefined {
  const at = doc.indexOf(`\n## ${heading}`);
  if (at === -1) return undefined;
  const m = /```(markdown|text)\n([\s\S]*?)\n```/.exec(doc.slice(at));
  return m ? { lang: m[1] as Example['lang'], text: `${m[2]!}\n` } : undefined;
}

/** A rule that only runs with a config (sender/unknown-page) shows it in a ```json block under "## Konfiguration". */
function docConfig(doc: string): Record<string, unknown> {
  const at = doc.indexOf('\n## Konfiguration');
  if (at === -1) return {};
  const m = /```json\n([\s\S]*?)\n```/.exec(doc.slice(at));
  return m ? (JSON.parse(m[1]!) as Record<string, unknown>) : {};
}

/** The rule ids an example gets. A ```text example is a file that is not UTF-8 (draft/encoding's): it is linted as Latin-1 bytes. */
function ruleIdsOf(example: Example, config: Record<string, unknown>): Array<string | null> {
  const bytes = example.lang === 'text' ? Buffer.from(example.text, 'latin1') : Buffer.from(example.text, 'utf8');
  return projectFor(config).lintBytes(bytes, path.join(ROOT, 'draft.md')).result.messages.map((m) => m.ruleId);
}

const nonEmpty = (value: unknown): boolean => typeof value === 'string' && value.trim() !== '';
const localized = (value: unknown): boolean => {
  const v = value as { da?: unknown; en?: unknown } | undefined;
  return nonEmpty(v?.da) && nonEmpty(v?.en);
};

describe.each([...rules.keys()].sort())('%s', (id) => {
  const entries = [...rules.get(id)!.values()];
  const file = path.join(ROOT, 'docs/rules', `${id}.md`);
  const doc = existsSync(file) ? readFileSync(file, 'utf8') : '';

  it('cites the strategy and speaks Danish and English', () => {
    const definitions = entries.filter((e) => e.check !== undefined);
    expect(definitions.length, 'a pack entry with a check').toBeGreaterThan(0);
    expect(entries.some((e) => nonEmpty(e.source)), 'a source').toBe(true);
    for (const entry of entries) if (entry.source !== undefined) expect(nonEmpty(entry.source), 'source').toBe(true);
    for (const rule of definitions) {
      expect(localized(rule.description), 'description.da and .en').toBe(true);
      const messages = rule.messages !== undefined ? Object.values(rule.messages as Record<string, unknown>) : [rule.message];
      expect(messages.length).toBeGreaterThan(0);
      for (const message of messages) expect(localized(message), 'message.da and .en').toBe(true);
    }
  });

  it('has a doc with a bad and a good example', () => {
    expect(existsSync(file), file).toBe(true);
    expect(doc.startsWith(`# ${id}\n`)).toBe(true);
    expect(example(doc, 'Dårligt'), 'a "## Dårligt" section with a ```markdown example').toBeDefined();
    expect(example(doc, 'Godt')?.lang, 'a "## Godt" section with a ```markdown example').toBe('markdown');
  });

  it.skipIf(FILE_SYSTEM_RULES.includes(id))('its bad example gets it and its good example does not', () => {
    const bad = example(doc, 'Dårligt');
    const good = example(doc, 'Godt');
    expect(bad && good, 'both examples').toBeTruthy();
    expect(ruleIdsOf(bad!, docConfig(doc))).toContain(id);
    expect(ruleIdsOf(good!, docConfig(doc)).filter((r) => r === id)).toEqual([]);
  });
});
