import { describe, expect, it } from 'vitest';
import { draft, lintText } from '../support/lint.js';

const RULE = 'tone/reader-address';
const hits = (body: string) => lintText(draft(body)).messages.filter((m) => m.ruleId === RULE);
const matches = (body: string) => hits(body).map((m) => m.message.match(/»([^«]+)«(?= med stort)|i stedet for »([^«]+)«/)!.slice(1).find(Boolean));

describe('reader-address (tone/reader-address)', () => {
  it('reports impersonal and third-person address from the list', () => {
    expect(matches('Man bedes møde op i god tid. Borgerne opfordres til at blive hjemme. Venlig hilsen undertegnede.')).toEqual([
      'Man bedes',
      'Borgerne opfordres til',
      'undertegnede',
    ]);
  });

  it('reports formal De/Dem/Deres mid-sentence', () => {
    const found = hits('Hvis De har spørgsmål, kan De ringe. Vi sender Dem et brev om Deres tid.');
    expect(found.map((m) => m.messageId)).toEqual(['formal', 'formal', 'formal', 'formal']);
    expect(found[0]).toMatchObject({ line: 5, column: 6, endColumn: 8 });
    expect(found[0]!.message).toBe('»De« med stort er De-form. Vi siger du til alle: skriv »du«.');
    expect(found[2]!.message).toContain('skriv »dig«');
  });

  it('leaves sentence-initial De (they), lower-case de and De before a name alone', () => {
    const body = [
      'De nye elever starter i dag. De glæder sig!',
      'Husk: De skal have sygesikringskort med.',
      '"De er en gave," siger Lone.',
      'Vi mødte De Radikale og de andre partier.',
      'Eleverne ankom i går\nDe bor i Thisted.',
    ].join('\n\n');
    expect(hits(body)).toEqual([]);
  });

  it('never takes a word of the text for an inherited property (»constructor«, »toString«)', () => {
    expect(hits('Vi bruger toString og constructor i koden, skriver hasOwnProperty og __proto__.')).toEqual([]);
  });

  it('does not report "De bedes" twice', () => {
    const found = hits('Kære patient, De bedes møde op kl. 8.');
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toContain('»De bedes«');
  });

  it('leaves plain spoken "man" alone', () => {
    expect(hits('Man kan ikke altid planlægge. Det er vigtigt, at man vasker hænder. Alle interesserede kan komme.')).toEqual([]);
  });

  it('formal pronouns can be turned off', () => {
    const result = lintText(draft('Hvis De har spørgsmål, så ring.'), { config: { rules: { [RULE]: ['warn', { formalPronouns: false }] } } });
    expect(result.messages.filter((m) => m.ruleId === RULE)).toEqual([]);
  });
});
