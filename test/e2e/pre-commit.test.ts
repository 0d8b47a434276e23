/**
 * The pre-commit framework, for real: a temporary git repository uses a commit of this checkout
 * as its hook repository (`repo:` + `rev:`, the remote-hook flow users get), pre-commit installs
 * the `language: node` hook with the system Node (npm install → prepare builds dist/ → npm pack →
 * npm install -g), and then a staged bad draft blocks the commit while a good one passes.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ROOT } from '../support/lint.js';
import { copyCheckout, isGitCheckout, must, onPath, run, seconds, tempDir, toolEnv } from './tools.js';

const HAS_PRE_COMMIT = onPath('pre-commit');
const CAN_COPY = isGitCheckout();

const GOOD = `---
platform: facebook
page: Aalborg Universitetshospital
---
Vi har åbent hus på lørdag. Kom og se, hvordan vi arbejder.
`;
// An unknown frontmatter key is an error (draft/frontmatter), whatever rules are added later.
const BAD = GOOD.replace('page:', 'pgae:');

describe('.pre-commit-hooks.yaml', () => {
  it('declares the rnsocial hook: language node, the system Node, markdown files, entry = the package bin', () => {
    const hooks = parse(readFileSync(path.join(ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as Array<Record<string, unknown>>;
    const hook = hooks.find((h) => h.id === 'rnsocial')!;
    expect(hook).toMatchObject({ id: 'rnsocial', language: 'node', language_version: 'system', types: ['markdown'] });
    for (const key of ['id', 'name', 'entry', 'language']) expect(hook[key], key).toBeTruthy();
    const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { bin: Record<string, string>; files: string[] };
    expect(Object.keys(pkg.bin)).toContain(String(hook.entry).split(' ')[0]);
    expect(pkg.files).toContain('.pre-commit-hooks.yaml');
    // pre-commit reads the tarball name from `npm pack`'s standard output: the build must not print there.
    expect(readFileSync(path.join(ROOT, '.npmrc'), 'utf8')).toMatch(/^foreground-scripts=false$/m);
  });
});

describe.skipIf(!HAS_PRE_COMMIT || !CAN_COPY)(
  `pre-commit end to end${HAS_PRE_COMMIT ? '' : ' (skipped: `pre-commit` is not on PATH; .ci/run installs Debian\'s package when run as root)'}${CAN_COPY ? '' : ' (skipped: not a git checkout)'}`,
  () => {
    let work = '';
    afterAll(() => {
      if (work) rmSync(work, { recursive: true, force: true });
    });

    // The one test over the e2e project's 60 s: `pre-commit install-hooks` builds the hook's
    // environment as pre-commit does for every user (npm install with devDependencies, the
    // prepare build, npm pack, the build again, npm install -g): ~40 s on a quiet 2-core machine.
    it('a staged bad draft blocks the commit; a staged good draft passes', { timeout: 300_000 }, () => {
      work = tempDir('pre-commit');
      // npm (run by pre-commit) takes packages from its cache when it has them: the test is about the hook, not the network.
      const env = toolEnv(work, { PRE_COMMIT_HOME: path.join(work, 'cache'), PRE_COMMIT_COLOR: 'never', npm_config_prefer_offline: 'true' });

      // The hook repository: this checkout as it would be committed (no dist/, no node_modules/).
      const hookRepo = path.join(work, 'hook-repo');
      copyCheckout(hookRepo);
      must('git', ['init', '-q'], { cwd: hookRepo, env });
      must('git', ['add', '-A'], { cwd: hookRepo, env });
      must('git', ['commit', '-q', '-m', 'rnsocial'], { cwd: hookRepo, env });
      const rev = must('git', ['rev-parse', 'HEAD'], { cwd: hookRepo, env }).stdout.trim();
      expect(must('git', ['ls-files', 'dist'], { cwd: hookRepo, env }).stdout).toBe('');

      // The drafts repository that uses it.
      const drafts = path.join(work, 'drafts');
      must('git', ['init', '-q', drafts], { cwd: work, env });
      writeFileSync(path.join(drafts, '.pre-commit-config.yaml'), `repos:\n  - repo: ${hookRepo}\n    rev: ${rev}\n    hooks:\n      - id: rnsocial\n`);
      must('git', ['add', '.pre-commit-config.yaml'], { cwd: drafts, env });
      must('git', ['commit', '-q', '-m', 'pre-commit'], { cwd: drafts, env });
      must('pre-commit', ['install'], { cwd: drafts, env });
      const install = must('pre-commit', ['install-hooks'], { cwd: drafts, env });
      console.log(`pre-commit install-hooks (npm install, build, npm pack, npm install -g): ${seconds(install.ms)}`);

      // A bad draft: the commit is refused and the output names the file and the rule.
      writeFileSync(path.join(drafts, 'opslag.md'), BAD);
      writeFileSync(path.join(drafts, 'noter.txt'), BAD); // not markdown: never passed to the hook
      must('git', ['add', 'opslag.md', 'noter.txt'], { cwd: drafts, env });
      const blocked = run('git', ['commit', '-m', 'dårligt udkast'], { cwd: drafts, env });
      console.log(`git commit with pre-commit, bad draft: ${seconds(blocked.ms)}`);
      const output = blocked.stdout + blocked.stderr;
      expect(blocked.code, output).not.toBe(0);
      expect(output).toMatch(/rnsocial\.+Failed/);
      expect(output).toContain('opslag.md');
      expect(output).toContain('draft/frontmatter');
      expect(output).not.toContain('noter.txt');
      expect(must('git', ['rev-list', '--count', 'HEAD'], { cwd: drafts, env }).stdout.trim()).toBe('1');

      // The same draft, fixed: the commit goes through.
      writeFileSync(path.join(drafts, 'opslag.md'), GOOD);
      must('git', ['add', 'opslag.md'], { cwd: drafts, env });
      const passed = run('git', ['commit', '-m', 'godt udkast'], { cwd: drafts, env });
      console.log(`git commit with pre-commit, good draft: ${seconds(passed.ms)}`);
      expect(passed.code, passed.stdout + passed.stderr).toBe(0);
      expect(passed.stdout + passed.stderr).toMatch(/rnsocial\.+Passed/);
      expect(must('git', ['rev-list', '--count', 'HEAD'], { cwd: drafts, env }).stdout.trim()).toBe('2');

      // The hook ran the system Node: pre-commit made a `system` environment, downloaded no Node.
      const environments = must('sh', ['-c', 'ls -d */node_env-*'], { cwd: env.PRE_COMMIT_HOME!, env }).stdout.trim().split('\n');
      expect(environments.every((e) => e.endsWith('node_env-system'))).toBe(true);
    });
  },
);
