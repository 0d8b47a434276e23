import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, it, expect } from 'vitest';
import { existence } from '../../src/checks/existence.js';
import { validateAgainst } from '../../src/core/json-schema.js';
import { resolveConfig } from '../../src/config/load.js';
import { Project } from '../../src/engine/project.js';
import { runCheck } from '../support/check.js';

const LEXICON = {
  entries: [
    { match: ['vedrørende', 'vedr.'], replacement: 'om', note: 'skriv direkte' },
    { match: 'i fald', unlessPrevious: ['givet', 'så'] },
  ],
  words: ['samt'],
  groups: { krise: ['vi beklager', 'undskyld'], andet: ['hej'] },
};

describe('existence', () => {
  it('reports inline words at their place, with match, replacement and note', () => {
    const hits = runCheck(existence, { words: ['samt', 'AAUH'] }, 'Jens samt Hanne fra AAUH og aauh.');
    expect(hits.map((h) => [h.text, h.data])).toEqual([
      ['samt', { match: 'samt', replacement: '', note: '' }],
      ['AAUH', { match: 'AAUH', replacement: '', note: '' }],
    ]);
  });

  it('reads entries and words of a lexicon', () => {
    const hits = runCheck(existence, { lexicon: 'x.yml' }, 'Vedr. mødet: samt i fald, i givet fald.', { lexicons: { 'x.yml': LEXICON } });
    expect(hits.map((h) => [h.text, h.data?.replacement, h.data?.note])).toEqual([
      ['Vedr.', 'om', 'skriv direkte'],
      ['samt', '', ''],
      ['i fald', '', ''],
    ]);
  });

  it('reads one group of a grouped lexicon', () => {
    const hits = runCheck(existence, { lexicon: 'x.yml', group: 'krise' }, 'Hej. Vi beklager. Undskyld. Samt.', { lexicons: { 'x.yml': LEXICON } });
    expect(hits.map((h) => h.text)).toEqual(['Vi beklager', 'Undskyld']);
  });

  it('a missing group is an error naming it, never a list that matches nothing', () => {
    expect(() => runCheck(existence, { lexicon: 'x.yml', group: 'findes-ikke' }, 'Vedrørende samt hej.', { lexicons: { 'x.yml': LEXICON } })).toThrow(
      /x\.yml: groups\.findes-ikke: no such group/,
    );
  });

  it('combines a lexicon and inline words', () => {
    const hits = runCheck(existence, { lexicon: 'x.yml', words: ['hej'] }, 'Hej samt.', { lexicons: { 'x.yml': LEXICON } });
    expect(hits.map((h) => h.text)).toEqual(['Hej', 'samt']);
  });

  it('vocabulary.accept suppresses a listed word in any case', () => {
    const hits = runCheck(existence, { words: ['samt', 'AAUH'] }, 'Jens samt AAUH.', { settings: { vocabulary: { accept: ['Samt', 'aauh'], reject: [] } } });
    expect(hits).toEqual([]);
  });

  it('ignores frontmatter, code, comments and link targets', () => {
    const text = '---\npage: samt\n---\n`samt` <!-- samt --> [tekst](https://rn.dk/samt)\n\n```\nsamt\n```\n';
    expect(runCheck(existence, { words: ['samt'] }, text)).toEqual([]);
  });

  it('reports a multiword phrase over a soft line break with a one-line match', () => {
    const [hit] = runCheck(existence, { words: ['vi beklager'] }, 'Og vi\nbeklager det.');
    expect(hit).toMatchObject({ text: 'vi\nbeklager', data: { match: 'vi beklager' } });
  });

  it('an entry with invert also matches the verb-second order after a fronted word', () => {
    const lexicons = { 'x.yml': { entries: [{ match: 'du anmodes om', invert: true }, { match: 'borgerne har mulighed for', invert: true }] } };
    const text = 'Du anmodes om at komme. Derfor anmodes du om at ringe. Nu har borgerne mulighed for at booke tid. Borgerne har mulighed for det.';
    expect(runCheck(existence, { lexicon: 'x.yml' }, text, { lexicons }).map((h) => h.text)).toEqual([
      'Du anmodes om',
      'anmodes du om',
      'har borgerne mulighed for',
      'Borgerne har mulighed for',
    ]);
    expect(runCheck(existence, { lexicon: 'x.yml' }, 'Hvis du anmodes om det.', { lexicons: { 'x.yml': { entries: [{ match: 'anmodes om' }] } } })).toHaveLength(1);
  });

  it('an entry with a gap finds words in between, but not across a sentence end', () => {
    const lexicons = { 'x.yml': { entries: [{ match: 'foretage … undersøgelse', gap: 2 }] } };
    const hit = (text: string) => runCheck(existence, { lexicon: 'x.yml' }, text, { lexicons }).map((h) => h.text);
    expect(hit('Lægen vil foretage en grundig undersøgelse i morgen.')).toEqual(['foretage en grundig undersøgelse']);
    expect(hit('Vi skal foretage en undersøgelse.')).toEqual(['foretage en undersøgelse']);
    expect(hit('Vi skal foretage en meget lang og grundig undersøgelse.')).toEqual([]);
    expect(hit('Vi vil foretage os noget. Undersøgelse følger.')).toEqual([]);
  });

  it('no options, no reports', () => {
    expect(runCheck(existence, {}, 'Samt vedrørende.')).toEqual([]);
  });

  it('validates its options', () => {
    expect(validateAgainst(existence.meta.schema, { words: ['a'], lexicon: 'x.yml', group: 'g' })).toBeUndefined();
    expect(validateAgainst(existence.meta.schema, { words: 'a' })).toBe('words: must be array');
    expect(validateAgainst(existence.meta.schema, { word: ['a'] })).toBe('word: unknown key (did you mean "words"?)');
  });
});

describe('existence through a user pack', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'rnsocial-existence-'));
  writeFileSync(path.join(dir, 'ord.yml'), 'words:\n  - borgerservice\n');
  writeFileSync(
    path.join(dir, 'pack.yml'),
    `rules:
  test/words:
    check: existence
    severity: error
    source: "Tone-of-voice 1"
    message: { da: "Undgå »{match}«.", en: "Avoid '{match}'." }
    options:
      words: [samt]
      lexicon: ord.yml
`,
  );
  const project = new Project({ config: resolveConfig({ packs: ['pack.yml'] }, path.join(dir, 'rc.json'), dir), lang: 'da' });
  const lint = (text: string) =>
    project
      .lintBytes(new TextEncoder().encode(text), path.join(dir, 'opslag.md'))
      .result.messages.filter((m) => m.ruleId === 'test/words')
      .map((m) => `${m.line}:${m.column}-${m.endColumn} ${m.severity} ${m.message}`);

  it('reports with the pack message, severity and positions; the lexicon is relative to the pack', () => {
    expect(lint('---\nplatform: facebook\n---\nRing til Borgerservice samt lægen.\n')).toEqual([
      '4:10-23 2 Undgå »Borgerservice«.',
      '4:24-28 2 Undgå »samt«.',
    ]);
  });
});
