/** `rnsocial rules`: every rule, its category, its severity on each platform, fixable, source. */
import { UsageError } from '../core/errors.js';
import { toPlatform, PLATFORMS, type Platform } from '../core/platform.js';
import { compileRules } from '../engine/compile.js';

export async function rulesCommand(options: { platform?: string; lang?: string; format: string }): Promise<string> {
  const ruleSet = compileRules();
  const lang = options.lang === 'en' ? 'en' : 'da';
  let platforms: readonly Platform[] = PLATFORMS;
  if (options.platform) {
    const platform = toPlatform(options.platform);
    if (!platform) throw new UsageError(`unknown platform "${options.platform}"`);
    platforms = [platform];
  }
  const rows = ruleSet.ids
    .map((id) => {
      // One platform: its own definition (a platform pack may change the source); all: the first.
      const rule = ruleSet.rule(id, platforms.length === 1 ? platforms[0] : undefined) ?? ruleSet.rule(id)!;
      const severities = Object.fromEntries(platforms.map((p) => [p, ruleSet.rule(id, p)?.severity ?? '-'])) as Record<Platform, string>;
      return { id, category: rule.category, severities, fixable: rule.fixable, source: rule.source, description: rule.description[lang] };
    })
    .filter((row) => Object.values(row.severities).some((s) => s !== '-'));

  if (options.format === 'json') return `${JSON.stringify(rows, null, 2)}\n`;
  const idWidth = Math.max(...rows.map((r) => r.id.length));
  const header = `${'rule'.padEnd(idWidth)}  ${platforms.map((p) => p.padEnd(9)).join(' ')}  fix  ${lang === 'da' ? 'kilde i strategien' : 'strategy source'}`;
  const lines = rows.map(
    (r) => `${r.id.padEnd(idWidth)}  ${platforms.map((p) => r.severities[p].padEnd(9)).join(' ')}  ${r.fixable ? 'ja ' : '   '}  ${r.source}`,
  );
  return `${header}\n${lines.join('\n')}\n`;
}
