import { describe, expect, it } from 'vitest';
import { draft, lintText } from '../support/lint.js';

const RULE = 'tone/shouting';
const hits = (body: string, config: Record<string, unknown> = {}) =>
  lintText(draft(body), { config }).messages.filter((m) => m.ruleId === RULE);
const matches = (body: string, config: Record<string, unknown> = {}) => hits(body, config).map((m) => m.message.match(/»(.+?)«/)![1]);

describe('shouting (tone/shouting)', () => {
  it('reports a capitals word of four or more letters', () => {
    const [m] = hits('HUSK at bestille tid.');
    expect(m).toMatchObject({ messageId: 'default', line: 5, column: 1, endColumn: 5 });
    expect(m!.message).toBe('»HUSK« med store bogstaver læses som råb. Skriv med små bogstaver, og lad ordene give vægten.');
  });

  it('reports a run of capitals words once, short words included', () => {
    expect(matches('KOM NU og vær med. GRATIS KAFFE til alle. Det er VIGTIGT.')).toEqual(['KOM NU', 'GRATIS KAFFE', 'VIGTIGT']);
    expect(matches('HUSK AT BOOKE TID')).toEqual(['HUSK AT BOOKE TID']);
  });

  it('reports runs of three or more ! and ?', () => {
    const found = hits('Vi har fået 100 nye donorer!!! Er du klar??? Hvad?!? Hej!! Nej?!');
    expect(found.map((m) => [m.messageId, m.message.match(/»(.+?)«/)![1]])).toEqual([
      ['punctuation', '!!!'],
      ['punctuation', '???'],
      ['punctuation', '?!?'],
    ]);
  });

  it('leaves abbreviations, spelled-out acronyms, Roman numerals, hashtags and URLs alone', () => {
    expect(hits('Se DR, TV2 og NATO. EU og FN. SMS og PDF. OBS: gratis. Christian IV. Aalborg Universitetshospital (AAUH).')).toEqual([]);
    expect(hits('Sundhedsplatformen (SUPA) er ny. SUPA virker.')).toEqual([]);
    expect(hits('Følg #VIGTIGT og https://rn.dk/NYHEDER.')).toEqual([]);
  });

  it('config vocabulary.accept makes a capitals name fine', () => {
    expect(matches('Læs mere i NORDJYSKE.')).toEqual(['NORDJYSKE']);
    expect(hits('Læs mere i NORDJYSKE.', { vocabulary: { accept: ['NORDJYSKE'] } })).toEqual([]);
  });

  it('thresholds are options', () => {
    expect(hits('Hej!! HUSK.', { rules: { [RULE]: ['warn', { punctuation: 2, minLetters: 5 }] } }).map((m) => m.messageId)).toEqual(['punctuation']);
    expect(hits('Hej!!!', { rules: { [RULE]: ['warn', { punctuation: 0 }] } })).toEqual([]);
  });
});
