/** checkstyle: well-formed Checkstyle XML with repo-relative file names. */
import { describe, expect, it } from 'vitest';
import { checkstyle } from '../../src/formatters/checkstyle.js';
import { all, context, message, parseXml, result } from './support.js';

describe('checkstyle', () => {
  it('a <file> per draft, an <error> per message with line, column, severity, message and source', () => {
    const root = parseXml(
      checkstyle(
        [result('udkast/a.md', [message(), message({ severity: 2, ruleId: 'draft/frontmatter', message: 'Ukendt nøgle »pgae«.', line: 3, column: 2 })]), result('udkast/b.md')],
        context(),
      ),
    );
    expect(root.name).toBe('checkstyle');
    expect(all(root, 'file').map((f) => [f.attributes.name, f.children.length])).toEqual([
      ['udkast/a.md', 2],
      ['udkast/b.md', 0],
    ]);
    expect(all(root, 'error').map((e) => e.attributes)).toEqual([
      { line: '5', column: '1', severity: 'warning', message: 'Skriv »Om« i stedet for »Vedrørende«. (tone/officialese)', source: 'rnsocial.tone/officialese' },
      { line: '3', column: '2', severity: 'error', message: 'Ukendt nøgle »pgae«. (draft/frontmatter)', source: 'rnsocial.draft/frontmatter' },
    ]);
  });

  it('escapes XML in file names and messages', () => {
    const nasty = 'a & b < c > "d" \'e\'\nf\u0001';
    const root = parseXml(checkstyle([result('x&<y>".md', [message({ message: nasty })])], context()));
    expect(all(root, 'file')[0]!.attributes.name).toBe('x&<y>".md');
    expect(all(root, 'error')[0]!.attributes.message).toBe('a & b < c > "d" \'e\'\nf\uFFFD (tone/officialese)');
  });
});
