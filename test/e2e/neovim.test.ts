/**
 * rnsocial's language server in a real editor: Neovim's built-in LSP client (0.7, as Debian ships
 * it), set up as docs/editors.md tells users to (`vim.lsp.start_client` + `buf_attach_client` on
 * FileType markdown, with `node bin/rnsocial.js` for `npx rnsocial`), opens a draft and writes the
 * diagnostics it got as JSON. They must be the messages
 * `rnsocial lint --format json` gives for the same file, at the same places: Neovim counts
 * columns in bytes, the server in UTF-16 code units, so a line with æ, ø, å and an emoji before
 * a message shows whether the two agree.
 * Skipped (with a note) only where nvim is not installed; .ci/run installs it.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { codeBlocks } from '../support/docs.js';
import { ROOT } from '../support/lint.js';
import { onPath, run, tempDir, toolEnv } from './tools.js';

const HAS_NVIM = onPath('nvim');
if (!HAS_NVIM) console.warn('test/e2e/neovim.test.ts skipped: nvim is not on PATH (Debian: apt-get install neovim; .ci/run installs it)');

const DRAFT = `---
platform: facebook
page: Aalborg Universitetshospital
---
Vedrørende parkering: Vi har gratis parkering.

🎄 Pårørende på afdelingen kan få hjælp vedrørende besøg i forbindelse med jul.
`;

/** The two Neovim setups of docs/editors.md: 0.8+ (`vim.lsp.start`), then 0.7 (`start_client`). */
function documentedSetups(): { newer: string; older: string } {
  const [newer, older] = codeBlocks('docs/editors.md', 'lua').filter((block) => block.includes("'rnsocial', 'lsp', '--stdio'"));
  if (!newer?.includes('vim.lsp.start(') || !older?.includes('vim.lsp.start_client(')) throw new Error('docs/editors.md: the Neovim 0.8+ and 0.7 setups were not found');
  return { newer, older };
}

/**
 * The documented 0.7 setup, with this checkout's binary for `npx rnsocial`; then open the draft,
 * wait for diagnostics (up to 20 s), write them as JSON and quit, so a stuck server still ends in
 * a file. The 0.8+ setup cannot run on 0.7: it is only parsed.
 */
function initLua(setup: string, paths: { draft: string; out: string; newerSetup: string }): string {
  const bin = path.join(ROOT, 'bin/rnsocial.js');
  const started = setup.replace("{ 'npx', 'rnsocial', 'lsp', '--stdio' }", `{ 'node', ${JSON.stringify(bin)}, 'lsp', '--stdio' }`);
  if (started === setup) throw new Error('the documented 0.7 setup does not start `npx rnsocial lsp --stdio`');
  return `vim.cmd('filetype on')
${started}
local newer_parses = loadfile(${JSON.stringify(paths.newerSetup)}) ~= nil
vim.cmd('edit ' .. vim.fn.fnameescape(${JSON.stringify(paths.draft)}))
local buf = vim.api.nvim_get_current_buf()
local got = vim.wait(20000, function() return #vim.diagnostic.get(buf) > 0 end, 50)
local diagnostics = {}
for _, d in ipairs(vim.diagnostic.get(buf)) do
  table.insert(diagnostics, { code = d.code, source = d.source, severity = d.severity, message = d.message,
    lnum = d.lnum, col = d.col, end_lnum = d.end_lnum, end_col = d.end_col })
end
vim.fn.writefile({ vim.fn.json_encode({ waited = got, newer_parses = newer_parses, diagnostics = diagnostics }) }, ${JSON.stringify(paths.out)})
vim.cmd('qa!')
`;
}

interface NvimDiagnostic {
  code: string;
  source: string;
  severity: number;
  message: string;
  lnum: number;
  col: number;
  end_lnum: number;
  end_col: number;
}

interface LintMessage {
  ruleId: string;
  severity: number;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

describe.skipIf(!HAS_NVIM)('Neovim 0.7 built-in LSP client', () => {
  it('with the 0.7 setup of docs/editors.md, shows the messages rnsocial lint gives, at the same lines and (byte) columns', () => {
    const dir = tempDir('nvim');
    const env = toolEnv(dir, { XDG_CONFIG_HOME: path.join(dir, 'config'), XDG_DATA_HOME: path.join(dir, 'data'), XDG_STATE_HOME: path.join(dir, 'state') });
    const draft = path.join(dir, 'opslag.md');
    const out = path.join(dir, 'diagnostics.json');
    writeFileSync(draft, DRAFT);
    const { newer, older } = documentedSetups();
    const newerSetup = path.join(dir, 'newer.lua');
    writeFileSync(newerSetup, newer);
    writeFileSync(path.join(dir, 'init.lua'), initLua(older, { draft, out, newerSetup }));

    const nvim = spawnSync('nvim', ['--headless', '--clean', '-u', path.join(dir, 'init.lua')], { cwd: dir, env, encoding: 'utf8', timeout: 60_000, killSignal: 'SIGKILL' });
    if (nvim.error || nvim.signal) throw new Error(`nvim did not finish: ${nvim.error?.message ?? nvim.signal}\n${nvim.stdout}\n${nvim.stderr}`);
    const result = JSON.parse(readFileSync(out, 'utf8')) as { waited: boolean; newer_parses: boolean; diagnostics: NvimDiagnostic[] };
    expect(result.waited).toBe(true);
    expect(result.newer_parses).toBe(true);

    const lint = run(process.execPath, [path.join(ROOT, 'bin/rnsocial.js'), 'lint', '--format', 'json', 'opslag.md'], { cwd: dir, env });
    expect([0, 1], lint.stderr).toContain(lint.code); // 1 only says there are errors
    const messages = (JSON.parse(lint.stdout) as Array<{ messages: LintMessage[] }>)[0]!.messages;
    const lines = DRAFT.split('\n');
    /** A 1-based UTF-16 column of rnsocial as Neovim's 0-based byte column. */
    const byteColumn = (line: number, column: number): number => Buffer.byteLength(lines[line - 1]!.slice(0, column - 1));
    const expected = messages.map((m) => ({
      code: m.ruleId,
      source: 'rnsocial',
      severity: m.severity === 2 ? 1 : 2, // vim.diagnostic.severity: ERROR 1, WARN 2
      message: m.message,
      lnum: m.line - 1,
      col: byteColumn(m.line, m.column),
      end_lnum: m.endLine - 1,
      end_col: byteColumn(m.endLine, m.endColumn),
    }));
    const order = (a: NvimDiagnostic, b: NvimDiagnostic): number => a.lnum - b.lnum || a.col - b.col || a.code.localeCompare(b.code);
    expect(result.diagnostics.sort(order)).toEqual(expected.sort(order));

    // The draft is chosen so that this comparison means something: both »vedrørende« and the line
    // with »Pårørende« and 🎄, where bytes and UTF-16 units differ.
    expect(result.diagnostics.map((d) => `${d.lnum}:${d.col} ${d.code}`)).toEqual(expect.arrayContaining(['4:0 tone/officialese', '6:47 tone/officialese']));
  });
});
