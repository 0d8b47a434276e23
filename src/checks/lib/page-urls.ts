/**
 * URLs of pages and posts on social media (sender/own-pages-only).
 *
 * Strategy, 8 Krisekommunikation: "I Region Nordjylland kommunikerer vi kun på vores egne sider,
 * da vi ikke finder det nødvendigt eller relevant at interagere på private eller andre sider."
 * A reply's `in-reply-to` is the post it answers; it must be on one of the region's own pages.
 *
 * Pure functions, no I/O. Hosts and paths from the lists are compared as literals.
 */

export interface PageUrl {
  /** Lower-case host without "www.", "m." and similar mobile prefixes. */
  host: string;
  /** Lower-case, decoded path segments, without empty ones. */
  segments: string[];
  /** Query parameters as written (names lower-case). */
  query: Map<string, string>;
  /** The URL as written. */
  raw: string;
}

const MOBILE_PREFIX = /^(?:www\d?|m|mobile|mbasic|touch|web)\./;

/** The same platform under another name (DESIGN §2: x is twitter). */
const HOST_ALIASES = new Map([
  ['x.com', 'twitter.com'],
  ['fb.com', 'facebook.com'],
  ['instagr.am', 'instagram.com'],
]);

/**
 * Why: `in-reply-to` is written by hand. "facebook.com/aalborguh/posts/1" without a scheme is
 * still clearly a URL; "Kommentar fra Hans" is not.
 */
export function parsePageUrl(value: string): PageUrl | undefined {
  const trimmed = value.trim();
  if (trimmed === '' || /\s/.test(trimmed)) return undefined;
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed)
    ? trimmed
    : /^[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+(?:[/?#]|$)/u.test(trimmed)
      ? `https://${trimmed}`
      : undefined;
  if (withScheme === undefined) return undefined;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  if (!url.hostname.includes('.')) return undefined;
  let host = url.hostname.toLowerCase().replace(/\.$/, '');
  while (MOBILE_PREFIX.test(host)) host = host.replace(MOBILE_PREFIX, '');
  host = HOST_ALIASES.get(host) ?? host;
  const segments = url.pathname
    .split('/')
    .filter((s) => s.length > 0)
    .map((s) => {
      try {
        return decodeURIComponent(s).toLowerCase();
      } catch {
        return s.toLowerCase();
      }
    });
  const query = new Map<string, string>();
  for (const [name, v] of url.searchParams) query.set(name.toLowerCase(), v);
  return { host, segments, query, raw: trimmed };
}

/** The host is `domain` or one of its sub-domains ("dk.linkedin.com" is on "linkedin.com"). */
export function onDomain(host: string, domain: string): boolean {
  const raw = domain.trim().toLowerCase().replace(/^\.|\.$/g, '');
  const d = HOST_ALIASES.get(raw) ?? raw;
  return d.length > 0 && (host === d || host.endsWith(`.${d}`));
}

/**
 * A list entry "host/path-prefix" ("facebook.com/profile.php", "linkedin.com/in"): the URL is on
 * that host and its path starts with those segments.
 */
export function matchesHostPath(url: PageUrl, entry: string): boolean {
  const [host = '', ...path] = entry.trim().toLowerCase().replace(/^https?:\/\//, '').split('/').filter((s) => s.length > 0);
  if (!onDomain(url.host, host.replace(MOBILE_PREFIX, ''))) return false;
  return path.every((segment, i) => url.segments[i] === segment);
}

/** Facebook posts of a page that has no user name: the page is the `id` parameter. */
const FACEBOOK_POST_SCRIPTS = new Set(['permalink.php', 'story.php', 'photo.php', 'photo', 'video.php']);

/**
 * Why: a registered page URL is a prefix of the URLs of its posts
 * ("https://www.facebook.com/aalborguh" → ".../aalborguh/posts/123"), compared on host and
 * whole path segments, case-insensitively ("/AalborgUH" is the same page; "/aalborguhx" is not).
 * A registered URL with query parameters ("profile.php?id=100064…") needs the same parameters,
 * and such a Facebook page also owns its `permalink.php?…&id=100064…` posts.
 */
export function isUrlOfPage(candidate: PageUrl, page: PageUrl): boolean {
  if (!onDomain(candidate.host, page.host)) return false;
  for (const [name, value] of page.query) if (candidate.query.get(name) !== value) return false;
  const prefix = page.segments.every((segment, i) => candidate.segments[i] === segment);
  if (prefix) return true;
  return page.query.size > 0 && page.segments.length === 1 && page.segments[0] === 'profile.php' && FACEBOOK_POST_SCRIPTS.has(candidate.segments[0] ?? '');
}
