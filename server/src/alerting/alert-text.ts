import type { Alert } from '../db/repos/alerts.js';
import type { NotifyPhase } from './alert-engine.js';
import type { Language } from './messages.js';
import { escapeHtml } from './notifiers/html.js';

const ICON: Record<Alert['severity'], string> = { critical: '🔴', major: '🟠', warning: '🟡', info: 'ℹ️' };
const WORDS = {
  'pt-BR': { still: 'Ainda', resolved: 'Resolvido', since: 'Desde', duration: 'Duração', open: 'Abrir no painel', ack: 'Reconhecer', min: 'min', h: 'h', d: 'd', s: 's' },
  en: { still: 'Still', resolved: 'Resolved', since: 'Since', duration: 'Duration', open: 'Open in the dashboard', ack: 'Acknowledge', min: 'min', h: 'h', d: 'd', s: 's' },
} as const;

/** "3 h 12 min", "45 s": how long an outage lasted, as an on-call technician reads it. */
export function formatDuration(ms: number, language: Language): string {
  const w = WORDS[language];
  const s = Math.max(0, Math.round(ms / 1000));
  if (s < 60) return `${s} ${w.s}`;
  const m = Math.floor(s / 60);
  if (m < 60) return `${m} ${w.min}`;
  const h = Math.floor(m / 60);
  if (h < 24) return m % 60 ? `${h} ${w.h} ${m % 60} ${w.min}` : `${h} ${w.h}`;
  const d = Math.floor(h / 24);
  return h % 24 ? `${d} ${w.d} ${h % 24} ${w.h}` : `${d} ${w.d}`;
}

/**
 * An alert as a Telegram message (HTML parse mode, every value escaped): what, since when,
 * on recovery how long it lasted, and a link to the device in the dashboard.
 */
export function alertText(alert: Alert, phase: NotifyPhase, o: { language: Language; publicUrl?: string; timeZone?: string }): string {
  const w = WORDS[o.language];
  const when = (ms: number) => new Date(ms).toLocaleString(o.language, { timeZone: o.timeZone, dateStyle: 'short', timeStyle: 'short' });
  const lines =
    phase === 'open'
      ? [`${ICON[alert.severity]} <b>${escapeHtml(alert.message)}</b>`, `${w.since}: ${escapeHtml(when(alert.startedAt))}`]
      : phase === 'repeat'
        ? [`🔁 <b>${w.still}: ${escapeHtml(alert.message)}</b>`, `${w.since}: ${escapeHtml(when(alert.startedAt))}`]
        : [
          `✅ <b>${w.resolved}: ${escapeHtml(alert.message)}</b>`,
          `${w.duration}: ${formatDuration((alert.resolvedAt ?? alert.startedAt) - alert.startedAt, o.language)}`,
        ];
  if (o.publicUrl && alert.deviceId !== null) lines.push(`<a href="${escapeHtml(`${o.publicUrl.replace(/\/+$/, '')}/equipment/${alert.deviceId}`)}">${w.open}</a>`);
  if (phase !== 'resolved') lines.push(`/ack ${alert.id}`);
  return lines.join('\n');
}
