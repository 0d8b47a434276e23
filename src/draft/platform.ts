/**
 * Which platform(s) a draft is for, in DESIGN §2's order: --platform > frontmatter `platform`
 * > config `overrides` by glob > nearest folder named after a platform > `name.<platform>.md`
 * > config `platform`. `x` is Twitter's new name.
 */
import path from 'node:path';
import { PLATFORM_NAMES, PLATFORMS, toPlatform, type Platform } from '../core/platform.js';
import { didYouMean } from '../core/suggest.js';
import type { DraftProblem } from './problems.js';
import type { Range } from './types.js';

export interface PlatformInputs {
  filePath: string;
  /** Only folders below this one name a platform (the project root: config folder or cwd). */
  root?: string;
  cli?: readonly Platform[];
  frontmatter?: { values: string[]; valueRanges: Range[] };
  override?: readonly string[];
  config?: readonly string[];
}

export interface PlatformResolution {
  platforms: Platform[];
  from: 'cli' | 'frontmatter' | 'override' | 'folder' | 'suffix' | 'config' | 'none';
  problems: DraftProblem[];
}

export function resolvePlatforms(inputs: PlatformInputs): PlatformResolution {
  const problems: DraftProblem[] = [];
  if (inputs.cli && inputs.cli.length > 0) return { platforms: unique(inputs.cli), from: 'cli', problems };

  if (inputs.frontmatter) {
    const platforms: Platform[] = [];
    inputs.frontmatter.values.forEach((value, i) => {
      const platform = toPlatform(value);
      if (platform) platforms.push(platform);
      else {
        const range = inputs.frontmatter!.valueRanges[i] ?? { start: 0, end: 0 };
        const suggestion = didYouMean(value, PLATFORM_NAMES);
        problems.push({
          kind: 'platform', code: suggestion ? 'unknownSuggestion' : 'unknown',
          data: { value, known: PLATFORMS.join(', '), ...(suggestion ? { suggestion } : {}) },
          ...range,
        });
      }
    });
    if (platforms.length > 0 || problems.length > 0) return { platforms: unique(platforms), from: 'frontmatter', problems };
  }

  const fromOverride = (inputs.override ?? []).map(toPlatform).filter((p): p is Platform => p !== undefined);
  if (fromOverride.length > 0) return { platforms: unique(fromOverride), from: 'override', problems };

  const folders = platformFolders(inputs.filePath, inputs.root);
  for (const folder of folders) {
    const platform = toPlatform(folder);
    if (platform) return { platforms: [platform], from: 'folder', problems };
  }

  const suffix = /\.([a-z]+)\.(?:md|markdown)$/i.exec(path.basename(inputs.filePath));
  const fromSuffix = suffix ? toPlatform(suffix[1]!) : undefined;
  if (fromSuffix) return { platforms: [fromSuffix], from: 'suffix', problems };

  const fromConfig = (inputs.config ?? []).map(toPlatform).filter((p): p is Platform => p !== undefined);
  if (fromConfig.length > 0) return { platforms: unique(fromConfig), from: 'config', problems };

  problems.push({ kind: 'platform', code: 'missing', data: { known: PLATFORMS.join(', ') }, start: 0, end: 0 });
  return { platforms: [], from: 'none', problems };
}

/**
 * Folder names from the file up to the project root, nearest first. A checkout that happens to
 * live under a folder called `x` or `twitter` must not turn every draft into a tweet.
 */
function platformFolders(filePath: string, root: string | undefined): string[] {
  const dir = path.dirname(path.resolve(filePath));
  const relative = root === undefined ? '' : path.relative(path.resolve(root), dir);
  const inside = root !== undefined && !relative.startsWith('..') && !path.isAbsolute(relative);
  const folders = inside ? relative.split(path.sep).filter(Boolean) : [path.basename(dir)];
  return folders.reverse();
}

function unique(platforms: readonly Platform[]): Platform[] {
  return [...new Set(platforms)];
}
