/**
 * `rnsocial preview <draft.md>`: the draft as each of its platforms shows it (src/preview/),
 * then its lint messages as `rnsocial lint` prints them. Exit codes as lint: 1 with errors.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { UsageError } from '../core/errors.js';
import { stylish } from '../formatters/stylish.js';
import { buildPreview } from '../preview/build.js';
import { renderPreview } from '../preview/terminal.js';
import { useColor } from './color.js';
import type { RunIO } from './lint.js';
import { setUp, type SetupOptions } from './lint-setup.js';

const VERSION = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;

export interface PreviewOptions extends SetupOptions {
  /** `--no-color`: false. */
  color?: boolean;
}

/** The terminal's width; COLUMNS when the output is not a terminal (a pipe, a test); else 80. */
function terminalWidth(io: RunIO): number {
  const fromEnv = Number(process.env['COLUMNS']);
  return io.stdout.columns || (Number.isInteger(fromEnv) && fromEnv > 0 ? fromEnv : 80);
}

export async function previewCommand(file: string, options: PreviewOptions, io: RunIO): Promise<number> {
  const { lang, project } = await setUp(options, io.cwd);
  const filePath = path.resolve(io.cwd, file);
  let bytes: Buffer;
  try {
    bytes = readFileSync(filePath);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'EIO';
    const missing = code === 'ENOENT';
    throw new UsageError(
      lang === 'da'
        ? missing ? `${file} findes ikke` : `kan ikke læse ${file} (${code})`
        : missing ? `${file} does not exist` : `cannot read ${file} (${code})`,
    );
  }
  const { result, draft } = project.lintBytes(bytes, filePath);
  const color = useColor(options.color, io.stdout);
  const preview = buildPreview(project, draft, result.platforms, lang);
  io.stdout.write(renderPreview(preview, { width: terminalWidth(io), color, lang }));
  const messages = stylish([result], { cwd: io.cwd, lang, color, rules: project.ruleSet.ids.map((id) => project.ruleSet.rule(id)!), version: VERSION });
  if (messages !== '') io.stdout.write(messages.endsWith('\n') ? messages : `${messages}\n`);
  else io.stdout.write(lang === 'da' ? '✔ ingen problemer\n' : '✔ no problems\n');
  return result.errorCount > 0 ? 1 : 0;
}
