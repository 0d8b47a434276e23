/** What disable comments may do, from the config and the command line. */
import { describe, expect, it } from 'vitest';
import { tempProject } from '../support/cli.js';
import { cli } from '../support/in-process.js';

const DRAFT = `---
platform: facebook
page: Region Nordjylland
---
<!-- rnsocial-disable-next-line tone/officialese -->
Vedrørende parkering: der er gratis parkering ved indgang 3.

<!-- rnsocial-disable-next-line tone/emoji -->
Vi ses i Hobro.
`;

async function messages(args: string[], config?: Record<string, unknown>): Promise<string[]> {
  const dir = tempProject({ 'a.md': DRAFT, ...(config ? { '.rnsocialrc.json': JSON.stringify(config) } : {}) });
  const run = await cli(['lint', 'a.md', '--format', 'json', ...args], { cwd: dir });
  expect(run.stderr).toBe('');
  const [result] = JSON.parse(run.stdout) as Array<{ messages: Array<{ ruleId: string; messageId: string; severity: number }> }>;
  return result!.messages.map((m) => `${m.ruleId} ${m.messageId} ${m.severity}`);
}

describe('inline config', () => {
  it('by default a comment switches its rule off, and one that switches nothing off is a warning', async () => {
    expect(await messages([])).toEqual(['draft/directive unused 1']);
  });

  it('--no-inline-config and noInlineConfig: comments are ignored, every message stands, none is reported', async () => {
    expect(await messages(['--no-inline-config'])).toEqual(['tone/officialese default 1']);
    expect(await messages([], { noInlineConfig: true })).toEqual(['tone/officialese default 1']);
  });

  it('--report-unused-disable-directives: off, warn, error, and error for the flag alone; the config key too', async () => {
    expect(await messages(['--report-unused-disable-directives', 'off'])).toEqual([]);
    expect(await messages(['--report-unused-disable-directives', 'error'])).toEqual(['draft/directive unused 2']);
    expect(await messages(['--report-unused-disable-directives'])).toEqual(['draft/directive unused 2']);
    expect(await messages([], { reportUnusedDisableDirectives: 'off' })).toEqual([]);
    expect(await messages(['--report-unused-disable-directives', 'warn'], { reportUnusedDisableDirectives: 'error' })).toEqual(['draft/directive unused 1']);
  });

  it('a wrong value is a usage error', async () => {
    const run = await cli(['lint', 'a.md', '--report-unused-disable-directives', 'maybe'], { cwd: tempProject({ 'a.md': DRAFT }) });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--report-unused-disable-directives takes off, warn or error, not "maybe"');
  });
});
