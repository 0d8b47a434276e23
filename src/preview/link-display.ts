/**
 * How a platform shows a link in a post, kept simple on purpose (docs/preview.md):
 * - X wraps every link in t.co and shows it without the scheme, cut after 23 characters with »…«
 *   (a link weighs 23 in the length count whatever it shows).
 * - Facebook, LinkedIn and Instagram show host and path: no scheme, no »www.«, no query or
 *   fragment, cut after 30 characters with »…«.
 */
import type { Platform } from '../core/platform.js';

const X_VISIBLE = 23;
const OTHER_VISIBLE = 30;

export function linkDisplay(url: string, platform: Platform): string {
  const bare = url.replace(/^[a-z][a-z0-9+.-]*:\/\//i, '');
  if (platform === 'twitter') return cut(bare, X_VISIBLE);
  const hostAndPath = bare.replace(/^www\./i, '').replace(/[?#].*$/, '').replace(/\/$/, '');
  return cut(hostAndPath, OTHER_VISIBLE);
}

/** The first `max` code points and »…« when there are more (never half a surrogate pair). */
function cut(text: string, max: number): string {
  const chars = [...text];
  return chars.length > max ? `${chars.slice(0, max).join('')}…` : text;
}
