/**
 * markdown-syntax: Markdown that the platforms show raw, as stray characters: headings
 * ("# Overskrift"), emphasis and bold (*…*, _…_, **…**), [text](url) links, tables, code and
 * inline code, block quotes and HTML tags. `kinds` says which constructs to report (the Twitter
 * pack leaves out thematic breaks: there they separate the posts of a thread).
 *
 * Lists are not reported by default: a plain list ("- punkt", "• punkt", "* punkt", "+ punkt",
 * "1. punkt") shows on Facebook, LinkedIn, Instagram and X exactly as written, one item a line,
 * and reads as a list – the marker is the bullet the writer meant, not a stray character. A team
 * that wants another style names the markers to report in `listMarkers` ("-", "*", "+", "1.",
 * "1)"). Inline images are the draft format's way to attach media and are never reported.
 */
import type { SyntaxNode } from '../draft/text-model.js';
import { headOf } from './lib/scopes.js';
import { defineCheckKind } from './types.js';

const KINDS = ['heading', 'emphasis', 'strong', 'link', 'list', 'table', 'code', 'inlineCode', 'blockquote', 'html', 'thematicBreak'] as const;
type Kind = (typeof KINDS)[number];
/** Every construct's message fills {snippet}; some say more (the inner text, the marker, the URL). */
const MESSAGES: Record<Kind, readonly string[]> = {
  heading: ['snippet'],
  emphasis: ['snippet', 'inner'],
  strong: ['snippet', 'inner'],
  link: ['snippet', 'url', 'label'],
  list: ['snippet', 'marker'],
  table: ['snippet'],
  code: ['snippet'],
  inlineCode: ['snippet', 'inner'],
  blockquote: ['snippet'],
  html: ['snippet'],
  thematicBreak: ['snippet'],
};
const LIST_MARKERS = ['-', '*', '+', '1.', '1)'] as const;
type ListMarker = (typeof LIST_MARKERS)[number];

export interface MarkdownSyntaxOptions {
  kinds?: Kind[];
  listMarkers?: ListMarker[];
}

/** Constructs that span lines are pointed at by their first line. */
const BLOCKS = new Set<SyntaxNode['kind']>(['list', 'table', 'code', 'blockquote']);

export const markdownSyntax = defineCheckKind<MarkdownSyntaxOptions>({
  name: 'markdown-syntax',
  meta: {
    description: 'Reports Markdown syntax that the platform shows raw instead of rendering it.',
    schema: {
      type: 'object',
      properties: {
        kinds: { type: 'array', items: { enum: KINDS }, uniqueItems: true },
        listMarkers: { type: 'array', items: { enum: LIST_MARKERS }, uniqueItems: true },
      },
      additionalProperties: false,
    },
    messages: MESSAGES,
    requiredMessages: (options) => options.kinds ?? KINDS.filter((k) => k !== 'thematicBreak'),
  },
  create(options) {
    const kinds = new Set<string>(options.kinds ?? KINDS.filter((k) => k !== 'thematicBreak'));
    const markers = new Set<string>(options.listMarkers ?? []);
    return (context) => {
      const { draft } = context;
      const { text, model } = draft;
      for (const node of model.syntax) {
        if (!kinds.has(node.kind)) continue;
        const data: Record<string, string> = { snippet: snippet(text.slice(node.start, node.end)) };
        if (node.kind === 'list') {
          const marker = listMarker(text, node.start);
          if (!marker || !markers.has(marker.kind)) continue;
          data.marker = marker.written;
        }
        if (node.kind === 'link') {
          const link = model.markdownLinks.find((l) => l.start === node.start && l.end === node.end);
          data.url = link?.url ?? '';
          data.label = model.prose.slice(node.start, node.end).trim();
        }
        if (node.kind === 'emphasis' || node.kind === 'strong' || node.kind === 'inlineCode') {
          data.inner = model.prose.slice(node.start, node.end).trim() || text.slice(node.start, node.end).replace(/^[`*_~]+|[`*_~]+$/g, '');
        }
        const at = BLOCKS.has(node.kind) ? headOf(draft, node) : node;
        context.report({ start: at.start, end: at.end, messageId: node.kind, data });
      }
    };
  },
});

/** The marker of the list's first item: "-", "*", "+", or a number followed by "." or ")". */
function listMarker(text: string, start: number): { kind: ListMarker; written: string } | undefined {
  const m = /^[ \t]*(?:([-*+])|(\d{1,9})([.)]))/.exec(text.slice(start, start + 16));
  if (!m) return undefined;
  if (m[1]) return { kind: m[1] as ListMarker, written: m[1] };
  return { kind: `1${m[3]}` as ListMarker, written: `${m[2]}${m[3]}` };
}

function snippet(source: string): string {
  const line = source.split(/\r\n|\r|\n/)[0]!.trim();
  return line.length > 40 ? `${line.slice(0, 39)}…` : line;
}
