/** junit: well-formed JUnit XML for GitLab's unit test report, one testcase per draft × rule. */
import { describe, expect, it } from 'vitest';
import { junit } from '../../src/formatters/junit.js';
import { xmlAttr, xmlText } from '../../src/formatters/xml.js';
import { all, context, message, parseXml, result } from './support.js';

describe('junit', () => {
  it('testsuite per draft, testcase per rule with its failures (line, column, message); a clean draft passes', () => {
    const xml = junit(
      [
        result('udkast/a.md', [
          message({ line: 5, column: 1 }),
          message({ ruleId: 'draft/frontmatter', severity: 2, message: 'Ukendt nøgle »pgae«.', line: 3, column: 1 }),
          message({ line: 9, column: 4, message: 'Skriv »hvis« i stedet for »såfremt«.' }),
        ]),
        result('udkast/b.md'),
      ],
      context(),
    );
    const root = parseXml(xml);
    expect(root.name).toBe('testsuites');
    expect(root.attributes).toMatchObject({ name: 'rnsocial', tests: '3', failures: '2', errors: '0' });
    const suites = all(root, 'testsuite');
    expect(suites.map((s) => [s.attributes.name, s.attributes.tests, s.attributes.failures])).toEqual([
      ['udkast/a.md', '2', '2'],
      ['udkast/b.md', '1', '0'],
    ]);
    const cases = all(root, 'testcase');
    expect(cases.map((c) => [c.attributes.classname, c.attributes.name, c.attributes.file])).toEqual([
      ['udkast/a.md', 'tone/officialese', 'udkast/a.md'],
      ['udkast/a.md', 'draft/frontmatter', 'udkast/a.md'],
      ['udkast/b.md', 'rnsocial: ingen problemer', 'udkast/b.md'],
    ]);
    const [officialese, frontmatter] = all(root, 'failure');
    expect(officialese!.attributes.type).toBe('warning');
    expect(officialese!.attributes.message).toBe('udkast/a.md:5:1: Skriv »Om« i stedet for »Vedrørende«. (+1)');
    expect(officialese!.text).toBe(
      'udkast/a.md:5:1: advarsel: Skriv »Om« i stedet for »Vedrørende«. (tone/officialese)\n' +
        'udkast/a.md:9:4: advarsel: Skriv »hvis« i stedet for »såfremt«. (tone/officialese)',
    );
    expect(frontmatter!.attributes.type).toBe('error');
    expect(frontmatter!.text).toBe('udkast/a.md:3:1: fejl: Ukendt nøgle »pgae«. (draft/frontmatter)');
    expect(all(root, 'testcase').every((c) => c.attributes.time === '0')).toBe(true);
  });

  it('escapes &, <, >, quotes and line breaks; drops characters XML cannot hold', () => {
    const nasty = 'A & B <b>"citat"</b> \'x\'\r\nny linje\u0007 \uD800 ]]> slut';
    const xml = junit([result('mappe/"a&b"<c>.md', [message({ message: nasty, ruleId: 'tone/officialese' })])], context({ lang: 'en' }));
    const root = parseXml(xml);
    const failure = all(root, 'failure')[0]!;
    expect(failure.text).toBe(`mappe/"a&b"<c>.md:5:1: warning: A & B <b>"citat"</b> 'x'\r\nny linje\uFFFD \uFFFD ]]> slut (tone/officialese)`);
    expect(failure.attributes.message).toBe(`mappe/"a&b"<c>.md:5:1: A & B <b>"citat"</b> 'x'\r\nny linje\uFFFD \uFFFD ]]> slut`);
    expect(all(root, 'testcase')[0]!.attributes.classname).toBe('mappe/"a&b"<c>.md');
  });

  it('no drafts: an empty but valid report', () => {
    expect(parseXml(junit([], context())).attributes).toMatchObject({ tests: '0', failures: '0' });
  });
});

describe('xml escaping', () => {
  it('text and attributes', () => {
    expect(xmlText('a<b>&c"\'')).toBe('a&lt;b&gt;&amp;c"\'');
    expect(xmlAttr('a<b>&c"\'\t\n\r')).toBe('a&lt;b&gt;&amp;c&quot;&apos;&#9;&#10;&#13;');
    expect(xmlText('\u0000\u001F\uFFFE\uFFFF😀')).toBe('\uFFFD\uFFFD\uFFFD\uFFFD😀');
  });
});
