import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Incident } from '@server/http/routes/incidents/schema.js';
import { formatDateTime, formatRelative } from '../../../lib/format';
import { useNow } from '../../../lib/use-now';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { useErrorMessage } from '../../../lib/use-error-message';
import { useAcknowledgeIncident } from '../api/acknowledge-incident';
import { AffectedDialog } from './affected-dialog';
import { IncidentCause } from './incident-cause';
import { SeverityChip } from './severity-chip';
import { nowRows } from '../lone-customers';

/** Columns on a wide screen; on a phone each row is a card with the same parts stacked. */
const ROW = 'grid gap-x-4 gap-y-2 md:grid-cols-[minmax(0,2fr)_minmax(0,1.6fr)_minmax(0,1fr)_minmax(0,1fr)] md:items-center';

/** The tower's or the devices' names; the internet's is translated by the caller. */
function incidentTitle(i: Incident, internet: string): string {
  if (i.kind === 'internet') return internet;
  if (i.kind === 'tower' && i.tower) return i.tower.name;
  return i.causes.map((d) => d.name).join(', ');
}

/** "Agora": one row per open root cause, worst first; its counts open the affected devices. */
export function NowList({ incidents, loading, canAcknowledge }: { incidents: readonly Incident[]; loading: boolean; canAcknowledge: boolean }) {
  const { t, i18n } = useTranslation();
  const now = useNow();
  const [open, setOpen] = useState<Incident | null>(null);
  const [showLone, setShowLone] = useState(false);
  const { rows, loneCustomers } = nowRows(incidents, showLone);
  const acknowledge = useAcknowledgeIncident();
  const errorMessage = useErrorMessage();

  return (
    <section className="space-y-2" data-testid="incidents-now">
      <h2 className="text-base font-semibold text-slate-900">{t('incidents.now.title')}</h2>
      {acknowledge.error ? <Alert tone="error">{errorMessage(acknowledge.error)}</Alert> : null}
      {incidents.length === 0 ? (
        <p className="rounded-lg border border-emerald-200 bg-emerald-50 px-4 py-3 text-sm text-emerald-900" data-testid="incidents-empty">
          {loading ? t('common.loading') : t('incidents.now.empty')}
        </p>
      ) : (
        <div className="overflow-hidden rounded-lg border border-slate-200 bg-white">
          <div className={`${ROW} hidden border-b border-slate-200 bg-slate-50 px-4 py-2 text-xs font-medium uppercase tracking-wide text-slate-500 md:grid`} aria-hidden="true">
            <span>{t('incidents.now.cause')}</span>
            <span>{t('incidents.now.affects')}</span>
            <span>{t('incidents.now.since')}</span>
            <span>{t('incidents.now.acknowledged')}</span>
          </div>
          <ul className="divide-y divide-slate-100">
            {rows.map((i) => (
              <li key={i.key} className={`${ROW} border-l-4 px-4 py-3 ${i.maintenance ? 'border-l-blue-400' : i.kind === 'device' ? 'border-l-amber-400' : 'border-l-red-600'}`} data-testid="incident-row" data-key={i.key} data-kind={i.kind}>
                <div className="flex min-w-0 items-start gap-2">
                  <IncidentCause incident={i} />
                  {i.severity ? <SeverityChip severity={i.severity} /> : null}
                </div>
                <div>
                  <button
                    type="button"
                    onClick={() => setOpen(i)}
                    className="flex flex-wrap gap-x-2 gap-y-1 text-left text-sm text-sky-700 hover:underline"
                    title={t('incidents.counts.open', { count: i.affected })}
                    data-testid="incident-affected"
                    data-towers={i.towers}
                    data-infrastructure={i.infrastructure}
                    data-customers={i.customers}
                  >
                    <span className="whitespace-nowrap">{t('incidents.counts.towers', { count: i.towers })}</span>
                    <span aria-hidden="true">·</span>
                    <span className="whitespace-nowrap">{t('incidents.counts.infrastructure', { count: i.infrastructure })}</span>
                    <span aria-hidden="true">·</span>
                    <span className="whitespace-nowrap">{t('incidents.counts.customers', { count: i.customers })}</span>
                  </button>
                </div>
                <div className="text-sm text-slate-700" title={i.since ? formatDateTime(i.since, i18n.language) : undefined} data-testid="incident-since">
                  {/* The server's clock may run a little ahead of this one: never "in 4 seconds". */}
                  {i.since ? formatRelative(i.since, i18n.language, Math.max(now, Date.parse(i.since))) : '—'}
                </div>
                <div className="text-sm" data-testid="incident-ack">
                  {i.maintenance ? (
                    <span className="mr-2 inline-flex rounded-full bg-blue-50 px-2 py-0.5 text-xs font-medium text-blue-800 ring-1 ring-inset ring-blue-600/30" data-testid="incident-maintenance">
                      {t('incidents.now.maintenance')}
                    </span>
                  ) : null}
                  {i.acknowledgedBy ? (
                    <span className="text-slate-700">{t('incidents.now.ackBy', { name: i.acknowledgedBy })}</span>
                  ) : canAcknowledge && i.alertIds.length > 0 ? (
                    <Button
                      variant="secondary"
                      small
                      disabled={acknowledge.isPending && acknowledge.variables === i.alertIds}
                      onClick={() => acknowledge.mutate(i.alertIds)}
                      data-testid="incident-acknowledge"
                    >
                      {acknowledge.isPending && acknowledge.variables === i.alertIds ? t('alerts.acknowledging') : t('alerts.acknowledge')}
                    </Button>
                  ) : (
                    <span className="text-slate-500">{t('incidents.now.notAcknowledged')}</span>
                  )}
                </div>
              </li>
            ))}
          </ul>
          {loneCustomers > 0 ? (
            <button
              type="button"
              onClick={() => setShowLone((v) => !v)}
              aria-expanded={showLone}
              className="w-full border-t border-slate-100 px-4 py-2 text-left text-sm text-sky-700 hover:bg-slate-50 hover:underline"
              data-testid="incidents-lone-customers"
              data-count={loneCustomers}
            >
              {showLone ? t('incidents.now.hideLoneCustomers', { count: loneCustomers }) : t('incidents.now.loneCustomers', { count: loneCustomers })}
            </button>
          ) : null}
        </div>
      )}
      <AffectedDialog incidentKey={open?.key ?? null} title={open ? incidentTitle(open, t('incidents.now.internet')) : ''} onClose={() => setOpen(null)} />
    </section>
  );
}
