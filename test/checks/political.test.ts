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
});
