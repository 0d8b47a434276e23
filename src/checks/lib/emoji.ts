/**
 * Emoji as people see them: `\p{RGI_Emoji}` (regex `v` flag) counts a ZWJ sequence such as
 * 👩‍⚕️ or a flag as one emoji, where counting code points would count three.
 *
 * Running that regex over a whole text is slow (it tries thousands of sequences at every
 * position: about a second per MB), so it only runs where an emoji can start. Every RGI emoji
 * contains a character from CANDIDATE within its first three code units: single emoji, flags,
 * tag and modifier sequences start with one, and keycaps (1️⃣ = "1" FE0F 20E3) end with U+20E3.
 */
import type { Range } from '../../draft/types.js';

let emojiAt: RegExp | undefined;
/** Compiled on first need: `\p{RGI_Emoji}` costs ~15 ms to build, and a post without a candidate never needs it. */
const emojiPattern = (): RegExp => (emojiAt ??= new RegExp('\\p{RGI_Emoji}', 'vy'));
const CANDIDATE = /[\u00a9\u00ae\u203c-\u3299\u{1f000}-\u{1faff}\u{e0061}-\u{e007f}]/gu;

/** The last text asked about: several rules (emoji per post, per paragraph, per platform) ask about the same published text. */
let last: { text: string; emoji: ReadonlyArray<Range & { emoji: string }> } | undefined;

export function findEmoji(text: string): ReadonlyArray<Range & { emoji: string }> {
  if (last?.text !== text) last = { text, emoji: scan(text) };
  return last.emoji;
}

function scan(text: string): Array<Range & { emoji: string }> {
  const out: Array<Range & { emoji: string }> = [];
  let floor = 0;
  for (const candidate of text.matchAll(CANDIDATE)) {
    const at = candidate.index;
    if (at < floor) continue;
    const EMOJI_AT = emojiPattern();
    for (let start = Math.max(floor, at - 2); start <= at; start++) {
      EMOJI_AT.lastIndex = start;
      const m = EMOJI_AT.exec(text);
      if (!m) continue;
      out.push({ start, end: start + m[0].length, emoji: m[0] });
      floor = start + m[0].length;
      break;
    }
  }
  return out;
}
