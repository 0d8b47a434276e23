import { describe, expect, it } from 'vitest';
import { lintText } from '../support/lint.js';

const RULE = 'case-handling/public-case-processing';
const reply = (body: string, type = 'reply'): string =>
  `---\nplatform: facebook\npage: Aalborg Universitetshospital\ntype: ${type}\nin-reply-to: https://www.facebook.com/aalborguh/posts/1\n---\n${body}\n\n/Mette, Aalborg Universitetshospital\n`;
const hits = (body: string, type = 'reply', config: Record<string, unknown> = {}) =>
  lintText(reply(body, type), { config }).messages.filter((m) => m.ruleId === RULE);

// Replies that are not case work: practical information, thanks, advice, declining and referring.
const NOT_CASE_WORK = [
  'Du kan parkere på den store plads ved hovedindgangen. Det koster 15 kroner i timen.',
  'Har du et handicapkort, kan du holde helt tæt ved døren.',
  'Har du et handicap, kan du parkere tæt ved døren.',
  'Caféen har åbent alle dage kl. 7–19. Ring til os på 97 64 80 00, hvis du har spørgsmål.',
  'Tusind tak for de søde ord. Vi sender din hilsen videre til holdet på afdelingen.',
  'Tak for de søde ord om din behandling. Vi giver dem videre til holdet.',
  'Vi er glade for, at din behandling gik godt.',
  'Tak for din klage. Send den gerne til Patientkontoret via Digital Post.',
  'Hvis du er indlagt, må du gerne få besøg hele dagen.',
  'Når du skal opereres, får du et brev i Digital Post.',
  'Er du gravid, er vaccinen gratis.',
  'Husk at tage din medicin med, når du skal opereres.',
  'Tag din medicinliste og dit sundhedskort med.',
  'Du kan se din ventetid på sundhed.dk.',
  'Du har ret til hurtig udredning. Læs mere på rn.dk.',
  'Du har altid mulighed for at klage.',
  'Du er velkommen til at kontakte din kontaktperson.',
  'Har du spørgsmål til din behandling, så kontakt afdelingen.',
  'Vi kan ikke svare på spørgsmål om dit forløb her af hensyn til dit privatliv.',
  'Vi er kede af at høre, at din operation er blevet udskudt. Skriv til afdelingen via Digital Post.',
  'Vi er kede af, at du har haft en dårlig oplevelse med din behandling. Skriv til Patientkontoret via Digital Post.',
  'Alle patienter med kræft får en fast kontaktperson.',
  'Det er helt normalt at være nervøs før en operation.',
  'God bedring til din far.',
  'Din kæreste er velkommen til at være med til scanningen.',
  'I Hjørring er det gratis at parkere. I er velkomne til at tage børn med.',
];

const CASE_WORK: Array<[string, string, string]> = [
  ['Din operation er flyttet til tirsdag.', 'default', 'Din operation'],
  ['Hej Anne, din scanning viste ingen tegn på kræft.', 'default', 'din scanning'],
  ['Hej Lene, din mor er indlagt på afsnit B3 med blodprop.', 'default', 'din mor er indlagt'],
  ['Jeres søn er på intensiv, og lægerne følger ham tæt.', 'default', 'Jeres søn er på intensiv'],
  ['Vi kan se, at du er indlagt på B3.', 'default', 'du er indlagt'],
  ['Hej Hans. Vi kan se, at Hans er indlagt.', 'default', 'Hans er indlagt'],
  ['Vi har modtaget din henvisning og sender en indkaldelse.', 'default', 'din henvisning'],
  ['Vi glæder os til at se dig til din første kontrol.', 'default', 'din første kontrol'],
  ['Du er nummer tre på ventelisten.', 'default', 'Du er nummer tre på ventelisten'],
  ['Vi beklager, at din operation blev aflyst i går.', 'default', 'din operation'],
  ['Vi har kigget på din sag, og du får svar i morgen.', 'redFlag', 'Vi har kigget på din sag'],
  ['Vi kan se i journalen, at du er blevet opereret.', 'redFlag', 'kan se i journalen'],
  ['Kan du sende dit cpr-nummer, så vi kan finde din henvisning?', 'redFlag', 'sende dit cpr-nummer'],
  ['Vi har talt med din læge, og du skal have en ny recept.', 'redFlag', 'Vi har talt med din læge'],
  ['Din klage er modtaget, og du får svar inden 14 dage.', 'redFlag', 'Din klage er modtaget'],
];

describe('case-processing (case-handling/public-case-processing)', () => {
  it.each(NOT_CASE_WORK)('does not flag %j', (body) => {
    expect(hits(body)).toEqual([]);
  });

  it.each(CASE_WORK)('flags %j', (body, messageId, match) => {
    const found = hits(body);
    expect(found.length).toBeGreaterThanOrEqual(1);
    expect(found[0]).toMatchObject({ messageId, severity: 2 });
    expect(found[0]!.message).toContain(match);
  });

  it('reports one message per sentence, at the words that make it personal', () => {
    const body = 'Vi har kigget på din sag, og din operation er flyttet. Din søn er indlagt med lungebetændelse.';
    const found = hits(body);
    expect(found.map((m) => m.messageId)).toEqual(['redFlag', 'default']);
    const at = body.indexOf('Din søn er indlagt') + 1;
    expect(found[1]).toMatchObject({ line: 7, column: at, endColumn: at + 'Din søn er indlagt'.length });
  });

  it('is not excused by a referral in the same sentence when it states a fact', () => {
    expect(hits('Din operation er flyttet, så ring til afdelingen.')).toHaveLength(1);
    expect(hits('Skriv til afdelingen via Digital Post om din behandling.')).toEqual([]);
  });

  it('only checks replies, unless the config names more post types', () => {
    expect(hits('Din operation er flyttet til tirsdag.', 'post')).toEqual([]);
    const config = { rules: { [RULE]: ['error', { types: ['reply', 'post'] }] } };
    expect(hits('Din operation er flyttet til tirsdag.', 'post', config)).toHaveLength(1);
    expect(() => hits('Hej.', 'post', { rules: { [RULE]: ['error', { types: ['svar'] }] } })).toThrow(/types/);
  });

  it('honours vocabulary.accept for case and health words', () => {
    expect(hits('Din operation er flyttet til tirsdag.', 'reply', { vocabulary: { accept: ['operation'] } })).toEqual([]);
  });
});
