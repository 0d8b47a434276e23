/** `rnsocial init`: a starter `.rnsocialrc.json`; it never overwrites a config that is there. */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { UsageError } from '../core/errors.js';
import { writeFileAtomic } from './write-file.js';

const CONFIG_NAMES = ['.rnsocialrc', '.rnsocialrc.json', '.rnsocialrc.yaml', '.rnsocialrc.yml', 'rnsocial.config.js', 'rnsocial.config.mjs'];

const STARTER = {
  $schema: './node_modules/rnsocial/schema/rnsocialrc.schema.json',
  // An empty registry: list the pages you own here to switch on sender/unknown-page.
  pages: [],
  hashtags: { preferred: ['#RegionNordjylland'] },
  vocabulary: { accept: [], reject: [] },
  monitoring: { days: ['mon', 'tue', 'wed', 'thu', 'fri'], from: '08:00', to: '16:00', timezone: 'Europe/Copenhagen' },
  rules: {},
  ignores: ['arkiv/**'],
};

export function initCommand(cwd: string): string {
  const existing = CONFIG_NAMES.find((name) => existsSync(path.join(cwd, name)));
  if (existing) throw new UsageError(`${existing} already exists; rnsocial init never overwrites a config`);
  const file = path.join(cwd, '.rnsocialrc.json');
  writeFileAtomic(file, `${JSON.stringify(STARTER, null, 2)}\n`);
  return `rnsocial: wrote ${file}\n`;
}
