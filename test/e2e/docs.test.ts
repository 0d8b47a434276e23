/**
 * docs/ci.md is copied and pasted by users: every rnsocial command in the GitHub and GitLab
 * recipes runs, as the shell line it is, with the exit codes and files the recipe relies on.
 * The rest of docs/ci.md and docs/editors.md: test/cli/docs.test.ts.
 */
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { BIN, GOOD, tempProject } from '../support/cli.js';
import { codeBlocks } from '../support/docs.js';
import { all, parseXml, sarifProblems } from '../formatters/support.js';
import { run, toolEnv } from './tools.js';


/** A drafts repository with one broken draft, and `npx` standing in for the installed rnsocial. */
function draftsRepo() {
  const dir = tempProject({ 'udkast/a.md': GOOD, 'udkast/b.md': GOOD.replace('page:', 'pgae:'), '.gitignore': '.rnsocialcache\n' });
  mkdirSync(path.join(dir, '.git'));
  const shims = path.join(dir, '.shims');
  mkdirSync(shims);
  writeFileSync(path.join(shims, 'npx'), `#!/bin/sh\n[ "$1" = rnsocial ] && shift\nexec "${process.execPath}" "${BIN}" "$@"\n`);
  chmodSync(path.join(shims, 'npx'), 0o755);
  const env = toolEnv(dir, { PATH: `${shims}${path.delimiter}${process.env.PATH}`, GITHUB_STEP_SUMMARY: path.join(dir, 'summary.md') });
  return { dir, env };
}

const sh = (command: string, cwd: string, env: NodeJS.ProcessEnv) => run('sh', ['-c', command], { cwd, env });

describe('docs/ci.md', () => {
  const yamlBlocks = codeBlocks('docs/ci.md', 'yaml').map((y) => parse(y) as Record<string, any>);

  it('GitHub Actions: the steps run as the workflow expects', () => {
    const workflow = yamlBlocks.find((y) => y.jobs)!;
    expect(workflow.permissions['security-events']).toBe('write');
    const steps = workflow.jobs.rnsocial.steps as Array<{ run?: string; uses?: string; with?: Record<string, string> }>;
    const commands = steps.map((s) => s.run).filter((r): r is string => r !== undefined && r.includes('rnsocial'));
    expect(commands).toHaveLength(2);
    const upload = steps.find((s) => s.uses?.startsWith('github/codeql-action/upload-sarif'))!;
    const cache = steps.find((s) => s.uses?.startsWith('actions/cache/restore'))!;
    expect(cache.with!.path).toBe('.rnsocialcache');
    // The cache is saved on red runs too: after the lint steps, with if: always().
    const save = steps.find((s) => s.uses?.startsWith('actions/cache/save')) as { if?: string; with?: Record<string, string> } | undefined;
    expect(save).toMatchObject({ if: 'always()', with: { path: '.rnsocialcache', key: cache.with!.key } });
    expect(steps.indexOf(save as never)).toBeGreaterThan(steps.findIndex((s) => s.uses?.startsWith('github/codeql-action')));

    const { dir, env } = draftsRepo();
    const annotations = sh(commands[0]!, dir, env);
    expect(annotations.code).toBe(1); // the broken draft fails the check
    expect(annotations.stdout).toMatch(/^::error file=udkast\/b\.md,line=3,/m);
    expect(readFileSync(env.GITHUB_STEP_SUMMARY!, 'utf8')).toContain('## rnsocial');
    const sarif = sh(commands[1]!, dir, env);
    expect(sarif.code).toBe(0); // exit 1 accepted, so the upload step still runs
    expect(sarifProblems(JSON.parse(readFileSync(path.join(dir, upload.with!.sarif_file!), 'utf8')))).toBeUndefined();
    expect(existsSync(path.join(dir, cache.with!.path!))).toBe(true);
  });

  it('GitLab CI: the junit and codequality reports are written, and the last run decides the job', () => {
    const job = yamlBlocks.find((y) => y.rnsocial)!.rnsocial as { script: string[]; artifacts: { when: string; reports: { junit: string; codequality: string } }; cache: { paths: string[]; when: string } };
    expect(job.artifacts.when).toBe('always');
    expect(job.cache.when).toBe('always'); // saved on red runs too
    expect(job.cache.paths).toContain('.rnsocialcache');
    const { dir, env } = draftsRepo();
    const codes = job.script.filter((line) => line.includes('rnsocial')).map((line) => sh(line, dir, env).code);
    expect(codes).toEqual([0, 0, 1]);
    const junit = parseXml(readFileSync(path.join(dir, job.artifacts.reports.junit), 'utf8'));
    expect(all(junit, 'testcase').map((c) => `${c.attributes.classname} ${c.attributes.name}`)).toContain('udkast/b.md draft/frontmatter');
    const quality = JSON.parse(readFileSync(path.join(dir, job.artifacts.reports.codequality), 'utf8')) as Array<{ location: { path: string } }>;
    expect(quality.map((i) => i.location.path)).toContain('udkast/b.md');
  });
});
