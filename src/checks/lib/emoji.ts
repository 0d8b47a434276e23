/**
 * Emoji as people see them: `\p{RGI_Emoji}` (regex `v` flag) counts a ZWJ sequence such as
 * 👩‍⚕️ or a flag as one emoji, where counting code points would count three.
 */
import type { Range } from '../../draft/types.js';

const EMOJI = /\p{RGI_Emoji}/gv;
// Every RGI emoji contains a character from these ranges. Compiling the emoji regex costs
// tens of milliseconds, so text without any of them (most posts) never pays for it.
const MAYBE_EMOJI = /[\u00a9\u00ae\u203c-\u3299\u{1f000}-\u{1faff}\u{e0061}-\u{e007f}]/u;

export function findEmoji(text: string): Array<Range & { emoji: string }> {
  const out: Array<Range & { emoji: string }> = [];
  if (!MAYBE_EMOJI.test(text)) return out;
  for (const m of text.matchAll(EMOJI)) out.push({ start: m.index, end: m.index + m[0].length, emoji: m[0] });
  return out;
}
