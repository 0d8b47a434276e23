/**
 * docs/ci.md and docs/editors.md are copied and pasted by users: the pre-commit and lint-staged
 * recipes name what ships, and the editor page's JSON and problem matcher match real output
 * (in-process). The GitHub and GitLab recipes run as shell lines in test/e2e/docs.test.ts.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { GOOD, tempProject } from '../support/cli.js';
import { codeBlocks } from '../support/docs.js';
import { cli } from '../support/in-process.js';
import { ROOT } from '../support/lint.js';


describe('docs/ci.md', () => {
  const yamlBlocks = codeBlocks('docs/ci.md', 'yaml').map((y) => parse(y) as Record<string, any>);

  it('pre-commit: the documented config names the shipped hook', async () => {
    const config = yamlBlocks.find((y) => y.repos)!;
    const manifest = parse(readFileSync(path.join(ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as Array<{ id: string }>;
    expect(manifest.map((h) => h.id)).toContain(config.repos[0].hooks[0].id);
  });

  it('pre-commit: the documented rev is a commit of this repository', () => {
    const config = yamlBlocks.find((y) => Array.isArray(y.repos))!;
    const rev = (config.repos as Array<{ rev: string }>)[0]!.rev;
    expect(rev).toMatch(/^[0-9a-f]{40}$/);
    expect(execFileSync('git', ['cat-file', '-t', rev], { cwd: ROOT, encoding: 'utf8' }).trim()).toBe('commit');
  });

  it('lint-staged: the documented config is the one test/e2e/package.test.ts commits with', async () => {
    const pkg = codeBlocks('docs/ci.md', 'json').map((j) => JSON.parse(j) as Record<string, unknown>).find((j) => j['lint-staged'])!;
    expect(pkg['lint-staged']).toEqual({ '*.{md,markdown}': 'rnsocial lint' });
    expect(codeBlocks('docs/ci.md', 'sh').join('\n')).toContain('echo "npx lint-staged" > .husky/pre-commit');
  });
});


describe('docs/editors.md', () => {
  it('the documented command gives the documented JSON (but for the absolute path and the wording)', async () => {
    const [draft] = codeBlocks('docs/editors.md', 'markdown');
    const command = codeBlocks('docs/editors.md', 'sh')[0]!.trim();
    expect(command).toBe('rnsocial lint --stdin --stdin-filename <path of the file> --format json');
    const documented = JSON.parse(codeBlocks('docs/editors.md', 'json')[0]!) as Array<Record<string, unknown> & { messages: Array<Record<string, unknown>> }>;
    const cwd = tempProject({});
    const out = await cli(['lint', '--stdin', '--stdin-filename', 'facebook/parkering.md', '--format', 'json'], { cwd, input: draft });
    const actual = JSON.parse(out.stdout) as typeof documented;
    const strip = (results: typeof documented) =>
      results.map(({ filePath: _f, messages, ...rest }) => ({ ...rest, messages: messages.map(({ message: _m, ...m }) => m) }));
    expect(strip(actual)).toEqual(strip(documented));
  });

  it('the VS Code problem matcher reads real stylish output', async () => {
    const tasks = JSON.parse(codeBlocks('docs/editors.md', 'json')[1]!) as { tasks: Array<{ command: string; problemMatcher: { pattern: Array<{ regexp: string }> } }> };
    const [task] = tasks.tasks;
    const [fileLine, messageLine] = task!.problemMatcher.pattern.map((p) => new RegExp(p.regexp));
    const dir = tempProject({ 'udkast/facebook/a.md': GOOD.replace('Vi har åbent hus', 'Vedrørende åbent hus: Vi har åbent'), 'udkast/b.md': GOOD.replace('page:', 'pgae:') });
    const args = task!.command.replace(/^npx rnsocial /, '').split(' ');
    const out = (await cli(args, { cwd: dir })).stdout.split('\n');
    const found: string[] = [];
    let file = '';
    for (const line of out) {
      const f = fileLine!.exec(line);
      if (f) file = f[1]!;
      const m = messageLine!.exec(line);
      if (m) found.push(`${file}:${m[1]}:${m[2]} ${m[3]} ${m[5]}`);
    }
    expect(found).toContain('udkast/facebook/a.md:5:1 warning tone/officialese');
    expect(found).toContain('udkast/b.md:3:1 error draft/frontmatter');
  });
});
