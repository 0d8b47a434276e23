/**
 * One Project per config: a draft is linted with the config its folder resolves to (searched
 * upwards, as the CLI does from its working folder), or with the defaults rooted at its workspace
 * folder. Built on first use and kept until a config, pack or word list changes.
 */
import path from 'node:path';
import type { ResolvedConfig } from '../core/config.js';
import { UsageError } from '../core/errors.js';
import type { Lang } from '../core/lang.js';
import { findConfigFile, loadConfig } from '../config/load.js';
import { Project } from '../engine/project.js';

export type ProjectLookup =
  | { ok: true; folder: string; config: ResolvedConfig; lang: Lang; project: Project }
  /** The config (or a pack or word list it names) is invalid: said once, on the config file. */
  | { ok: false; folder: string; configFile: string | undefined; error: UsageError };

export interface ProjectCacheOptions {
  /** The message language for a config (its own `lang`, else the editor's). */
  langFor: (configLang: Lang | undefined) => Lang;
  /** Built-in rules/ when a bundle moved it. */
  rulesDir?: string;
}

export class ProjectCache {
  private readonly byFolder = new Map<string, Promise<ProjectLookup>>();
  /** Folder of a draft → its config file (or none): a search per folder, not per keystroke. */
  private readonly configFileOf = new Map<string, string | undefined>();

  constructor(private readonly options: ProjectCacheOptions) {}

  /** The project for a draft at `filePath`; `root` (its workspace folder) when no config applies. */
  forFile(filePath: string, root: string): Promise<ProjectLookup> {
    const dir = path.dirname(filePath);
    if (!this.configFileOf.has(dir)) this.configFileOf.set(dir, findConfigFile(dir));
    const configFile = this.configFileOf.get(dir);
    const folder = configFile ? path.dirname(configFile) : root;
    let lookup = this.byFolder.get(folder);
    if (!lookup) {
      this.byFolder.set(folder, (lookup = this.load(folder, configFile)));
      // An unexpected failure (not a config problem) is not kept: the next lint tries again.
      const loading = lookup;
      loading.catch(() => this.byFolder.get(folder) === loading && this.byFolder.delete(folder));
    }
    return lookup;
  }

  /** Forget every project and config search: the next lint reads the configs again. */
  clear(): void {
    this.byFolder.clear();
    this.configFileOf.clear();
  }

  private async load(folder: string, configFile: string | undefined): Promise<ProjectLookup> {
    try {
      const config = await loadConfig({ cwd: folder });
      const lang = this.options.langFor(config.lang);
      const project = new Project({ config, lang, cwd: folder, ...(this.options.rulesDir ? { rulesDir: this.options.rulesDir } : {}) });
      return { ok: true, folder, config, lang, project };
    } catch (error) {
      if (!(error instanceof UsageError)) throw error;
      return { ok: false, folder, configFile, error };
    }
  }
}

/** Whether a changed file can change how drafts are linted: a config, a package.json, a pack or word list (YAML). */
export function affectsConfig(filePath: string): boolean {
  const name = path.basename(filePath);
  return name === 'package.json' || name.startsWith('.rnsocialrc') || name.startsWith('rnsocial.config.') || /\.ya?ml$/i.test(name);
}
