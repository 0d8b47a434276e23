import { describe, expect, it } from 'vitest';
import { lintText } from '../support/lint.js';

const RULE = 'case-handling/referral';
const reply = (body: string, type = 'reply'): string =>
  `---\nplatform: facebook\npage: Region Nordjylland\ntype: ${type}\nin-reply-to: https://www.facebook.com/RegionNordjylland/posts/1\n---\n${body}\n\n/Maria, Region Nordjylland\n`;
const hits = (body: string, type = 'reply') => lintText(reply(body, type)).messages.filter((m) => m.ruleId === RULE);

describe('referral (case-handling/referral)', () => {
  it.each([
    // not personal: no referral needed, and a PB is fine for logistics
    'Ja, der er gratis parkering ved indgangen.',
    'Tusind tak for de søde ord. Vi giver dem videre.',
    'Tak for de søde ord om din behandling. Vi giver dem videre til holdet.',
    'Send os en privat besked med adressen, så sender vi plakaten.',
    'Hvis du er indlagt, må du gerne få besøg hele dagen.',
    // personal, with a proper referral
    'Vi kan ikke svare på spørgsmål om dit forløb her. Skriv til afdelingen via Digital Post.',
    'Vi kan ikke svare på spørgsmål om din behandling her. Ring til Psykiatriens Information på 97 64 30 00.',
    'Vi kan ikke svare på spørgsmål om dit forløb her. Ring på 9764 3000 på hverdage.',
    'Tak for din klage. Send den til Patientkontoret, så ser de på den.',
    'Vi er kede af at høre om din mands ventetid. Kontakt afdelingen, så hjælper de jer.',
    'Du får svar på din blodprøve i din indbakke i e-Boks.',
    // a link to a secure channel's site names it
    'Tak for din klage. Send den via borger.dk/klage, så ser afdelingen på den.',
    'Tak for din klage. Send den via https://www.borger.dk, så ser afdelingen på den.',
  ])('accepts %j', (body) => {
    expect(hits(body)).toEqual([]);
  });

  it.each([
    ['Tak for din klage. Vi kigger på den.', 'din klage'],
    ['Vi er kede af, at du har haft en dårlig oplevelse med din behandling.', 'din behandling'],
    ['Din operation er flyttet til tirsdag.', 'Din operation'],
    ['Vi kan ikke svare på spørgsmål om dit forløb her.', 'dit forløb'],
  ])('reports a personal reply without a referral: %j', (body, match) => {
    const [m] = hits(body);
    expect(m).toMatchObject({ messageId: 'default', severity: 2, line: 7 });
    expect(m!.message).toContain(`»${match}«`);
  });

  it.each([
    ['Vi kan ikke svare på spørgsmål om din behandling her. Send os en privat besked.', 'privat besked'],
    ['Af hensyn til dit privatliv kan vi ikke skrive om dit forløb her. Skriv til os på Messenger.', 'Messenger'],
    ['Skriv til os i en privat besked eller via Digital Post om din behandling. Du kan også ringe til os.', 'privat besked'],
  ])('reports an insecure channel in a personal reply: %j', (body, match) => {
    const found = hits(body);
    expect(found[0]).toMatchObject({ messageId: 'insecure' });
    expect(found[0]!.message).toContain(`»${match}«`);
  });

  it.each([
    ['Send os dit navn og CPR-nummer i en PB, så finder vi ud af det.', 'PB'],
    ['Send os dit navn og CPR-nummer i en privat besked, så kigger vi på det.', 'privat besked'],
    ['Skriv dit navn og cpr-nummer til os på Messenger, så tjekker vi din henvisning.', 'Messenger'],
    ['Kan du sende os dit navn og din fødselsdato i en privatbesked?', 'privatbesked'],
    ['Send os en PB med flere detaljer om din behandling, så ser vi på det.', 'PB'],
    ['Skriv til os i en privat besked om din operation, så finder vi en ny tid.', 'privat besked'],
    ['Vi kan ikke svare her. Send os gerne dit CPR-nummer på Messenger, så ringer vi dig op.', 'Messenger'],
    ['Har du spørgsmål til din behandling, så skriv til os i en privat besked.', 'privat besked'],
  ])('reports a request for personal details in a private message: %j', (body, match) => {
    const found = hits(body);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ messageId: 'insecure', severity: 2 });
    expect(found[0]!.message).toContain(`»${match}«`);
  });

  it.each([
    'Send os en privat besked med navn og adresse, så sender vi plakaten.',
    'Skriv dit navn og CPR-nummer i en besked via Digital Post, så finder afdelingen dit forløb.',
    'Husk at oplyse dit CPR-nummer, når du ringer til afdelingen.',
    'Har du spørgsmål til din egen henvisning, så ring til os på 97 64 80 00.',
    'Har du spørgsmål til din behandling, kan du læse mere på rn.dk/patient.',
  ])('accepts %j', (body) => {
    expect(hits(body)).toEqual([]);
  });

  it('only checks replies', () => {
    expect(hits('Din operation er flyttet til tirsdag.', 'post')).toEqual([]);
  });
});
