import { describe, expect, it } from 'vitest';
import { draft, lintText } from '../support/lint.js';

const RULE = 'hashtag/format';
const fm = { platform: 'facebook', page: 'Region Nordjylland' };
const found = (body: string, config?: Record<string, unknown>) =>
  lintText(draft(body, fm), config ? { config } : {})
    .messages.filter((m) => m.ruleId === RULE)
    .map((m) => ({ id: m.messageId, column: m.column, endColumn: m.endColumn, message: m.message }));

describe('hashtag-format (hashtag/format)', () => {
  it('#Region-Nordjylland: cut at the hyphen, with the whole intended tag marked and a suggestion', () => {
    expect(found('Tak til #Region-Nordjylland.')).toEqual([
      {
        id: 'punctuation',
        column: 9,
        endColumn: 28,
        message: '»#Region-Nordjylland« bliver skåret af ved tegnet: platformen linker kun »#Region«. Skriv det i ét ord uden tegn: #RegionNordjylland',
      },
    ]);
  });

  it('#i gode hænder: a known tag split by spaces', () => {
    expect(found('Vi er #i gode hænder')).toMatchObject([{ id: 'space', column: 7, endColumn: 21 }]);
    expect(found('Vi er #i gode hænder')[0]!.message).toContain('#igodehænder');
    // A local tag from the lexicon, too.
    expect(found('Velkommen til #Nykøbing Mors')).toMatchObject([{ id: 'space' }]);
  });

  it('multi-word tags from the config are known', () => {
    expect(found('Kom til #Åbent Hospital i dag')).toEqual([]);
    expect(found('Kom til #Åbent Hospital i dag', { hashtags: { preferred: ['ÅbentHospital'] } })).toMatchObject([{ id: 'space' }]);
    expect(found('Kom til #Åbent Hospital i dag', { localHashtags: ['åbenthospital'] })).toMatchObject([{ id: 'space' }]);
  });

  it('digits only, a # between two tags, over-long tags', () => {
    expect(found('Godt nytår #2026')).toMatchObject([{ id: 'digitsOnly', column: 12, endColumn: 17 }]);
    expect(found('#sundhed#trivsel')).toMatchObject([{ id: 'punctuationUnlinked' }]);
    expect(found('#sundhed#trivsel')[0]!.message).toContain('#sundhed #trivsel');
    expect(found(`#${'a'.repeat(101)}`)).toMatchObject([{ id: 'tooLong' }]);
  });

  it('fine tags are fine: æ, ø, å, sentence punctuation after a tag, numbers as numbers', () => {
    expect(found('Fra #Hjørring til #Læsø og #Ålbæk. Vi er #1 i Danmark (#sundhed), #COVID19!')).toEqual([]);
    expect(found('Se https://rn.dk/side#afsnit og C# og &#39;')).toEqual([]);
  });

  it('an error for every platform of a cross-post, in one message', () => {
    const [m] = lintText(draft('Tak til #Region-Nordjylland.', { platform: '[facebook, twitter]', page: 'Region Nordjylland' })).messages.filter(
      (x) => x.ruleId === RULE,
    );
    expect(m).toMatchObject({ severity: 2, platforms: ['facebook', 'twitter'] });
  });
});
