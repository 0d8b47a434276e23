/** Frontmatter completion: keys not written yet, known values, nothing outside the frontmatter. */
import type { CompletionItem } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { describe, expect, it } from 'vitest';
import { frontmatterCompletions } from '../../src/lsp/completion.js';

const PAGES = { pages: ['Aalborg Universitetshospital', 'Region Nordjylland'] };

/** Completions at the `|` in `text`. */
function at(textWithCursor: string): CompletionItem[] {
  const offset = textWithCursor.indexOf('|');
  const text = textWithCursor.replace('|', '');
  const doc = TextDocument.create('file:///x.md', 'markdown', 1, text);
  return frontmatterCompletions(text, doc.positionAt(offset), PAGES);
}
const labels = (items: CompletionItem[]): string[] => items.map((i) => i.label);

/** The text after accepting the item labelled `label`. */
function accept(textWithCursor: string, label: string): string {
  const text = textWithCursor.replace('|', '');
  const item = at(textWithCursor).find((i) => i.label === label)!;
  const edit = item.textEdit as { range: import('vscode-languageserver').Range; newText: string };
  return TextDocument.applyEdits(TextDocument.create('file:///x.md', 'markdown', 1, text), [edit]);
}

describe('frontmatter completion', () => {
  it('offers the keys not written yet at the start of a line', () => {
    expect(labels(at('---\nplatform: facebook\n|\n---\nTekst\n'))).toEqual(['page', 'type', 'publish', 'in-reply-to', 'media']);
    expect(accept('---\nplatform: facebook\npa|\n---\n', 'page')).toBe('---\nplatform: facebook\npage: \n---\n');
  });

  it('offers platforms (with the x alias), post types and the config’s pages as values', () => {
    expect(labels(at('---\nplatform: |\n---\n'))).toEqual(['facebook', 'linkedin', 'twitter', 'instagram', 'x']);
    expect(labels(at('---\ntype: |\n---\n'))).toEqual(['post', 'reply', 'crisis', 'job', 'event', 'campaign']);
    expect(accept('---\npage: Aalborg U|\n---\n', 'Aalborg Universitetshospital')).toBe('---\npage: Aalborg Universitetshospital\n---\n');
    expect(accept('---\ntype:|\n---\n', 'job')).toBe('---\ntype: job\n---\n');
  });

  it('completes the item being typed in a platform list, flow or block style', () => {
    expect(accept('---\nplatform: [facebook, inst|]\n---\n', 'instagram')).toBe('---\nplatform: [facebook, instagram]\n---\n');
    expect(labels(at('---\nplatform:\n  - |\n---\n'))).toContain('linkedin');
  });

  it('inside a media item: its keys, and the people values', () => {
    expect(labels(at('---\nmedia:\n  - src: a.jpg\n    |\n---\n'))).toEqual(['src', 'alt', 'people', 'consent']);
    expect(labels(at('---\nmedia:\n  - src: a.jpg\n    people: |\n---\n'))).toEqual(['none', 'situation', 'written']);
  });

  it('offers nothing in the body, on the fences, or in a draft without frontmatter', () => {
    expect(at('---\nplatform: facebook\n---\n|')).toEqual([]);
    expect(at('|---\nplatform: facebook\n---\n')).toEqual([]);
    expect(at('Tekst uden frontmatter\n|')).toEqual([]);
    expect(at('---\npublish: |\n---\n')).toEqual([]);
  });

  it('works after a BOM and with CRLF', () => {
    expect(labels(at('\uFEFF---\r\ntype: |\r\n---\r\n'))).toContain('crisis');
  });
});
