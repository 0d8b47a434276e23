/** The linter's own decisions: which rules run on a draft at all. */
import { describe, expect, it } from 'vitest';
import { lintText } from '../support/lint.js';

describe('a draft with no post text', () => {
  it('gets draft/empty and nothing else: no knock-on messages from rules that need text', () => {
    const job = '---\nplatform: linkedin\ntype: job\n---\n<!-- Skriv opslaget om de nye sygeplejerskestillinger -->\n';
    expect(lintText(job).messages.map((m) => m.ruleId)).toEqual(['draft/empty']);
  });

  it('a disable comment in an empty draft is still checked', () => {
    const text = '---\nplatform: facebook\npage: Region Nordjylland\n---\n<!-- rnsocial-disable tone/oficialese -->\n';
    expect(lintText(text).messages.map((m) => `${m.ruleId} ${m.messageId}`)).toEqual(['draft/empty default', 'draft/directive unknownRuleSuggestion']);
  });
});
