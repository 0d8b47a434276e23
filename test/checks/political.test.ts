import { describe, expect, it } from 'vitest';
import { draft, lintText } from '../support/lint.js';

const RULE = 'tone/political-neutrality';
const hits = (body: string) => lintText(draft(body)).messages.filter((m) => m.ruleId === RULE);
const matches = (body: string) => hits(body).map((m) => [m.messageId, m.message.match(/»(.+?)«/)![1]]);

describe('political (tone/political-neutrality)', () => {
  it('reports a call to vote for a party, a ballot letter or a list', () => {
    expect(matches('Stem på Venstre til valget.')).toEqual([['electionCall', 'Stem på Venstre']]);
    expect(matches('Sæt dit kryds ved A.')).toEqual([['electionCall', 'Sæt dit kryds ved A']]);
    expect(matches('Sæt kryds ved liste Ø.')).toEqual([['electionCall', 'Sæt kryds ved liste Ø']]);
    const [m] = hits('Stem på Venstre.');
    expect(m).toMatchObject({ line: 5, column: 1, endColumn: 16 });
    expect(m!.message).toContain('opfordrer til at stemme på Venstre');
  });

  it('reads a party in a hashtag or @-handle, and an election hashtag', () => {
    expect(matches('Stem på #Venstre til valget.')).toEqual([['electionCall', 'Stem på #Venstre']]);
    expect(matches('Husk at stemme på @SF.')).toEqual([['electionCall', 'Husk at stemme på @SF']]);
    expect(matches('Sæt dit kryds ved Mette Hansen. #kv25')).toEqual([['electionCall', 'Sæt dit kryds ved Mette Hansen']]);
    expect(matches('Enhedslisten svigter patienterne. #dkpol')).toEqual([['partisan', 'Enhedslisten svigter']]);
    expect(matches('#DF har svigtet de ældre.')).toEqual([['partisan', 'DF har svigtet']]);
  });

  it('reads a listed name with a comma as one name', () => {
    expect(matches('Stor ros til Venstre, Danmarks Liberale Parti.')).toEqual([['partisan', 'Stor ros til Venstre, Danmarks Liberale Parti']]);
  });

  it('reports a call to vote for a candidate only in a post about an election', () => {
    expect(matches('Sæt dit kryds ved Mette Hansen til regionsrådsvalget.')).toEqual([['electionCall', 'Sæt dit kryds ved Mette Hansen']]);
    expect(hits('Stem på Bella som årets besøgshund.')).toEqual([]);
    expect(hits('Stem på dit yndlingsbillede. Sæt kryds i kalenderen.')).toEqual([]);
  });

  it('reports party names in an endorsing context', () => {
    expect(matches('Støt Enhedslisten! Vi bakker op om SF.')).toEqual([
      ['default', 'Støt Enhedslisten'],
      ['default', 'Vi bakker op om SF'],
    ]);
    expect(matches('Tillykke med valget til Socialdemokratiet. Takket være Dansk Folkeparti får vi en ny fødegang.')).toEqual([
      ['default', 'Tillykke med valget'],
      ['default', 'Takket være'],
    ]);
    expect(hits('Vi støtter fuldt ud Venstres forslag.')).toHaveLength(1);
  });

  it('leaves facts, turnout calls and left/right, medical false friends alone', () => {
    const body = [
      'Regionsrådsformand Mads Duedahl (V) åbnede huset. Venstre og Socialdemokratiet støtter planen.',
      'Tillykke til Mads Duedahl (V) med genvalget som formand.',
      'Drej til venstre ved indgangen. Venstre side er lukket. Venstre fløj har nye senge.',
      'Hun fik konservativ behandling. Han fik en radikal operation. Alternativet til en operation er træning.',
      'Husk at stemme den 18. november. Valgstederne har åbent kl. 8–20.',
      'Støt Kræftens Bekæmpelse. Vælg selv din tid.',
    ].join('\n\n');
    expect(hits(body)).toEqual([]);
  });

  it('an endorsement must be in the same sentence as the party', () => {
    expect(hits('Vi støtter. Venstre har foreslået en ny plan.')).toEqual([]);
    expect(hits('Takket være jer har vi nye senge. Venstre var med til at betale.')).toEqual([]);
  });

  it('reports praise and blame of a party as partisan', () => {
    const partisan: Array<[string, string]> = [
      ['Stor ros til Venstre for at have kæmpet for et nyt akuthus.', 'Stor ros til Venstre'],
      ['Tak til SF og Enhedslisten for at sikre pengene til psykiatrien.', 'Tak til SF'],
      ['Godt gået, Socialdemokratiet!', 'Godt gået, Socialdemokratiet'],
      ['Hatten af for Moderaterne, der fik aftalen i hus.', 'Hatten af for Moderaterne'],
      ['Enhedslisten svigter patienterne i Thy.', 'Enhedslisten svigter'],
      ['DF har svigtet de ældre.', 'DF har svigtet'],
      ['Venstre svigtede de ældre, da de stemte for besparelsen.', 'Venstre svigtede'],
      ['Desværre stemte Liberal Alliance og Dansk Folkeparti imod de ekstra penge.', 'Desværre stemte Liberal Alliance'],
      ['Heldigvis stemte SF for forslaget.', 'Heldigvis stemte SF'],
      ['Skuffende at Konservative ikke vil være med.', 'Skuffende at Konservative'],
      ['Det er pinligt, at Venstre bremser planen.', 'pinligt, at Venstre'],
      ['Flot af Socialdemokratiet at tage ansvar for ventelisterne.', 'Flot af Socialdemokratiet'],
      ['Stor ros til SF\'s forslag om flere sengepladser.', "Stor ros til SF's"],
    ];
    for (const [sentence, match] of partisan) expect(matches(sentence), sentence).toEqual([['partisan', match]]);
    const [m] = hits('Enhedslisten svigter patienterne.');
    expect(m!.message).toBe('»Enhedslisten svigter« roser eller kritiserer Enhedslisten. Regionens sider skal være partipolitisk neutrale: fortæl, hvad der er besluttet, og lad være med at vurdere partierne.');
  });

  it('one partisan report per sentence, and none where an endorsement is already reported', () => {
    expect(matches('Det er skuffende, at Venstre svigter patienterne.')).toEqual([['partisan', 'skuffende, at Venstre']]);
    expect(matches('Takket være Venstre får vi et nyt hus, og stor ros til Venstre for det.')).toEqual([['default', 'Takket være']]);
  });

  it('leaves news of votes, agreements, proposals, titles and directions alone', () => {
    const neutral = [
      'Regionsrådet vedtog med stemmer fra S, V og K at bygge et nyt akuthus i Thisted.',
      'Forslaget blev stemt igennem af et flertal bestående af Venstre, Socialdemokratiet og Konservative.',
      'Regionsrådsformand Mads Duedahl (V) åbnede det nye sengehus.',
      'Venstre og Socialdemokratiet har indgået en aftale om budgettet for 2026.',
      'SF foreslår gratis parkering ved alle hospitaler.',
      'Indgangen ligger til venstre for elevatorerne.',
      'Enhedslisten stemte imod, mens resten af regionsrådet stemte for.',
      'Tak til regionsrådsformand Mads Duedahl (V) for at klippe snoren.',
      'Tak til Socialdemokratiets Ulla Astman for ti gode år som formand.',
      'Ros til personalet fra Venstres regionsrådsgruppe, som besøgte afdelingen i går.',
      'Tak til alle, der stemte i vores afstemning om navnet på besøgshunden.',
      'Desværre er parkeringspladsen lukket i dag.',
      'Vi har desværre svigtet nogle af vores patienter, og det beklager vi.',
      'Resultatet er skuffende, siger Venstres gruppeformand.',
      'Venstre mener, at staten svigter regionerne.',
      'Venstre føler sig svigtet af regeringen.',
      'Desværre kunne Venstres formand ikke deltage i mødet.',
      'Dansk Folkeparti har foreslået en ny busrute til hospitalet i Hjørring.',
      'Konservative behandlinger som træning hjælper mange med slidgigt.',
      'Hvis LA svigter, giver vi fuld narkose.',
      'Tak til DF for et godt samarbejde om fysioterapien.',
    ];
    for (const sentence of neutral) expect(hits(sentence), sentence).toEqual([]);
  });
});
