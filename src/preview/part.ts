/**
 * One part of a preview: what the reader sees of a MappedText (the published text or a thread
 * part) with inline images cut out, its pieces back to the draft, and the entities inside it.
 */
import { visibleText } from '../checks/lib/mapped.js';
import type { Platform } from '../core/platform.js';
import type { PreviewEntity, PreviewPart, PreviewPiece } from '../core/preview.js';
import type { MappedText } from '../draft/mapped-text.js';
import type { Entity } from '../draft/text-model.js';
import type { Range } from '../draft/types.js';
import { firstIndex } from '../text/sorted-index.js';
import { linkDisplay } from './link-display.js';

export interface PartText {
  text: string;
  pieces: PreviewPiece[];
  entities: PreviewEntity[];
}

/** The visible text of `mapped` (as platform/length and platform/fold measure it) with its pieces and entities. */
export function partText(mapped: MappedText, hidden: readonly Range[], entities: readonly Entity[], platform: Platform): PartText {
  const visible = visibleText(mapped, hidden);
  const pieces = piecesOf(visible.text.length, (i) => mapped.toSource(visible.offsets[i]!));
  return { text: visible.text, pieces, entities: entitiesIn(pieces, entities, visible.text, platform) };
}

/** Runs of consecutive characters that are consecutive in the draft too. */
function piecesOf(length: number, sourceOf: (i: number) => number): PreviewPiece[] {
  const pieces: PreviewPiece[] = [];
  let last: PreviewPiece | undefined;
  for (let i = 0; i < length; i++) {
    const source = sourceOf(i);
    if (last && source === last.source + last.length) last.length++;
    else pieces.push((last = { at: i, source, length: 1 }));
  }
  return pieces;
}

/** The part offset of a draft offset, or undefined when that character is not in the part. */
export function partOffset(pieces: readonly PreviewPiece[], source: number): number | undefined {
  // pieces follow the draft in order: the first that ends after `source` is the only candidate
  const i = firstIndex(0, pieces.length, (k) => pieces[k]!.source + pieces[k]!.length > source);
  const piece = pieces[i];
  return piece && piece.source <= source ? piece.at + (source - piece.source) : undefined;
}

/** The draft's entities that lie wholly in this part, in part offsets. */
function entitiesIn(pieces: readonly PreviewPiece[], entities: readonly Entity[], text: string, platform: Platform): PreviewEntity[] {
  const out: PreviewEntity[] = [];
  for (const e of entities) {
    const start = partOffset(pieces, e.start);
    const last = partOffset(pieces, e.end - 1);
    if (start === undefined || last === undefined || last < start) continue;
    const entity: PreviewEntity = { kind: e.kind, start, end: last + 1 };
    if (e.kind === 'url') {
      const display = linkDisplay(text.slice(start, last + 1), platform);
      if (display !== text.slice(start, last + 1)) entity.display = display;
    }
    out.push(entity);
  }
  return out;
}
