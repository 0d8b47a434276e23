/**
 * Every rule is documented and traceable: a doc in docs/rules/<id>.md whose bad example
 * triggers the rule and whose good example does not, a strategy source, and messages in
 * Danish and English.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RuleCatalogue } from '../src/engine/packs.js';
import { lintText, ROOT } from './support/lint.js';

const catalogue = new RuleCatalogue();

function example(doc: string, heading: string): string | undefined {
  const at = doc.indexOf(`\n## ${heading}`);
  if (at === -1) return undefined;
  // draft/encoding's bad example cannot be valid text, so it is a ```text block.
  const m = /```(?:markdown|text)\n([\s\S]*?)\n```/.exec(doc.slice(at));
  return m?.[1];
}

/** A rule that only runs with a config (sender/unknown-page) shows it in a ```json block under "## Konfiguration". */
function docConfig(doc: string): Record<string, unknown> | undefined {
  const at = doc.indexOf('\n## Konfiguration');
  if (at === -1) return undefined;
  const m = /```json\n([\s\S]*?)\n```/.exec(doc.slice(at));
  return m ? (JSON.parse(m[1]!) as Record<string, unknown>) : undefined;
}

describe.each(catalogue.ids)('%s', (id) => {
  const rule = catalogue.find(id)!;
  const file = path.join(ROOT, 'docs/rules', `${id}.md`);

  it('cites the strategy and speaks Danish and English', () => {
    expect(rule.source).not.toBe('');
    expect(rule.description.da).not.toBe('');
    expect(rule.description.en).not.toBe('');
    for (const message of Object.values(rule.messages)) {
      expect(message.da).not.toBe('');
      expect(message.en).not.toBe('');
    }
  });

  it('has a doc with a bad and a good example', () => {
    expect(existsSync(file), file).toBe(true);
    const doc = readFileSync(file, 'utf8');
    expect(doc.startsWith(`# ${id}\n`)).toBe(true);
    expect(example(doc, 'Dårligt'), 'a "## Dårligt" section with a ```markdown example').toBeDefined();
    expect(example(doc, 'Godt'), 'a "## Godt" section with a ```markdown example').toBeDefined();
  });

  // draft/encoding's bad example cannot be text; its fixtures and end-to-end tests cover it.
  it.skipIf(id === 'draft/encoding')('its bad example triggers it and its good example does not', () => {
    const doc = existsSync(file) ? readFileSync(file, 'utf8') : '';
    const bad = example(doc, 'Dårligt');
    const good = example(doc, 'Godt');
    const config = docConfig(doc);
    const options = config ? { config } : {};
    if (bad !== undefined) expect(lintText(`${bad}\n`, options).messages.map((m) => m.ruleId)).toContain(id);
    if (good !== undefined) expect(lintText(`${good}\n`, options).messages.filter((m) => m.ruleId === id)).toEqual([]);
  });
});
