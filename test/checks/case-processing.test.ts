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

// Signed replies that confirm details of the reader's or a relative's course: relatives (also
// "jeres"), definite case words ("behandlingen af din far") and course verbs ("er flyttet",
// "bliver udskrevet", "skal scannes", "er aflyst for dig").
const COURSE_DETAILS: Array<[string, string]> = [
  ['Hej Lene. Din mor er flyttet til et andet afsnit og skal scannes på torsdag.', 'Din mor er flyttet'],
  ['Hej Peter. Din søn bliver udskrevet i morgen.', 'Din søn bliver udskrevet'],
  ['Behandlingen af din far er udskudt til næste uge, fordi der mangler et prøvesvar.', 'Behandlingen af din far er udskudt'],
  ['Hej Anne, operationen er aflyst for dig, og du får en ny tid med posten.', 'operationen er aflyst'],
  ['Jeres datter skal opereres på mandag, og I må gerne være hos hende bagefter.', 'Jeres datter skal opereres'],
  ['Vi har udskrevet din mor i dag, og hun kører hjem med patientbefordring.', 'udskrevet din mor'],
  ['Din far er stabil og uden for livsfare efter nattens operation.', 'Din far er stabil'],
  ['Hej Karen, prøvesvaret var fint, så du skal ikke komme til kontrol igen.', 'prøvesvaret var fint'],
  ['Jeres søn udskrives i morgen formiddag fra børneafdelingen.', 'Jeres søn udskrives'],
  ['Du bliver indkaldt til en ny scanning i næste uge.', 'Du bliver indkaldt'],
  ['Din tid er flyttet til tirsdag kl. 10 på grund af sygdom blandt personalet.', 'Din tid er flyttet'],
  ['Din bedstemor er blevet overflyttet til Hjørring, hvor der er en ledig plads.', 'Din bedstemor er blevet overflyttet'],
  ['Scanningen af din søn viste heldigvis ingen tegn på brud.', 'Scanningen af din søn'],
  ['Vi kan se, at din ægtefælle skal undersøges igen på fredag.', 'din ægtefælle skal undersøges'],
];

// Signed replies that are fine: general information, referral, thanks, wishes, decline-and-refer.
const FINE_REPLIES = [
  'Har du spørgsmål til din egen henvisning, så ring til Visitationen på 97 64 80 00.',
  'Har du spørgsmål til din behandling? Så ring til afdelingen på hverdage kl. 8–15.',
  'Skal du scannes, så husk at tage smykker og briller af, inden du kommer.',
  'Du skal have en henvisning fra din egen læge for at blive undersøgt hos os.',
  'Behandlingen er gratis, og du kan læse mere om den på rn.dk.',
  'MR-scanningen er flyttet til Hospitalsbyen fra 1. marts, og der er gratis parkering ved indgangen.',
  'Vi håber, at din søn snart bliver frisk, og tak for de pæne ord om personalet.',
  'Dejligt at høre, at din mor er i bedring. Vi giver jeres hilsen videre til afsnittet.',
  'Du skal faste i seks timer, før du skal opereres. Læs mere i pjecen på rn.dk.',
  'Vi kan ikke sige noget om, hvornår din søn bliver udskrevet. Ring til afdelingen, så hjælper de jer.',
  'Vi kan ikke svare på spørgsmål om din fars forløb her. Skriv til afdelingen via Digital Post.',
  'Efter du er blevet udskrevet, får du et brev i Digital Post med din genoptræningsplan.',
  'Din mor er altid velkommen til at ringe til afdelingen, hvis hun har spørgsmål.',
  'Du er kritisk over for vores prioritering, og det forstår vi godt. Vi giver din kommentar videre til ledelsen.',
  'Tak for din besked. Du er altid velkommen til at ringe til os på 97 64 80 00.',
  'Hvor er det dejligt, at din søn er blevet udskrevet og har det godt. Tak fordi du fortæller det.',
  'Vi er glade for, at din mor er i bedring, og vi giver jeres hilsen videre til afsnittet.',
  'Har du fået din indkaldelse, kan du se tid og sted i brevet.',
];

describe('case-processing (case-handling/public-case-processing)', () => {
  it.each(COURSE_DETAILS)('flags course details in %j', (body, match) => {
    const found = hits(body);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ messageId: 'default', severity: 2 });
    expect(found[0]!.message).toContain(`»${match}«`);
  });

  it.each(FINE_REPLIES)('does not flag the fine reply %j', (body) => {
    expect(hits(body)).toEqual([]);
  });

  it('points at the case word, not at an earlier possessive across a comma', () => {
    const [m] = hits('Tak for din besked, din operation er flyttet til tirsdag.');
    expect(m!.message).toContain('»din operation«');
  });

  it('treats a verb-first condition as general, and a verb-first question as a mention', () => {
    // Condition ("Har du …, så …") = general; a question confirms nothing but still names the case.
    expect(hits('Er din søn blevet flyttet, kan du finde afsnittet på rn.dk.')).toEqual([]);
    expect(hits('Er du blevet scannet?')).toEqual([]);
    expect(hits('Har du fået din indkaldelse?')).toHaveLength(1);
    // Danish statements put the verb second: "Nu er din søn …" is not a question.
    expect(hits('Nu er din søn flyttet til afsnit B3.')).toHaveLength(1);
  });

  it('asks for a CPR number as a red flag, unless the request goes to a secure channel', () => {
    expect(hits('Send os dit navn og CPR-nummer, så finder vi ud af det.')).toMatchObject([{ messageId: 'redFlag' }]);
    expect(hits('Send dit navn og CPR-nummer til afdelingen via Digital Post.')).toEqual([]);
    expect(hits('Skriv ikke dit CPR-nummer her. Skriv til os via Digital Post.')).toEqual([]);
    expect(hits('Husk at give dit sundhedskort til sekretæren.')).toEqual([]);
    // A private message is a (bad) referral: case-handling/referral reports the channel.
    expect(hits('Send os dit navn og CPR-nummer i en privat besked.')).toEqual([]);
  });


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
