import { describe, it, expect } from 'vitest';
import { parseText } from '../../src/draft/draft.js';
import { MappedText } from '../../src/draft/mapped-text.js';

const model = (text: string) => parseText(text, 'x.md').model;
const FM = '---\nplatform: facebook\n---\n';

describe('prose', () => {
  it('has the length of the file and keeps running text at its offsets', () => {
    const text = `${FM}Hej *Nordjylland* og **alle** andre.\n`;
    const { prose } = model(text);
    expect(prose).toHaveLength(text.length);
    expect(prose.slice(text.indexOf('Hej'))).toBe('Hej  Nordjylland  og   alle   andre.\n');
  });

  it('blanks the frontmatter but keeps its line breaks', () => {
    const text = `${FM}Hej.\n`;
    expect(model(text).prose).toBe('   \n                  \n   \nHej.\n');
  });

  it('blanks code blocks, inline code, HTML and comments', () => {
    const text = 'Kør `npm test` nu.\n\n```\nkode her\n```\n\nTekst <b>fed</b> <!-- note --> slut.\n';
    const { prose } = model(text);
    expect(prose).toHaveLength(text.length);
    expect(prose).not.toMatch(/npm|kode|<|>|note/);
    expect(prose).toContain('Kør            nu.');
    expect(prose).toContain('fed');
    expect(prose.split('\n')).toHaveLength(text.split('\n').length); // line breaks survive blanking
  });

  it('blanks heading, list, link and image markup but keeps the words', () => {
    const text = '# Overskrift\n\n- punkt\n\n[Læs mere](https://rn.dk) ![alt tekst](a.jpg)\n';
    const { prose } = model(text);
    const links = text.indexOf('[Læs');
    expect(prose.slice(0, links)).toBe('  Overskrift\n\n  punkt\n\n');
    expect(prose.slice(links)).toBe(` Læs mere${' '.repeat(text.length - links - 10)}\n`);
  });

  it('turns soft line breaks into spaces (LF and CRLF)', () => {
    expect(model('første\nanden\n').prose).toBe('første anden\n');
    expect(model('første\r\nanden\r\n').prose).toBe('første  anden\r\n');
  });

  it('keeps a hard line break and paragraph breaks', () => {
    expect(model('et  \nto\n\ntre\n').prose).toBe('et  \nto\n\ntre\n');
    expect(model('et\\\nto\n').prose).toBe('et \nto\n');
  });

  it('blanks the > markers of a block quote, also on continuation lines', () => {
    const text = '> citat et\n> citat to\n> > indlejret\n> > igen\n';
    const { prose } = model(text);
    expect(prose).toHaveLength(text.length);
    expect(prose).not.toContain('>');
    expect(prose).toContain('citat et   citat to');
  });

  it('keeps a > that is text outside a block quote', () => {
    expect(model('5 > 3\n').prose).toBe('5 > 3\n');
  });

  it('keeps escapes and entities at their source length', () => {
    const text = 'Tekst &amp; mere \\* og.\n';
    expect(model(text).prose).toBe(text);
  });
});

describe('published text', () => {
  it('is the body without HTML comments and is trimmed', () => {
    const text = `${FM}\nHej <!-- intern note --> alle.\n\n<!-- rnsocial-disable -->\nSlut.\n`;
    const m = model(text);
    expect(m.published.text).toBe('Hej  alle.\n\n\nSlut.');
    expect(m.published.sourceStart).toBe(text.indexOf('Hej'));
  });

  it('maps offsets and ranges back to the file', () => {
    const text = `${FM}Hej <!-- intern note --> alle #tag.\n`;
    const { published } = model(text);
    for (const word of ['Hej', 'alle', '#tag']) {
      const i = published.text.indexOf(word);
      const r = published.rangeToSource(i, i + word.length);
      expect(text.slice(r.start, r.end)).toBe(word);
      expect(published.toSource(i)).toBe(text.indexOf(word));
    }
    // the end of the text maps to just after its last character
    expect(published.toSource(published.text.length, true)).toBe(text.indexOf('#tag.') + 5);
  });

  it('keeps Markdown as written (platforms show it raw)', () => {
    expect(model('Hej **fed** [link](https://rn.dk)\n').published.text).toBe('Hej **fed** [link](https://rn.dk)');
  });

  it('removes thread separators', () => {
    const text = `${FM}Del et.\n\n---\n\nDel to.\n`;
    expect(model(text).published.text).toBe('Del et.\n\n\n\nDel to.');
  });

  it('is empty for a draft with only a comment', () => {
    const m = model(`${FM}<!-- kun en note -->\n`);
    expect(m.published.text).toBe('');
    expect(m.published.sourceStart).toBeUndefined();
  });
});

