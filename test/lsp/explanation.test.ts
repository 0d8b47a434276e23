/** The hover text: the rule page up to its examples, the strategy passage, whether it can be fixed. */
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ruleDocHref, ruleExplanation } from '../../src/lsp/explanation.js';
import { projectFor, ROOT } from '../support/lint.js';

const officialese = projectFor().ruleSet.rule('tone/officialese')!;

describe('ruleExplanation', () => {
  it('Danish: what and why from the rule page, the strategy source, no examples', () => {
    const text = ruleExplanation(officialese, 'da');
    expect(text).toMatch(/^# tone\/officialese\n\nFinder kancelliord/);
    expect(text).toContain('## Hvorfor');
    expect(text).not.toContain('## Dårligt');
    expect(text).toContain(`**Kilde i strategien:** ${officialese.source}`);
    expect(text).toContain('Kan rettes');
  });

  it('English: the English section when the page has one, else the description', () => {
    expect(ruleExplanation(officialese, 'en')).toBe(
      `# tone/officialese\n\n${officialese.description.en}\n\nThe rule page is in Danish only.\n\n**Strategy source:** ${officialese.source}\n\nFixable: the quick fix or \`rnsocial lint --fix\` corrects it.`,
    );
    const docs = mkdtempSync(path.join(os.tmpdir(), 'rnsocial-docs-'));
    mkdirSync(path.join(docs, 'tone'));
    writeFileSync(path.join(docs, 'tone/officialese.md'), '# tone/officialese\n\nDansk.\n\n## English\n\nFinds officialese.\n\n## Dårligt\n');
    expect(ruleExplanation(officialese, 'en', docs)).toMatch(/^# tone\/officialese\n\nFinds officialese\.\n\n\*\*Strategy source/);
  });

  it('links the installed rule page as a file URI, and nothing for a rule without a page', () => {
    expect(fileURLToPath(ruleDocHref('tone/officialese')!)).toBe(path.join(ROOT, 'docs/rules/tone/officialese.md'));
    expect(ruleDocHref('tone/no-such-rule')).toBeUndefined();
    expect(ruleDocHref('../package')).toBeUndefined();
  });
});
