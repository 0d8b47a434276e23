/**
 * The packaged install: `npm pack` on a copy of this checkout as git would commit it (so the
 * prepare script must build dist/ from scratch), the tarball installed into an empty folder and
 * run with `npx rnsocial`, and the lint-staged + husky recipe of docs/ci.md in a temporary git
 * repository with the real lint-staged 16 and husky 9 from the npm registry.
 */
import { cpSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../support/lint.js';
import { copyCheckout, isGitCheckout, must, run, seconds, tempDir, toolEnv } from './tools.js';

const GOOD = `---
platform: facebook
page: Aalborg Universitetshospital
---
Vi har åbent hus på lørdag. Kom og se, hvordan vi arbejder.
`;
const BAD = GOOD.replace('page:', 'pgae:');
/** The lint-staged config docs/ci.md tells users to put in package.json. */
function lintStagedRecipe(): unknown {
  const blocks = [...readFileSync(path.join(ROOT, 'docs/ci.md'), 'utf8').matchAll(/```json\n([\s\S]*?)```/g)].map((m) => JSON.parse(m[1]!) as Record<string, unknown>);
  return blocks.find((b) => b['lint-staged'])!['lint-staged'];
}

// --prefer-offline: the dependencies come from npm's cache when it has them (as on a developer's
// machine), so the test measures the package, not the network.
const NPM_QUIET = ['--no-audit', '--no-fund', '--no-progress', '--loglevel=error', '--prefer-offline'];

describe.skipIf(!isGitCheckout())('npm package', () => {
  let work: string;
  let env: NodeJS.ProcessEnv;
  let tarball: string;

  beforeAll(() => {
    work = tempDir('pack');
    env = toolEnv(work);
    const checkout = path.join(work, 'checkout');
    copyCheckout(checkout);
    // The build needs the devDependencies (TypeScript); they are not part of what is packed.
    symlinkSync(path.join(ROOT, 'node_modules'), path.join(checkout, 'node_modules'), 'dir');
    const pack = must('npm', ['pack', '--json', '--pack-destination', work], { cwd: checkout, env });
    console.log(`npm pack (prepare: tsc + snapshot + validator): ${seconds(pack.ms)}`);
    const [info] = JSON.parse(pack.stdout) as Array<{ filename: string; files: Array<{ path: string }> }>;
    tarball = path.join(work, info!.filename);
    writeFileSync(path.join(work, 'files.json'), JSON.stringify(info!.files.map((f) => f.path)));
  });

  afterAll(() => {
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it('the tarball holds the built CLI, the rules, their docs and the hook manifest, and no sources or tests', () => {
    const files = JSON.parse(readFileSync(path.join(work, 'files.json'), 'utf8')) as string[];
    for (const needed of [
      'package.json',
      'bin/rnsocial.js',
      'dist/cli/main.js',
      'dist/formatters/sarif.js',
      'dist/rules.snapshot.json',
      'dist/config-validator.cjs',
      'rules/common.yml',
      'docs/rules/draft/frontmatter.md',
      'schema/rnsocialrc.schema.json',
      '.pre-commit-hooks.yaml',
      'README.md',
    ]) {
      expect(files, needed).toContain(needed);
    }
    expect(files.filter((f) => /^(src|test|fixtures)\//.test(f))).toEqual([]);
  });

  it('ships LICENSE and every file or folder its README links to', () => {
    const files = JSON.parse(readFileSync(path.join(work, 'files.json'), 'utf8')) as string[];
    expect(files).toContain('LICENSE');
    const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    const links = [...readme.matchAll(/\]\(([^)#\s]+)\)/g)].map((m) => m[1]!).filter((l) => !/^[a-z]+:/.test(l));
    expect(links.length).toBeGreaterThan(5);
    for (const link of links) {
      const target = link.replace(/^\.\//, '');
      expect(files.some((f) => f === target || f.startsWith(target.endsWith('/') ? target : `${target}/`)), link).toBe(true);
    }
  });

  it('installed into an empty folder, `npx rnsocial lint` works', () => {
    const app = path.join(work, 'app');
    cpSync(path.join(ROOT, 'fixtures/clean'), path.join(app, 'udkast'), { recursive: true });
    writeFileSync(path.join(app, 'dårligt.md'), BAD);
    const install = must('npm', ['install', ...NPM_QUIET, tarball], { cwd: app, env });
    console.log(`npm install <tarball> into an empty folder: ${seconds(install.ms)}`);

    const clean = run('npx', ['--no-install', 'rnsocial', 'lint', 'udkast/'], { cwd: app, env });
    expect(clean.stderr).toMatch(/^✔ \d+ udkast, ingen problemer\n$/);
    expect(clean.code, clean.stdout).toBe(0);

    const bad = run('npx', ['--no-install', 'rnsocial', 'lint', 'dårligt.md'], { cwd: app, env });
    expect(bad.code).toBe(1);
    expect(bad.stdout).toMatch(/Ukendt nøgle »pgae« i frontmatter\. Mente du »page«\?\s+draft\/frontmatter/);

    const sarif = run('npx', ['--no-install', 'rnsocial', 'lint', 'dårligt.md', '--format', 'sarif'], { cwd: app, env });
    const rule = (JSON.parse(sarif.stdout) as { runs: Array<{ tool: { driver: { rules: Array<{ id: string; help: { markdown: string } }> } } }> }).runs[0]!.tool.driver.rules.find((r) => r.id === 'draft/frontmatter')!;
    expect(rule.help.markdown).toContain('## Dårligt'); // docs/rules travelled with the package

    expect(run('npx', ['--no-install', 'rnsocial', 'explain', 'draft/frontmatter'], { cwd: app, env }).stdout).toMatch(/^# draft\/frontmatter/);
    const version = (JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
    expect(run('npx', ['--no-install', 'rnsocial', '--version'], { cwd: app, env }).stdout.trim()).toBe(version);
  });

  it('lint-staged 16 + husky 9: a staged bad draft blocks the commit, a good one passes', () => {
    const repo = path.join(work, 'drafts');
    must('git', ['init', '-q', repo], { cwd: work, env });
    writeFileSync(path.join(repo, 'package.json'), JSON.stringify({ name: 'opslag', private: true, version: '1.0.0' }, null, 2));
    const install = must('npm', ['install', ...NPM_QUIET, '--save-dev', tarball, 'lint-staged@^16', 'husky@^9'], { cwd: repo, env });
    console.log(`npm install -D <tarball> lint-staged@^16 husky@^9: ${seconds(install.ms)}`);
    must('npx', ['--no-install', 'husky', 'init'], { cwd: repo, env });
    // The recipe of docs/ci.md.
    writeFileSync(path.join(repo, '.husky/pre-commit'), 'npx lint-staged\n');
    const pkg = JSON.parse(readFileSync(path.join(repo, 'package.json'), 'utf8')) as Record<string, unknown>;
    pkg['lint-staged'] = lintStagedRecipe();
    writeFileSync(path.join(repo, 'package.json'), JSON.stringify(pkg, null, 2));
    writeFileSync(path.join(repo, '.gitignore'), 'node_modules/\n');
    must('git', ['add', '-A'], { cwd: repo, env });
    must('git', ['commit', '-q', '--no-verify', '-m', 'opsætning'], { cwd: repo, env });

    writeFileSync(path.join(repo, 'opslag.md'), BAD);
    must('git', ['add', 'opslag.md'], { cwd: repo, env });
    const blocked = run('git', ['commit', '-m', 'dårligt udkast'], { cwd: repo, env });
    console.log(`git commit with lint-staged, bad draft: ${seconds(blocked.ms)}`);
    const output = blocked.stdout + blocked.stderr;
    expect(blocked.code, output).not.toBe(0);
    expect(output).toContain('rnsocial lint');
    expect(output).toMatch(/Ukendt nøgle »pgae«.*draft\/frontmatter/);
    expect(must('git', ['rev-list', '--count', 'HEAD'], { cwd: repo, env }).stdout.trim()).toBe('1');
    expect(readFileSync(path.join(repo, 'opslag.md'), 'utf8')).toBe(BAD); // lint-staged left the draft as it was

    writeFileSync(path.join(repo, 'opslag.md'), GOOD);
    must('git', ['add', 'opslag.md'], { cwd: repo, env });
    const passed = run('git', ['commit', '-m', 'godt udkast'], { cwd: repo, env });
    console.log(`git commit with lint-staged, good draft: ${seconds(passed.ms)}`);
    expect(passed.code, passed.stdout + passed.stderr).toBe(0);
    expect(must('git', ['rev-list', '--count', 'HEAD'], { cwd: repo, env }).stdout.trim()).toBe('2');
  });
});
