/** Which language the editor gets: the config's, the setting, initializationOptions, the client's locale, Danish. */
import { describe, expect, it } from 'vitest';
import { messageLang } from '../../src/lsp/language.js';

describe('messageLang', () => {
  it('the config’s lang wins, as on the command line', () => {
    expect(messageLang({ config: 'da', setting: 'en', initialization: 'en', locale: 'en-US' })).toBe('da');
  });
  it('then the setting, then initializationOptions', () => {
    expect(messageLang({ setting: 'en', initialization: 'da', locale: 'da' })).toBe('en');
    expect(messageLang({ setting: 'fr', initialization: 'en', locale: 'da' })).toBe('en');
  });
  it('then the locale: da* is Danish, anything else English', () => {
    expect(messageLang({ locale: 'da-DK' })).toBe('da');
    expect(messageLang({ locale: 'da' })).toBe('da');
    expect(messageLang({ locale: 'en-GB' })).toBe('en');
    expect(messageLang({ locale: 'da_DK' })).toBe('da');
    expect(messageLang({ locale: 'de-DE' })).toBe('en');
  });
  it('Danish when nothing says otherwise', () => {
    expect(messageLang({})).toBe('da');
  });
});
