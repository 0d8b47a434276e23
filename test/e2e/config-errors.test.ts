/**
 * A failing rnsocial.config.js through the real binary (the esbuild bundle, bin/rnsocial.js):
 * the config's own error, not the bundle's ("__filename is not defined"). Node's own import()
 * is needed for syntax errors too, which vitest's module runner would replace with its own.
 */
import { describe, expect, it } from 'vitest';
import { GOOD, rnsocial, tempProject } from '../support/cli.js';

describe('a failing JavaScript config through the real binary', () => {
  it.each([
    ['rnsocial.config.js', 'throw new Error("boom from config");\n', ': boom from config'],
    ['rnsocial.config.js', 'throw "a string";\n', ': threw "a string"'],
    ['rnsocial.config.mjs', 'throw new Error("mjs boom");\n', ': mjs boom'],
    ['rnsocial.config.js', 'module.exports = {\n  lang: "da",\n  platform: facebook"\n};\n', ':3: Invalid or unexpected token'],
  ])('%s with %j says what the config says', (name, code, reason) => {
    const dir = tempProject({ 'a.md': GOOD, [name]: code });
    const run = rnsocial(['lint', 'a.md'], { cwd: dir });
    expect(run).toEqual({ code: 2, stdout: '', stderr: `rnsocial: invalid config ${dir}/${name}${reason}\n` });
  });

  it.each([
    ['rnsocial.config.mjs', 'export default { lang: "en" };\n'],
    ['rnsocial.config.js', 'module.exports = { lang: "en" };\n'],
  ])('a working %s is loaded (the bundle can load module configs)', (name, code) => {
    const dir = tempProject({ 'a.md': GOOD, [name]: code });
    expect(rnsocial(['lint', 'a.md'], { cwd: dir })).toEqual({ code: 0, stdout: '', stderr: '✔ 1 draft, no problems\n' });
  });
});
