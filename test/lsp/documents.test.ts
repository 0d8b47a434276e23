/** The file a document stands for decides its config and platform. */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { documentPath, workspaceRootOf } from '../../src/lsp/documents.js';
import { affectsConfig } from '../../src/lsp/projects.js';

const ws = { folders: [path.resolve('/ws'), path.resolve('/ws/sub')], fallback: path.resolve('/cwd') };

describe('documents', () => {
  it('a file URI is its path (æøå and spaces decoded)', () => {
    const file = path.resolve('/ws/instagram/opslag om æbler.md');
    expect(documentPath(pathToFileURL(file).href, ws)).toBe(file);
  });

  it('an untitled document is a draft in the first workspace folder', () => {
    expect(documentPath('untitled:Untitled-1', ws)).toBe(path.resolve('/ws/Untitled-1.md'));
    expect(documentPath('untitled:Untitled-1', { folders: [], fallback: path.resolve('/cwd') })).toBe(path.resolve('/cwd/Untitled-1.md'));
  });

  it('the innermost workspace folder holding the file is its root; outside all, its own folder', () => {
    expect(workspaceRootOf(path.resolve('/ws/sub/a/x.md'), ws)).toBe(path.resolve('/ws/sub'));
    expect(workspaceRootOf(path.resolve('/ws/a/x.md'), ws)).toBe(path.resolve('/ws'));
    expect(workspaceRootOf(path.resolve('/elsewhere/x.md'), ws)).toBe(path.resolve('/elsewhere'));
  });

  it('config files, package.json and YAML packs or word lists trigger a reload; drafts do not', () => {
    for (const f of ['.rnsocialrc', '.rnsocialrc.json', 'rnsocial.config.mjs', 'package.json', 'packs/egen.yml', 'lexicon/ord.yaml']) expect(affectsConfig(`/ws/${f}`), f).toBe(true);
    for (const f of ['opslag.md', 'notes.txt', 'tsconfig.json']) expect(affectsConfig(`/ws/${f}`), f).toBe(false);
  });
});
