/**
 * A typo in a pack, a word list or the config's rules stops the run with exit 2 and names the
 * file, the key path and what was expected — all problems at once — instead of silently
 * switching a rule off or failing later as "internal error".
 */
import { describe, expect, it } from 'vitest';
import { GOOD, tempProject } from '../support/cli.js';
import { cli } from '../support/in-process.js';

const PACK_RULE = `rules:
  region/intern:
    check: existence
    severity: warn
    source: "Tone-of-voice 1"
    message: { da: "Undgå »{match}«.", en: "Avoid '{match}'." }
    options: { words: [intern] }
`;

async function lintWith(files: Record<string, string>): Promise<{ code: number; lines: string[] }> {
  const run = await cli(['lint', 'a.md'], { cwd: tempProject({ 'a.md': GOOD, ...files }) });
  return { code: run.code, lines: run.stderr.trim().split('\n') };
}

describe('rule errors are exit 2 with file, key path and expectation', () => {
  it.each([
    ['a wrong option type in a user pack', { 'pakke.yml': PACK_RULE.replace('{ words: [intern] }', '{ words: intern }') }, 'pakke.yml: rules.region/intern.options.words: must be array'],
    ['an unknown check kind', { 'pakke.yml': PACK_RULE.replace('check: existence', 'check: existance') }, 'pakke.yml: rules.region/intern.check: unknown check kind "existance" (did you mean "existence"?)'],
    ['an unknown message id', { 'pakke.yml': PACK_RULE.replace('message:', 'messages:\n      standard:') }, 'pakke.yml: rules.region/intern.messages.standard: the check kind "existence" has no message "standard" (its messages: default)'],
    ['an unknown placeholder', { 'pakke.yml': PACK_RULE.replace('»{match}«.", en', '»{ord}«.", en') }, 'pakke.yml: rules.region/intern.messages.default.da: unknown placeholder {ord} (this message has {match}, {replacement}, {note})'],
    ['a missing word list', { 'pakke.yml': PACK_RULE.replace('{ words: [intern] }', '{ lexicon: ord.yml }') }, 'pakke.yml: rules.region/intern.options.lexicon: no word list at ord.yml'],
    ['a message as a plain string', { 'pakke.yml': PACK_RULE.replace(/message: \{.*\}/, 'message: "Undgå {match}"') }, 'pakke.yml: rules.region/intern.message: expected a text in each language (da, en), e.g. { da: "…", en: "…" }'],
  ])('%s', async (_, files, expected) => {
    const { code, lines } = await lintWith({ '.rnsocialrc.json': JSON.stringify({ packs: ['pakke.yml'] }), ...files });
    expect(code).toBe(2);
    expect(lines[0]).toMatch(/^rnsocial: invalid rules \(\d problems?\):$/);
    expect(lines.slice(1).map((l) => l.trim())).toContain(expected);
    // A rule whose message is unusable also lacks the message the kind needs: said too, not hidden.
    expect(lines.length).toBeLessThanOrEqual(3);
  });

  it('a misspelt option in the config: key path and "did you mean"', async () => {
    const { code, lines } = await lintWith({ '.rnsocialrc.json': JSON.stringify({ rules: { 'hashtag/count': ['warn', { maks: 3 }] } }) });
    expect(code).toBe(2);
    expect(lines.map((l) => l.trim())).toContain('.rnsocialrc.json: rules.hashtag/count.options.maks: unknown key (did you mean "max"?)');
  });

  it('an unknown rule id in the config and on the command line, both reported at once', async () => {
    const dir = tempProject({ 'a.md': GOOD, '.rnsocialrc.json': JSON.stringify({ rules: { 'tone/oficialese': 'off' } }) });
    const run = await cli(['lint', 'a.md', '--rule', 'hashtag/cont:warn'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('rnsocial: invalid rules (2 problems):');
    expect(run.stderr).toContain('.rnsocialrc.json: rules.tone/oficialese: unknown rule (did you mean "tone/officialese"?)');
    expect(run.stderr).toContain('--rule: rules.hashtag/cont: unknown rule (did you mean "hashtag/count"?)');
  });
});

describe('severity is the user\'s', () => {
  const IG = `---\nplatform: instagram\npage: Region Nordjylland\nmedia:\n  - src: a.jpg\n    alt: Et billede\n    people: none\n---\nHej #aalborg ${Array.from({ length: 31 }, (_, i) => `#emne${i}`).join(' ')}\n`;

  it('--rule hashtag/count:warn gives a warning, never an error, and exit 0', async () => {
    const dir = tempProject({ 'a.md': IG });
    const json = async (args: string[]) => JSON.parse((await cli(['lint', 'a.md', '--format', 'json', ...args], { cwd: dir })).stdout) as Array<{ messages: Array<{ ruleId: string; severity: number }> }>;
    const severities = async (args: string[]) => (await json(args))[0]!.messages.filter((m) => m.ruleId === 'hashtag/count').map((m) => m.severity);
    expect(await severities([])).toEqual([2]);
    expect(await severities(['--rule', 'hashtag/count:warn'])).toEqual([1]);
    expect((await cli(['lint', 'a.md', '--rule', 'hashtag/count:warn', '--rule', 'tone/abbreviation:off'], { cwd: dir })).code).toBe(0);
  });

  it('rnsocial rules --platform P shows P\'s own source and severity', async () => {
    const row = async (platform: string) => (JSON.parse((await cli(['rules', '--platform', platform, '--format', 'json'])).stdout) as Array<{ id: string; source: string; severities: Record<string, string> }>).find((r) => r.id === 'hashtag/count')!;
    const instagram = await row('instagram');
    expect(instagram.source).toMatch(/^7 Instagram/);
    expect(instagram.severities).toEqual({ instagram: 'error' });
    expect((await row('facebook')).source).toMatch(/^4 Facebook/);
  });
});