describe('MappedText', () => {
  it('joins ranges and maps each offset to its source', () => {
    const source = 'abcXXdefYYghi';
    const mapped = new MappedText(source, [
      { start: 0, end: 3 },
      { start: 5, end: 8 },
      { start: 10, end: 13 },
    ]);
    expect(mapped.text).toBe('abcdefghi');
    expect([...mapped.text].map((_, i) => source[mapped.toSource(i)])).toEqual([...mapped.text]);
    expect(mapped.rangeToSource(2, 4)).toEqual({ start: 2, end: 6 }); // "cd" spans the gap
    expect(mapped.toSource(3, true)).toBe(3); // end of "abc"
    expect(mapped.toSource(9, true)).toBe(13);
  });

  it('trims white space and maps past it', () => {
    const mapped = new MappedText('  \n hej \n', [{ start: 0, end: 9 }]);
    expect(mapped.text).toBe('hej');
    expect(mapped.sourceStart).toBe(4);
    expect(mapped.rangeToSource(0, 3)).toEqual({ start: 4, end: 7 });
  });

  it('keeps white space when asked', () => {
    expect(new MappedText(' a ', [{ start: 0, end: 3 }], false).text).toBe(' a ');
  });

  it('maps an empty text to 0', () => {
    const mapped = new MappedText('abc', []);
    expect(mapped.text).toBe('');
    expect(mapped.toSource(0)).toBe(0);
    expect(mapped.sourceStart).toBeUndefined();
  });

  it('gives a non-empty range for a non-empty span', () => {
    const mapped = new MappedText('ab', [{ start: 0, end: 2 }]);
    const r = mapped.rangeToSource(1, 2);
    expect(r.end).toBeGreaterThan(r.start);
  });
});

describe('threadParts', () => {
  it('is one part without separators', () => {
    const parts = model(`${FM}Et opslag.\n\nMed to afsnit.\n`).threadParts;
    expect(parts.map((p) => p.text)).toEqual(['Et opslag.\n\nMed to afsnit.']);
  });

  it('splits on root-level thematic breaks after the frontmatter (---, ***, ___)', () => {
    const text = `${FM}Første.\n\n---\n\nAnden.\n\n***\n\nTredje.\n\n___\n\nFjerde.\n`;
    const parts = model(text).threadParts;
    expect(parts.map((p) => p.text)).toEqual(['Første.', 'Anden.', 'Tredje.', 'Fjerde.']);
    for (const part of parts) expect(text.slice(part.sourceStart!, part.toSource(part.text.length, true))).toBe(part.text);
  });

  it('does not split on the frontmatter fences, in code or inside a list', () => {
    const text = `${FM}Første.\n\n- punkt\n\n  ---\n\n\`\`\`\n---\n\`\`\`\n`;
    expect(model(text).threadParts).toHaveLength(1);
  });

  it('drops parts left empty by a comment, and removes comments from parts', () => {
    const text = `${FM}Et <!-- x --> to.\n\n---\n\n<!-- kun note -->\n\n---\n\nTre.\n`;
    expect(model(text).threadParts.map((p) => p.text)).toEqual(['Et  to.', 'Tre.']);
  });

  it('keeps a single empty part for an empty body', () => {
    expect(model(FM).threadParts.map((p) => p.text)).toEqual(['']);
  });

  it('reads "text\\n---" as a setext heading, not a separator (CommonMark)', () => {
    const m = model(`${FM}Del et.\n---\nDel to.\n`);
    expect(m.threadParts).toHaveLength(1);
    expect(m.syntax.map((s) => s.kind)).toContain('heading');
  });
});

