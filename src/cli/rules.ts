/** `rnsocial rules`: every rule, its category, its severity on each platform, fixable, source. */
import { UsageError } from '../config/errors.js';
import { toPlatform } from '../draft/platform.js';
import { PLATFORMS, type Platform } from '../draft/types.js';
import { RuleCatalogue } from '../engine/packs.js';

export async function rulesCommand(options: { platform?: string; lang?: string; format: string }): Promise<string> {
  const catalogue = new RuleCatalogue();
  const lang = options.lang === 'en' ? 'en' : 'da';
  let platforms: readonly Platform[] = PLATFORMS;
  if (options.platform) {
    const platform = toPlatform(options.platform);
    if (!platform) throw new UsageError(`unknown platform "${options.platform}"`);
    platforms = [platform];
  }
  const rows = catalogue.ids
    .map((id) => {
      const rule = catalogue.find(id)!;
      const severities = Object.fromEntries(
        platforms.map((p) => [p, catalogue.rules(p).find((r) => r.id === id)?.severity ?? '-']),
      ) as Record<Platform, string>;
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
