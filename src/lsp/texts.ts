/** The server's own words (action titles, the config message) in the editor's language. */
import type { Lang } from '../core/lang.js';

export const texts = {
  fix: (message: string, lang: Lang): string => (lang === 'en' ? `Fix: ${message}` : `Ret: ${message}`),
  disableLine: (ruleId: string, lang: Lang): string => (lang === 'en' ? `Disable ${ruleId} for this line` : `Deaktivér ${ruleId} for denne linje`),
  fixAll: (lang: Lang): string => (lang === 'en' ? 'Fix all auto-fixable problems (rnsocial)' : 'Ret alle problemer, der kan rettes automatisk (rnsocial)'),
  configProblem: (message: string, lang: Lang): string =>
    lang === 'en' ? `rnsocial cannot lint with this config, fix it first: ${message}` : `rnsocial kan ikke tjekke med denne konfiguration – ret den først: ${message}`,
};
