/** The language of messages, hovers and action titles in the editor. */
import type { Lang } from '../core/lang.js';

export interface LangSources {
  /** `lang` in the config the draft resolves to: the team's choice wins, as on the command line. */
  config?: Lang | undefined;
  /** The `rnsocial.lang` setting. */
  setting?: string | undefined;
  /** `initializationOptions.lang`. */
  initialization?: string | undefined;
  /** The client's UI locale (`initialize` params), e.g. `da-DK` or `en-US`. */
  locale?: string | undefined;
}

export function messageLang(sources: LangSources): Lang {
  if (sources.config) return sources.config;
  for (const value of [sources.setting, sources.initialization]) if (value === 'da' || value === 'en') return value;
  // The users are Danish: only a client that says it speaks something else gets English.
  if (sources.locale === undefined) return 'da';
  return /^da/i.test(sources.locale) ? 'da' : 'en';
}
