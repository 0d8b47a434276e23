/**
 * monitoring: the planned publish time (frontmatter `publish`) must fall inside the hours when
 * someone watches the page (config `monitoring`: days, from, to, timezone, holidays; default
 * Monday–Friday 08:00–16:00 Europe/Copenhagen, Danish public holidays unmonitored). A time
 * without an offset is wall-clock time in that zone; conversion goes through Intl, so summer
 * time is right. A date without a time says nothing about the hour and is not reported.
 */
import { checkPublishTime, parsePublish } from './lib/monitoring.js';
import { defineCheckKind } from './types.js';

const DA_DAYS = ['mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag', 'lørdag', 'søndag'];
const EN_DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

export const monitoring = defineCheckKind<Record<string, never>>({
  name: 'monitoring',
  meta: {
    description: 'Reports a planned publish time outside the monitored days and hours.',
    schema: { type: 'object', additionalProperties: false },
    messages: { day: ['local', 'localEn', 'holiday', 'days', 'daysEn', 'from', 'to', 'fromDa', 'toDa', 'timezone'], hour: ['local', 'localEn', 'holiday', 'days', 'daysEn', 'from', 'to', 'fromDa', 'toDa', 'timezone'], holiday: ['local', 'localEn', 'holiday', 'days', 'daysEn', 'from', 'to', 'fromDa', 'toDa', 'timezone'] },
  },
  create(_options, env) {
    const window = env.settings.monitoring;
    const days = { da: describeDays(window.days, DA_DAYS, 'og'), en: describeDays(window.days, EN_DAYS, 'and') };
    return (context) => {
      const publish = context.draft.frontmatter.publish;
      if (!publish) return;
      const settings = window;
      const instant = parsePublish(publish.raw, settings.timezone);
      if (!instant) return;
      const result = checkPublishTime(instant, settings);
      if (result.ok) return;
      context.report({
        start: publish.range.start,
        end: publish.range.end,
        messageId: result.reason,
        data: {
          local: result.local,
          localEn: result.localEn,
          holiday: result.holiday ?? '',
          days: days.da,
          daysEn: days.en,
          from: settings.from,
          to: settings.to,
          fromDa: settings.from.replace(':', '.'),
          toDa: settings.to.replace(':', '.'),
          timezone: settings.timezone,
        },
      });
    };
  },
});

/** "mandag–fredag", "mandag, onsdag og fredag", "alle dage". */
function describeDays(days: readonly number[], names: readonly string[], and: string): string {
  const sorted = [...new Set(days)].filter((d) => d >= 1 && d <= 7).sort((a, b) => a - b);
  if (sorted.length === 0) return '—';
  const runs: Array<[number, number]> = [];
  for (const d of sorted) {
    const last = runs[runs.length - 1];
    if (last && d === last[1] + 1) last[1] = d;
    else runs.push([d, d]);
  }
  const parts = runs.flatMap(([a, b]) =>
    b - a >= 2 ? [`${names[a - 1]}–${names[b - 1]}`] : a === b ? [names[a - 1]!] : [names[a - 1]!, names[b - 1]!],
  );
  return parts.length === 1 ? parts[0]! : `${parts.slice(0, -1).join(', ')} ${and} ${parts[parts.length - 1]}`;
}
