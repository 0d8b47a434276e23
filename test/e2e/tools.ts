/**
 * Helpers for the end-to-end tests that drive real tools (git, npm, pre-commit, lint-staged):
 * a clean environment, a timed spawn, a copy of this checkout as git would commit it.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT } from '../support/lint.js';

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
  /** Wall time in milliseconds. */
  ms: number;
}

export function onPath(command: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${command}`], { encoding: 'utf8' }).status === 0;
}

/** npm settings a user or CI set deliberately (registry, cache, certificates) pass through; the rest of npm's own run variables do not. */
const KEPT_NPM = /^npm_config_(registry|cache|cafile|ca|strict_ssl|proxy|https_proxy|noproxy|userconfig)$/i;

/**
 * The environment for a child tool: no git variables from an enclosing hook, no npm lifecycle
 * variables from `npm test`, a git identity and config of our own (nothing from ~/.gitconfig), no colour.
 */
export function toolEnv(home: string, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (/^GIT_/.test(key) || (/^npm_/i.test(key) && !KEPT_NPM.test(key)) || key === 'NODE_ENV' || key === 'INIT_CWD' || key.startsWith('VITEST')) continue;
    env[key] = value;
  }
  const gitconfig = path.join(home, 'gitconfig');
  writeFileSync(gitconfig, '[user]\n\tname = Redaktør Test\n\temail = redaktor@example.invalid\n[init]\n\tdefaultBranch = main\n[commit]\n\tgpgsign = false\n');
  return {
    ...env,
    GIT_CONFIG_GLOBAL: gitconfig,
    GIT_CONFIG_NOSYSTEM: '1',
    NO_COLOR: '1',
    FORCE_COLOR: '0',
    ...extra,
  };
}

export function run(command: string, args: readonly string[], options: { cwd: string; env: NodeJS.ProcessEnv; input?: string }): Run {
  const started = performance.now();
  const child = spawnSync(command, args, { cwd: options.cwd, env: options.env, input: options.input, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (child.error) throw child.error;
  return { code: child.status ?? -1, stdout: child.stdout, stderr: child.stderr, ms: performance.now() - started };
}

/** Like run, but throws with the output when the command fails. */
export function must(command: string, args: readonly string[], options: { cwd: string; env: NodeJS.ProcessEnv; input?: string }): Run {
  const result = run(command, args, options);
  if (result.code !== 0) throw new Error(`${command} ${args.join(' ')} failed (${result.code}) in ${options.cwd}\n${result.stdout}\n${result.stderr}`);
  return result;
}

export function tempDir(prefix: string): string {
  return mkdtempSync(path.join(os.tmpdir(), `rnsocial-${prefix}-`));
}

/** The files git would commit from this checkout: tracked and new, minus what .gitignore excludes (dist/, node_modules/). */
export function checkoutFiles(): string[] {
  const listed = spawnSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (listed.status !== 0) throw new Error(`git ls-files failed in ${ROOT}: ${listed.stderr}`);
  return listed.stdout.split('\0').filter((f) => f !== '');
}

/** Copy this checkout's committable files into `dest` (no dist/, no node_modules/). */
export function copyCheckout(dest: string): void {
  for (const file of checkoutFiles()) {
    const from = path.join(ROOT, file);
    const to = path.join(dest, file);
    mkdirSync(path.dirname(to), { recursive: true });
    try {
      copyFileSync(from, to);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error; // deleted but not yet staged
    }
  }
}

export function isGitCheckout(): boolean {
  return spawnSync('git', ['rev-parse', '--show-toplevel'], { cwd: ROOT, encoding: 'utf8' }).stdout.trim() === ROOT;
}

export const seconds = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;
