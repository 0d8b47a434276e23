/**
 * `rnsocial rules`: every rule with its severity on each platform under the project's config
 * (a rule switched off in .rnsocialrc.json shows as off) and whether --fix can fix it. The short
 * table fits 100 columns; `--long` (or `--platform`) adds the category and the strategy source.
 */
import { UsageError } from '../core/errors.js';
import { toPlatform, PLATFORMS, type Platform } from '../core/platform.js';
import { setUp, type SetupOptions } from './lint-setup.js';

export interface RulesOptions {
  platform?: string;
  lang?: string;
  format: string;
  long?: boolean;
  config?: string | false;
}

export async function rulesCommand(options: RulesOptions, cwd = process.cwd()): Promise<string> {
  const setupOptions: SetupOptions = { ...(options.config !== undefined ? { config: options.config } : {}), ...(options.lang ? { lang: options.lang } : {}) };
  const { config, lang, project } = await setUp(setupOptions, cwd);
  const ruleSet = project.ruleSet;
  let platforms: readonly Platform[] = PLATFORMS;
  if (options.platform) {
    const platform = toPlatform(options.platform);
    if (!platform) throw new UsageError(lang === 'en' ? `unknown platform "${options.platform}" (use facebook, linkedin, twitter/x or instagram)` : `ukendt platform "${options.platform}" (brug facebook, linkedin, twitter/x eller instagram)`);
    platforms = [platform];
  }
  // The project's own rule settings (overrides apply per file: see `rnsocial print-config <file>`).
  const effective = new Map(platforms.map((p) => [p, new Map(project.linter.effectiveRules(p, [config.rules]).map((r) => [r.id, r]))]));
  const rows = ruleSet.ids
    .map((id) => {
      // One platform: its own definition (a platform pack may change the source); all: the first.
      const rule = ruleSet.rule(id, platforms.length === 1 ? platforms[0] : undefined) ?? ruleSet.rule(id)!;
      const severities = Object.fromEntries(platforms.map((p) => [p, effective.get(p)!.get(id)?.severity ?? '-'])) as Record<Platform, string>;
      return { id, category: rule.category, severities, fixable: rule.fixable, source: rule.source, description: rule.description[lang] };
    })
    .filter((row) => Object.values(row.severities).some((s) => s !== '-'));

  if (options.format === 'json') return `${JSON.stringify(rows, null, 2)}\n`;
  if (options.format !== 'table') throw new UsageError(lang === 'en' ? `unknown format "${options.format}" (use table or json)` : `ukendt format "${options.format}" (brug table eller json)`);
  const long = options.long === true || options.platform !== undefined;
  const idWidth = Math.max(...rows.map((r) => r.id.length));
  const fix = lang === 'en' ? 'fix' : 'ret';
  const yes = lang === 'en' ? 'yes' : 'ja';
  const header = [`${(lang === 'en' ? 'rule' : 'regel').padEnd(idWidth)}`, ...platforms.map((p) => p.padEnd(9)), fix.padEnd(3), ...(long ? [lang === 'en' ? 'strategy source' : 'kilde i strategien'] : [])];
  const lines = rows.map((r) => [r.id.padEnd(idWidth), ...platforms.map((p) => r.severities[p].padEnd(9)), (r.fixable ? yes : '').padEnd(3), ...(long ? [r.source] : [])]);
  return `${[header, ...lines].map((cells) => cells.join(' ').trimEnd()).join('\n')}\n`;
}