describe('sentences', () => {
  const texts = (text: string) => model(text).sentences.map((s) => s.text);

  it('splits at sentence punctuation', () => {
    expect(texts('Hvad nu? Ja! Det er godt. Tak.\n')).toEqual(['Hvad nu?', 'Ja!', 'Det er godt.', 'Tak.']);
  });

  it('does not end a sentence at a Danish abbreviation', () => {
    expect(texts('Mødet er kl. 14.30 i morgen. Kom bl.a. med ca. 20 andre.\n')).toEqual([
      'Mødet er kl. 14.30 i morgen.',
      'Kom bl.a. med ca. 20 andre.',
    ]);
  });

  it('ends a sentence at every line end, soft breaks included', () => {
    expect(texts('Vi søger en sygeplejerske\nAnsøgningsfrist 1. marts\nLæs mere\n')).toEqual([
      'Vi søger en sygeplejerske',
      'Ansøgningsfrist 1. marts',
      'Læs mere',
    ]);
    expect(texts('Linje et\r\nLinje to\r\n')).toEqual(['Linje et', 'Linje to']);
    expect(texts('Mødet starter kl.\n14.30 i dag.\n')).toEqual(['Mødet starter kl.', '14.30 i dag.']);
  });

  it('ends sentences at paragraphs, headings and list items', () => {
    expect(texts('# Overskrift\nTekst her.\n\n- punkt et\n- punkt to\n')).toEqual(['Overskrift', 'Tekst her.', 'punkt et', 'punkt to']);
  });

  it('points into the file and counts its words', () => {
    const text = `${FM}Første sætning her. Anden #tag https://rn.dk sætning.\n`;
    const m = model(text);
    for (const s of m.sentences) expect(m.prose.slice(s.start, s.end)).toBe(s.text);
    expect(m.sentences.map((s) => s.wordCount)).toEqual([3, 2]);
    const second = m.sentences[1]!;
    expect(m.words.slice(second.firstWord, second.firstWord + second.wordCount).map((w) => w.text)).toEqual(['Anden', 'sætning']);
  });

  it('leaves out lines without letters or digits', () => {
    expect(texts('Hej.\n\n🎉🎉\n\n---\n\nFarvel.\n')).toEqual(['Hej.', 'Farvel.']);
  });

  it('sentencesIn gives the sentences overlapping a range', () => {
    const text = 'Et. To.\n\nTre.\n';
    const m = model(text);
    expect(m.sentencesIn(m.paragraphs[0]!).map((s) => s.text)).toEqual(['Et.', 'To.']);
  });
});

