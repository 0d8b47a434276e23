/**
 * Completion inside the frontmatter: its keys, the keys of a `media` item, and the values rnsocial
 * knows (platforms, post types, `people`, the pages the config registers).
 */
import { CompletionItemKind, type CompletionItem, type Position } from 'vscode-languageserver';
import { PLATFORM_NAMES } from '../core/platform.js';
import { FRONTMATTER_KEYS, MEDIA_KEYS } from '../draft/frontmatter.js';
import { PEOPLE_VALUES, POST_TYPES } from '../draft/types.js';

export interface CompletionSources {
  /** The page names the config registers (`pages[].name`). */
  pages: readonly string[];
}

const FENCE = /^---[ \t]*$/;
const CLOSING_FENCE = /^(?:---|\.\.\.)[ \t]*$/;

/** The completions at `position` of the editor's text; none outside the frontmatter. */
export function frontmatterCompletions(editorText: string, position: Position, sources: CompletionSources): CompletionItem[] {
  const lines = editorText.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  if (!FENCE.test(lines[0] ?? '') || position.line === 0 || position.line >= lines.length) return [];
  const closing = lines.findIndex((line, i) => i > 0 && CLOSING_FENCE.test(line));
  if (closing !== -1 && position.line >= closing) return [];
  const body = lines.slice(1, closing === -1 ? lines.length : closing);
  const line = lines[position.line]!;
  const before = line.slice(0, position.character);
  const parentKey = topLevelKeyAbove(lines, position.line);

  // `key|` at the start of a line: the keys not written yet.
  const key = /^([A-Za-z-]*)$/.exec(before);
  if (key && !/:/.test(line)) {
    const used = new Set(body.flatMap((l) => /^([A-Za-z-]+)\s*:/.exec(l)?.[1] ?? []));
    return FRONTMATTER_KEYS.filter((k) => !used.has(k)).map((k) => item(k, CompletionItemKind.Property, position, key[1]!.length, `${k}: `));
  }

  // `key: value|` on a top-level line.
  const value = /^([A-Za-z-]+):([ \t]*)(.*)$/.exec(before);
  if (value) return valueItems(value[1]!, value[3]!, value[2] === '', position, sources);

  // Inside a list or mapping under a top-level key.
  const nested = /^[ \t]+(?:-[ \t]+)?(?:([A-Za-z]+):([ \t]*))?(.*)$/.exec(before);
  if (nested && parentKey === 'media') {
    if (nested[1] === undefined) return /^[A-Za-z]*$/.test(nested[3]!) ? MEDIA_KEYS.map((k) => item(k, CompletionItemKind.Property, position, nested[3]!.length, `${k}: `)) : [];
    if (nested[1] === 'people') return values(PEOPLE_VALUES, nested[3]!, nested[2] === '', position);
    return [];
  }
  if (nested && parentKey === 'platform' && nested[1] === undefined && /^[ \t]+-[ \t]/.test(before)) return values(PLATFORM_NAMES, nested[3]!, false, position);
  return [];
}

function valueItems(key: string, typed: string, needsSpace: boolean, position: Position, sources: CompletionSources): CompletionItem[] {
  switch (key) {
    case 'platform': {
      // A flow list `[facebook, inst|`: complete the item being typed.
      const item = /(?:^\[|,)[ \t]*([^,\]]*)$/.exec(typed);
      return values(PLATFORM_NAMES, item ? item[1]! : typed, needsSpace, position);
    }
    case 'type':
      return values(POST_TYPES, typed, needsSpace, position);
    case 'page':
      return values(sources.pages, typed, needsSpace, position);
    default:
      return [];
  }
}

function values(list: readonly string[], typed: string, needsSpace: boolean, position: Position): CompletionItem[] {
  return list.map((v) => item(v, CompletionItemKind.Value, position, typed.length, needsSpace ? ` ${v}` : v));
}

/** The item replaces what was typed of it (a page name has spaces, so word boundaries will not do). */
function item(label: string, kind: CompletionItemKind, position: Position, typedLength: number, newText: string): CompletionItem {
  return {
    label,
    kind,
    filterText: newText.trimStart(),
    textEdit: { range: { start: { line: position.line, character: position.character - typedLength }, end: position }, newText },
  };
}

/** The nearest unindented `key:` above the line (the mapping or list the line belongs to). */
function topLevelKeyAbove(lines: readonly string[], line: number): string | undefined {
  for (let i = line - 1; i > 0; i--) {
    const m = /^([A-Za-z-]+)\s*:/.exec(lines[i]!);
    if (m) return m[1];
    if (/^\S/.test(lines[i]!)) return undefined;
  }
  return undefined;
}
