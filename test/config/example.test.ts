/** The example config in the README shows every key; it must stay valid as the schema and rules change. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config/load.js';
import { Project } from '../../src/engine/project.js';
import { ROOT } from '../support/lint.js';

describe('.rnsocialrc.example.json', () => {
  const file = path.join(ROOT, '.rnsocialrc.example.json');
  const raw = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;

  it('validates against the schema and names only real rules', () => {
    const config = resolveConfig(raw, file, ROOT);
    expect(() => new Project({ config, lang: 'da' })).not.toThrow();
  });

  it('uses every top-level key the schema knows', () => {
    const schema = JSON.parse(readFileSync(path.join(ROOT, 'schema/rnsocialrc.schema.json'), 'utf8')) as { properties: Record<string, unknown> };
    expect(Object.keys(raw).sort()).toEqual(Object.keys(schema.properties).sort());
  });
});