describe('words and tokens', () => {
  it('leaves out hashtags, mentions, URLs and e-mail addresses', () => {
    const m = model('Skriv til info@rn.dk eller @RegionNord, se https://rn.dk/job og www.rn.dk #sundhed i dag.\n');
    expect(m.words.map((w) => w.text)).toEqual(['Skriv', 'til', 'eller', 'se', 'og', 'i', 'dag']);
  });

  it('marks numbers; a time, a date or a phone number is not a word', () => {
    const m = model('Kl. 14.30 kom 20 gæster den 03.12.2026. Ring på 96 31 00 00.\n');
    expect(m.words.map((w) => [w.text, w.numeric])).toEqual([
      ['Kl.', false],
      ['kom', false],
      ['20', true],
      ['gæster', false],
      ['den', false],
      ['Ring', false],
      ['på', false],
    ]);
  });

  it('marks long words, but not the words of a proper name, and attribution tails', () => {
    const m = model('I dag åbner Regionshospital Nordjylland en afdeling. »Velkommen«, siger overlæge Anne Holm.\n');
    expect(m.words.filter((w) => w.long).map((w) => w.text)).toEqual(['afdeling', 'Velkommen', 'overlæge']);
    expect(m.words.filter((w) => w.attribution).map((w) => w.text)).toEqual(['siger', 'overlæge', 'Anne', 'Holm']);
  });

  it('does not end a sentence after a Danish abbreviation or inside a number', () => {
    const m = model('Vi åbner kl. 8.00 i morgen, bl.a. med kaffe. Der er ca. 200 pladser.\n');
    expect(m.sentences.map((s) => s.text)).toEqual(['Vi åbner kl. 8.00 i morgen, bl.a. med kaffe.', 'Der er ca. 200 pladser.']);
  });

  it('knows æ, ø and å and points into the file', () => {
    const text = 'Rødgrød med fløde på Ærø.\n';
    const m = model(text);
    expect(m.words.map((w) => text.slice(w.start, w.end))).toEqual(['Rødgrød', 'med', 'fløde', 'på', 'Ærø']);
  });

  it('wordsIn finds the words of a range', () => {
    const text = 'Et to tre.\n\nFire fem.\n';
    const m = model(text);
    expect(m.wordsIn(m.paragraphs[1]!).map((w) => w.text)).toEqual(['Fire', 'fem']);
    expect(m.wordsIn({ start: 3, end: 5 }).map((w) => w.text)).toEqual(['to']);
    expect(m.wordsIn({ start: 100, end: 200 })).toEqual([]);
  });

  it('has one token stream: abbreviations keep their dots, a full stop is a token of its own', () => {
    const text = 'Vedr. p.t. e-mail og bl.a. samt.\nNy linje i *samme* afsnit.\n';
    const m = model(text);
    expect(m.tokens.map((t) => [t.text, t.kind])).toEqual([
      ['Vedr.', 'abbreviation'],
      ['p', 'word'],
      ['.', 'punct'],
      ['t', 'word'],
      ['.', 'punct'],
      ['e-mail', 'word'],
      ['og', 'word'],
      ['bl.a.', 'abbreviation'],
      ['samt', 'word'],
      ['.', 'punct'],
      ['Ny', 'word'],
      ['linje', 'word'],
      ['i', 'word'],
      ['samme', 'word'],
      ['afsnit', 'word'],
      ['.', 'punct'],
    ]);
    expect(m.tokens[0]!.lower).toBe('vedr.');
    // offsets are file offsets; Markdown markup is not a token
    for (const t of m.tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
  });
});

describe('entities', () => {
  it('finds hashtags, mentions, URLs and e-mail addresses at their file offsets', () => {
    const text = `${FM}Hej @RegionNord! Se https://rn.dk, skriv til kontakt@rn.dk #sundhed #Aalborg\n`;
    const m = model(text);
    expect(m.entities.map((e) => [e.kind, e.value, text.slice(e.start, e.end)])).toEqual([
      ['mention', 'RegionNord', '@RegionNord'],
      ['url', 'https://rn.dk', 'https://rn.dk'],
      ['email', 'kontakt@rn.dk', 'kontakt@rn.dk'],
      ['hashtag', 'sundhed', '#sundhed'],
      ['hashtag', 'Aalborg', '#Aalborg'],
    ]);
  });

  it('does not count an e-mail domain as a URL', () => {
    const m = model('Skriv til jens@rn.dk.\n');
    expect(m.entities.map((e) => e.kind)).toEqual(['email']);
  });

  it('maps entities after an HTML comment back to the file', () => {
    const text = `${FM}<!-- note -->\nHej #sundhed\n`;
    const [tag] = model(text).entities;
    expect(text.slice(tag!.start, tag!.end)).toBe('#sundhed');
  });

  it('ignores hashtags in comments but not in inline code (the platform shows it raw)', () => {
    expect(model('`#kode` <!-- #note --> tekst\n').entities.map((e) => e.value)).toEqual(['kode']);
  });
});

describe('links', () => {
  it('tells Markdown links, autolinks and bare URLs apart, each once', () => {
    const text = 'Se [siden](https://rn.dk/a), <https://rn.dk/b> og https://rn.dk/c i dag.\n';
    const m = model(text);
    expect(m.links.map((l) => [l.syntax, l.url, text.slice(l.start, l.end)])).toEqual([
      ['markdown', 'https://rn.dk/a', '[siden](https://rn.dk/a)'],
      ['autolink', 'https://rn.dk/b', '<https://rn.dk/b>'],
      ['bare', 'https://rn.dk/c', 'https://rn.dk/c'],
    ]);
  });

  it('finds a bare domain as a link', () => {
    const m = model('Læs mere på rn.dk i dag.\n');
    expect(m.links.map((l) => [l.syntax, l.url])).toEqual([['bare', 'rn.dk']]);
  });
});

describe('syntax', () => {
  it('lists the Markdown constructs a platform shows raw', () => {
    const text = [
      '# Overskrift',
      '',
      'Tekst med *kursiv*, **fed**, `kode`, <b>html</b> og [link](https://rn.dk).',
      '',
      '> citat',
      '',
      '- punkt',
      '',
      '```',
      'kode',
      '```',
      '',
      '---',
      '',
      '![billede](a.jpg)',
      '',
    ].join('\n');
    const m = model(text);
    expect(m.syntax.map((s) => [s.kind, text.slice(s.start, s.end)])).toEqual(
      expect.arrayContaining([
        ['heading', '# Overskrift'],
        ['emphasis', '*kursiv*'],
        ['strong', '**fed**'],
        ['inlineCode', '`kode`'],
        ['html', '<b>'],
        ['html', '</b>'],
        ['link', '[link](https://rn.dk)'],
        ['blockquote', '> citat'],
        ['list', '- punkt'],
        ['code', '```\nkode\n```'],
        ['thematicBreak', '---'],
        ['image', '![billede](a.jpg)'],
      ]),
    );
  });

  it('finds a GFM-style table (a paragraph to remark without GFM)', () => {
    const text = 'Oversigt:\n\n| Dag | Tid |\n|---|:---:|\n| Man | 8-16 |\n\nSlut.\n';
    const m = model(text);
    const tables = m.syntax.filter((s) => s.kind === 'table');
    expect(tables.map((t) => text.slice(t.start, t.end))).toEqual(['| Dag | Tid |\n|---|:---:|\n| Man | 8-16 |']);
  });

  it('does not take a line of pipes without a delimiter row for a table', () => {
    expect(model('| ikke | en tabel |\nbare tekst\n').syntax.filter((s) => s.kind === 'table')).toEqual([]);
  });

  it('does not list autolinks and bare URLs as link syntax', () => {
    expect(model('<https://rn.dk> og https://rn.dk\n').syntax).toEqual([]);
  });
});

describe('comments', () => {
  it('collects HTML comments with their body', () => {
    const text = 'Tekst <!-- inline --> mere.\n\n<!--\n  blok\n-->\n';
    const m = model(text);
    expect(m.comments.map((c) => [c.body, text.slice(c.start, c.end)])).toEqual([
      ['inline', '<!-- inline -->'],
      ['blok', '<!--\n  blok\n-->'],
    ]);
  });
});

describe('inline images and media', () => {
  it('lists inline images with alt text', () => {
    const text = 'Hej\n\n![Et foto](a.jpg "titel") og ![](b.png)\n';
    const draft = parseText(text, 'x.md');
    expect(draft.media.map((m) => [m.origin, m.src, m.alt, text.slice(m.start, m.end)])).toEqual([
      ['inline', 'a.jpg', 'Et foto', '![Et foto](a.jpg "titel")'],
      ['inline', 'b.png', '', '![](b.png)'],
    ]);
  });

  it('links an inline image to its frontmatter declaration by src', () => {
    const draft = parseText('---\nmedia:\n  - src: a.jpg\n    people: none\n---\n![Et foto](a.jpg) ![](c.jpg)\n', 'x.md');
    expect(draft.media).toHaveLength(3);
    expect(draft.media[1]).toMatchObject({ origin: 'inline', src: 'a.jpg', declaration: { origin: 'frontmatter', people: 'none' } });
    expect(draft.media[2]!.declaration).toBeUndefined();
  });
});

describe('draft/empty', () => {
  it('is reported for a body with nothing to publish', () => {
    for (const text of ['', FM, `${FM}\n\n`, `${FM}<!-- bare en note -->\n`]) {
      expect(parseText(text, 'x.md').problems.map((p) => p.kind)).toEqual(['empty']);
    }
  });

  it('is not reported on top of a frontmatter problem', () => {
    expect(parseText('---\n- a\n---\n', 'x.md').problems.map((p) => p.code)).toEqual(['notMap']);
  });
});
