/**
 * Why a write failed, in the user's words: the operating system's reason in Danish or English,
 * with its code (EACCES …) for searching. Never the error's own message, which names the temp
 * file rnsocial wrote first and which the user never asked for.
 */
import { getSystemErrorMap } from 'node:util';
import type { Lang } from '../core/lang.js';

const DANISH: Record<string, string> = {
  EACCES: 'ingen adgang',
  EPERM: 'ikke tilladt',
  ENOENT: 'filen eller mappen findes ikke',
  ENOTDIR: 'en del af stien er ikke en mappe',
  EISDIR: 'det er en mappe',
  EROFS: 'filsystemet er skrivebeskyttet',
  ENOSPC: 'disken er fuld',
  EDQUOT: 'diskkvoten er brugt op',
  ENAMETOOLONG: 'navnet er for langt',
  EEXIST: 'findes allerede',
  EBUSY: 'filen er i brug',
  ETXTBSY: 'filen er i brug',
  EIO: 'fejl ved læsning eller skrivning på disken',
  EINVAL: 'ugyldig handling for denne fil',
  ELOOP: 'for mange symbolske links',
  EXDEV: 'filen ligger på et andet drev',
};

/** `ingen adgang (EACCES)` / `permission denied (EACCES)`. */
export function writeFailureReason(error: unknown, lang: Lang): string {
  const { code, errno } = (error ?? {}) as NodeJS.ErrnoException;
  if (!code) return error instanceof Error ? error.message : String(error);
  const english = typeof errno === 'number' ? getSystemErrorMap().get(errno)?.[1] : undefined;
  const words = lang === 'da' ? (DANISH[code] ?? english) : english;
  return words ? `${words} (${code})` : code;
}
