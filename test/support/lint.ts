/** Test helpers: lint a draft text or file with the built-in packs, as the CLI would. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { resolveConfig } from '../../src/config/load.js';
import { type ResolvedConfig } from '../../src/core/config.js';
import type { Platform } from '../../src/core/platform.js';
import type { LintResult } from '../../src/core/results.js';
import { Project } from '../../src/engine/project.js';
import type { Lang } from '../../src/core/lang.js';

export const ROOT = path.resolve(import.meta.dirname, '../..');

const projects = new Map<string, Project>();

export interface LintTextOptions {
  filePath?: string;
  platform?: Platform;
  config?: Record<string, unknown>;
  lang?: Lang;
}

export function projectFor(config: Record<string, unknown> = {}, lang: Lang = 'da', platform?: Platform): Project {
  const key = JSON.stringify([config, lang, platform]);
  let project = projects.get(key);
  if (!project) {
    const resolved: ResolvedConfig = resolveConfig(config, undefined, ROOT);
    project = new Project({ config: resolved, lang, ...(platform ? { cliPlatforms: [platform] } : {}) });
    projects.set(key, project);
  }
  return project;
}

export function lintText(text: string, options: LintTextOptions = {}): LintResult {
  const project = projectFor(options.config, options.lang, options.platform);
  return project.lintBytes(new TextEncoder().encode(text), path.resolve(ROOT, options.filePath ?? 'draft.md')).result;
}

export function lintFile(file: string, options: Omit<LintTextOptions, 'filePath'> = {}): LintResult {
  const project = projectFor(options.config, options.lang, options.platform);
  return project.lintBytes(readFileSync(file), file).result;
}

export function ruleIds(result: LintResult): string[] {
  return result.messages.map((m) => m.ruleId);
}

/** A small frontmatter + body helper for table tests. */
export function draft(body: string, frontmatter: Record<string, string> = { platform: 'facebook', page: 'Region Nordjylland' }): string {
  const lines = Object.entries(frontmatter).map(([k, v]) => `${k}: ${v}`);
  return `---\n${lines.join('\n')}\n---\n${body}\n`;
}
