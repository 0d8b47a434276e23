/** A message of one draft with the ids and draft offsets the report's marks and links use. */
import type { LintMessage } from '../../core/results.js';
import type { Platform } from '../../core/platform.js';

export interface PlacedMessage {
  message: LintMessage;
  /** `d3-m2`: the message's list item; its marks carry it as `data-m`. */
  id: string;
  /** [start, end) in the draft's source, when the draft's source is in the report. */
  range?: [number, number];
  /** The platforms it was found for (all the draft's, when the message names none). */
  platforms: readonly Platform[];
}

export function severityClass(severity: 1 | 2): 'e' | 'w' {
  return severity === 2 ? 'e' : 'w';
}

/** The opening tag of a message's mark; the id goes on its first run only. */
export function markTags(p: PlacedMessage, id: string): { open: string; firstOpen: string; close: string } {
  const attrs = `class="${severityClass(p.message.severity)}" data-m="${p.id}"`;
  return { open: `<mark ${attrs}>`, firstOpen: `<mark id="${id}" ${attrs}>`, close: '</mark>' };
}
