/** The linter's own decisions: which rules run on a draft at all. */
import { describe, expect, it, vi } from 'vitest';
import { getCheckKind } from '../../src/checks/index.js';
import type { CheckContext } from '../../src/checks/types.js';
import path from 'node:path';
import { resolveConfig } from '../../src/config/load.js';
import { Project } from '../../src/engine/project.js';
import { lintText, ROOT } from '../support/lint.js';

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

describe('a cross-post', () => {
  it('runs a check that never reads its platform once, replaying its reports for the next platform; one that reads it, per platform', () => {
    const kind = getCheckKind('substitution')!;
    const create = kind.create.bind(kind);
    const runs: string[] = [];
    // tone/officialese asks for its platform, tone/nominal-style (the same kind) does not.
    vi.spyOn(kind, 'create').mockImplementation((options, env) => {
      const runner = create(options, env);
      return (context: CheckContext) => {
        runs.push(context.ruleId === 'tone/officialese' ? `${context.ruleId} ${context.platform}` : context.ruleId);
        runner(context);
      };
    });
    try {
      const text = '---\nplatform: [facebook, instagram]\npage: Region Nordjylland\n---\nVedrørende din tid: Der foretages en vurdering af henvisningen.\n';
      // A project of its own: the shared test projects made their runners before the spy.
      const project = new Project({ config: resolveConfig({}, undefined, ROOT), lang: 'da' });
      const result = project.lintBytes(new TextEncoder().encode(text), path.join(ROOT, 'draft.md')).result;
      expect(runs.sort()).toEqual(['tone/nominal-style', 'tone/officialese facebook', 'tone/officialese instagram']);
      const reported = result.messages.filter((m) => m.ruleId === 'tone/nominal-style' || m.ruleId === 'tone/officialese');
      expect(reported.map((m) => m.ruleId).sort()).toEqual(['tone/nominal-style', 'tone/officialese']);
      for (const m of reported) expect(m.platforms).toEqual(['facebook', 'instagram']);
    } finally {
      vi.restoreAllMocks();
    }
  });
});
