import { describe, expect, it } from 'vitest';
import { draft, lintText } from '../support/lint.js';

const RULE = 'tone/passive-voice';
const hits = (body: string, config: Record<string, unknown> = {}) =>
  lintText(draft(body), { config }).messages.filter((m) => m.ruleId === RULE);

describe('passive (tone/passive-voice)', () => {
  it('reports each s-passive and blive-passive once the share passes maxShare (0.25)', () => {
    const found = hits('Din tid aflyses. Du bliver kontaktet af afdelingen. Prøven skal afleveres i skranken. Vi beklager.');
    expect(found.map((m) => m.messageId)).toEqual(['default', 'blive', 'default']);
    expect(found[0]!.message).toContain('»aflyses« er passiv');
    expect(found[0]!.message).toContain('3 af 4 sætninger har passiv (højst 25 %)');
    expect(found[1]!.message).toContain('»bliver kontaktet« er passiv');
    expect(found[1]).toMatchObject({ line: 5, column: 21, endColumn: 37 });
  });

  it('is quiet at or below the share', () => {
    // 1 of 4 sentences = 25 %: not above the maximum.
    expect(hits('Scanneren blev købt for penge fra en fond. Tak til fonden. Vi glæder os. Kom og se den.')).toEqual([]);
  });

  it('a short post that is all passive is reported (two sentences are enough), a one-sentence post never', () => {
    expect(hits('Din tid aflyses. Du bliver kontaktet af afdelingen.').map((m) => m.messageId)).toEqual(['default', 'blive']);
    expect(hits('Borgerne opfordres til at blive vaccineret. Der henvises til vores hjemmeside.')).toHaveLength(3);
    expect(hits('Din tid aflyses, og du bliver kontaktet.')).toEqual([]);
    expect(hits('Din tid aflyses. Du bliver kontaktet.', { rules: { [RULE]: ['warn', { minSentences: 3 }] } })).toEqual([]);
  });

  it('one passive sentence in a short post is not a style (minPassives 2)', () => {
    const body = 'Vi har fået en ny scanner. Den blev leveret i går. Kom og se den.';
    expect(hits(body)).toEqual([]);
    expect(hits(body, { rules: { [RULE]: ['warn', { minPassives: 1 }] } }).map((m) => m.messageId)).toEqual(['blive']);
  });

  it('leaves deponents, reciprocals, genitives and -s words that are not verbs alone', () => {
    const body = [
      'Vi synes, det er dejligt. Det lykkes næsten altid. Der findes hjælp. Vi ses på fredag. Vi mødes i kantinen.',
      'Aalborg Kommunes tilbud er fælles. Det er anderledes nu. Diabetes er en folkesygdom. Patienternes stuer er nye.',
      'Sygeplejerskens hverdag er travl. Vi trives. Hun bliver glad. Han blev født i Hobro. Vores hus er stort.',
    ].join('\n\n');
    expect(hits(body)).toEqual([]);
  });

  it('finds the passive after "der", a modal and "at"', () => {
    const found = hits('Der arbejdes på en løsning. Alle opkald skal stilles om. Vi håber at kunne informeres i dag. Tak.');
    expect(found.map((m) => m.message.match(/»(.+?)«/)![1])).toEqual(['arbejdes', 'stilles', 'informeres']);
  });

  it('the threshold is an option of the pack', () => {
    const body = 'Din tid aflyses. Du bliver kontaktet af afdelingen. Vi beklager. Ring gerne. Tak.';
    expect(hits(body)).toHaveLength(2);
    expect(hits(body, { rules: { [RULE]: ['warn', { maxShare: 0.5 }] } })).toEqual([]);
  });

  it('never looks inside hashtags or URLs', () => {
    expect(hits('Tiden #aflyses nu. Se https://rn.dk/sendes for mere. Vi ringer til dig. Tak.')).toEqual([]);
  });
});
