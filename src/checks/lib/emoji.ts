/**
 * Emoji as people see them: `\p{RGI_Emoji}` (regex `v` flag) counts a ZWJ sequence such as
 * 👩‍⚕️ or a flag as one emoji, where counting code points would count three.
 */
import type { Range } from '../../draft/types.js';

const EMOJI = /\p{RGI_Emoji}/gv;

export function findEmoji(text: string): Array<Range & { emoji: string }> {
  const out: Array<Range & { emoji: string }> = [];
  for (const m of text.matchAll(EMOJI)) out.push({ start: m.index, end: m.index + m[0].length, emoji: m[0] });
  return out;
}
