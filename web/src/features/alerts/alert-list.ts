import type { AlertView } from '@server/http/routes/alerts/schema.js';
import type { Severity } from './alert-options';

/** Lower case without accents, so "queda" finds "Queda" and "nao" finds "não". */
const fold = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();

export function filterAlerts(alerts: AlertView[], filter: { severity?: Severity; q?: string }): AlertView[] {
  const q = fold(filter.q?.trim() ?? '');
  return alerts.filter((a) => (!filter.severity || a.severity === filter.severity) && (!q || fold(a.message).includes(q)));
}

export interface AlertRowModel {
  alert: AlertView;
  /** Shown right under the alert that explains it (its parent's outage). */
  nested: boolean;
}

/**
 * The server's order (newest first), except that a suppressed alert follows the alert that
 * suppressed it when that one is in the list: an outage reads as one block.
 */
export function groupByCause(alerts: AlertView[]): AlertRowModel[] {
  const ids = new Set(alerts.map((a) => a.id));
  const children = new Map<number, AlertView[]>();
  for (const a of alerts) {
    if (a.suppressedBy !== null && ids.has(a.suppressedBy) && a.suppressedBy !== a.id) {
      children.set(a.suppressedBy, [...(children.get(a.suppressedBy) ?? []), a]);
    }
  }
  const out: AlertRowModel[] = [];
  const placed = new Set<number>();
  const place = (a: AlertView, nested: boolean) => {
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
