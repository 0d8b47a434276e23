/** `rnsocial init`: a starter `.rnsocialrc.json`; it never overwrites a config that is there. */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { UsageError } from '../core/errors.js';
import type { Lang } from '../core/lang.js';
import { INIT_TEXT } from './i18n.js';
import { writeFileAtomic } from './write-file.js';

const CONFIG_NAMES = ['.rnsocialrc', '.rnsocialrc.json', '.rnsocialrc.yaml', '.rnsocialrc.yml', 'rnsocial.config.js', 'rnsocial.config.mjs'];

const ALL_PLATFORMS = ['facebook', 'linkedin', 'instagram', 'twitter'];

/**
 * README.md, CHANGELOG.md and the like are skipped without a config (src/cli/files.ts);
 * `ignores` adds the folders a repository keeps besides its drafts.
 */
const STARTER = {
  $schema: './node_modules/rnsocial/schema/rnsocialrc.schema.json',
  // The region's main pages (rules/lexicon/units.yml): drafts must come from a listed page
  // (sender/unknown-page). Add your own unit's page, with its urls if you like.
  pages: [
    { name: 'Region Nordjylland', platforms: ALL_PLATFORMS },
    { name: 'Aalborg Universitetshospital', platforms: ALL_PLATFORMS },
    { name: 'Regionshospital Nordjylland', platforms: ALL_PLATFORMS },
    { name: 'Psykiatrien i Region Nordjylland', platforms: ALL_PLATFORMS },
  ],
  hashtags: { preferred: ['#RegionNordjylland'] },
  vocabulary: { accept: [], reject: [] },
  monitoring: { days: ['mon', 'tue', 'wed', 'thu', 'fri'], from: '08:00', to: '16:00', timezone: 'Europe/Copenhagen' },
  rules: {},
  ignores: ['arkiv/**'],
};

export function initCommand(cwd: string, lang: Lang = 'da'): string {
  const existing = CONFIG_NAMES.find((name) => existsSync(path.join(cwd, name)));
  if (existing) throw new UsageError(INIT_TEXT[lang].exists(existing));
  const file = path.join(cwd, '.rnsocialrc.json');
  writeFileAtomic(file, `${JSON.stringify(STARTER, null, 2)}\n`);
  return INIT_TEXT[lang].wrote(file);
}
