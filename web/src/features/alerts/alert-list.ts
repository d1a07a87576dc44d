import type { AlertListItem } from '@server/http/routes/alerts/schema.js';
import { SEVERITIES } from './alert-options';

/** Lower case without accents, so "queda" finds "Queda" and "nao" finds "não". */
const fold = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();

/** The text search, done here on what the server listed (severity, tower, type and "not sent" are filtered there). */
export function filterAlerts(alerts: AlertListItem[], filter: { q?: string }): AlertListItem[] {
  const q = fold(filter.q?.trim() ?? '');
  if (!q) return alerts;
  return alerts.filter((a) => fold(a.message).includes(q) || fold(a.deviceName ?? '').includes(q) || fold(a.towerName ?? '').includes(q));
}

const RANK = new Map<string, number>(SEVERITIES.map((severity, index) => [severity, index]));

/**
 * What is open, worst first: critical before major before warning, newest first within each
 * (the server's order, kept by a stable sort). The history stays in time order.
 */
export function worstFirst(alerts: AlertListItem[]): AlertListItem[] {
  return [...alerts].sort((a, b) => (RANK.get(a.severity) ?? 9) - (RANK.get(b.severity) ?? 9));
}

export interface AlertRowModel {
  alert: AlertListItem;
  /** Shown right under the alert that explains it (its parent's outage). */
  nested: boolean;
}

/**
 * The server's order (newest first), except that a suppressed alert follows the alert that
 * suppressed it when that one is in the list: an outage reads as one block.
 */
export function groupByCause(alerts: AlertListItem[]): AlertRowModel[] {
  const ids = new Set(alerts.map((a) => a.id));
  const children = new Map<number, AlertListItem[]>();
  for (const a of alerts) {
    if (a.suppressedBy !== null && ids.has(a.suppressedBy) && a.suppressedBy !== a.id) {
      children.set(a.suppressedBy, [...(children.get(a.suppressedBy) ?? []), a]);
    }
  }
  const out: AlertRowModel[] = [];
  const placed = new Set<number>();
  const place = (a: AlertListItem, nested: boolean) => {
    if (placed.has(a.id)) return;
    placed.add(a.id);
    out.push({ alert: a, nested });
    for (const child of children.get(a.id) ?? []) place(child, true);
  };
  for (const a of alerts) {
    const underParent = a.suppressedBy !== null && ids.has(a.suppressedBy) && a.suppressedBy !== a.id;
    if (!underParent) place(a, false);
  }
  // A cycle of suppressions (never expected) must not hide alerts.
  for (const a of alerts) place(a, false);
  return out;
}

/** How long an alert lasted, or has been open until `now` (ms). */
export const alertDurationMs = (a: Pick<AlertListItem, 'startedAt' | 'resolvedAt'>, now: number) =>
  (a.resolvedAt ? new Date(a.resolvedAt).getTime() : now) - new Date(a.startedAt).getTime();
