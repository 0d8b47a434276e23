/**
 * The planned publish time as the preview shows it: local time in the monitoring time zone, and
 * whether someone watches the page then (the same check as the monitoring rule).
 */
import { checkPublishTime, parsePublish, type MonitoringWindow } from '../checks/lib/monitoring.js';
import type { Lang } from '../core/lang.js';
import type { PreviewPublish } from '../core/preview.js';

export function previewPublish(raw: string, window: MonitoringWindow, lang: Lang): PreviewPublish {
  let instant: Date | null;
  try {
    instant = parsePublish(raw, window.timezone);
  } catch {
    return { raw }; // an unknown time zone: the config rule says so
  }
  if (!instant) return { raw };
  const check = checkPublishTime(instant, window);
  // The check words the local time only for a time outside the window; a window with no days
  // puts every time outside, so its wording serves every time (one wording, not two).
  const worded = check.ok ? checkPublishTime(instant, { ...window, days: [] }) : check;
  const local = worded.ok ? undefined : lang === 'da' ? worded.local : worded.localEn;
  return {
    raw,
    ...(local !== undefined ? { local } : {}),
    monitored: check.ok,
    ...(!check.ok ? { reason: check.reason } : {}),
    ...(!check.ok && check.holiday ? { holiday: check.holiday } : {}),
  };
}
