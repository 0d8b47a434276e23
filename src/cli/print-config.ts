/**
 * `rnsocial print-config <file>` (and `lint --print-config <file>`): the config that applies to
 * one file, as JSON — the config file used, the platform(s) the file resolves to and why, and
 * every rule's effective severity and options on each of those platforms.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { setUp, type SetupOptions } from './lint-setup.js';

export interface EffectiveConfig {
  file: string;
  configFile: string | null;
  platforms: string[];
  platformFrom: string;
  /** Per platform (or "none" when the file resolves to none): rule id → severity and options. */
  rules: Record<string, Record<string, { severity: string; options: Record<string, unknown> }>>;
}

export async function effectiveConfig(file: string, options: SetupOptions, cwd: string): Promise<EffectiveConfig> {
  const { config, project } = await setUp(options, cwd);
  const filePath = path.resolve(cwd, file);
  // A file that is not there yet still has a config (its folder and name decide the platform).
  const bytes = existsSync(filePath) && statSync(filePath).isFile() ? readFileSync(filePath) : new Uint8Array();
  const { resolution, ruleSettings } = project.configFor(project.parse(bytes, filePath));
  const rules: EffectiveConfig['rules'] = {};
  for (const platform of resolution.platforms.length ? resolution.platforms : [undefined]) {
    rules[platform ?? 'none'] = Object.fromEntries(
      project.linter.effectiveRules(platform, ruleSettings).map((rule) => [rule.id, { severity: rule.severity, options: { ...rule.options } }]),
    );
  }
  return {
    file: relative(cwd, filePath),
    configFile: config.file ? relative(cwd, config.file) : null,
    platforms: resolution.platforms,
    platformFrom: resolution.from,
    rules,
  };
}

export async function printConfigCommand(file: string, options: SetupOptions, cwd: string): Promise<string> {
  return `${JSON.stringify(await effectiveConfig(file, options, cwd), null, 2)}\n`;
}

function relative(cwd: string, file: string): string {
  return (path.relative(cwd, file) || file).split(path.sep).join('/');
}
