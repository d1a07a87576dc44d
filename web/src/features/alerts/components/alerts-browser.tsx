import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AlertView } from '@server/http/routes/alerts/schema.js';
import { Alert } from '../../../components/ui/alert';
import { cn } from '../../../lib/cn';
import { useErrorMessage } from '../../../lib/use-error-message';
import { useAcknowledgeAlert } from '../api/acknowledge-alert';
import { useAlertDeviceName } from '../api/get-alert-device';
import { HISTORY_LIMIT, useAlerts, type AlertListParams } from '../api/get-alerts';
import { filterAlerts, groupByCause } from '../alert-list';
import { ALERT_TABS, type AlertTab } from '../alert-options';
import { useAlertListParams } from '../use-alert-list-params';
import { AlertFilters } from './alert-filters';
import { AlertsTable } from './alerts-table';
import { HistoryRangePicker } from './history-range-picker';

/** Open alerts and history, filtered by severity, text and (from a link) device; live through the stream. */
export function AlertsBrowser({ canAcknowledge }: { canAcknowledge: boolean }) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const { state, update } = useAlertListParams();
  const params: AlertListParams = state.tab === 'open' ? { state: 'open', deviceId: state.deviceId } : { state: 'resolved', range: state.range, deviceId: state.deviceId };
  const alerts = useAlerts(params);
  const acknowledge = useAcknowledgeAlert();
  const [acknowledging, setAcknowledging] = useState<number | null>(null);
  const deviceName = useAlertDeviceName(state.deviceId ?? null);

  const items = alerts.data?.items ?? [];
  const rows = groupByCause(filterAlerts(items, { severity: state.severity, q: state.q }));
  const empty = items.length > 0 ? t('alerts.emptyFiltered') : state.tab === 'open' ? t('alerts.emptyOpen') : t('alerts.emptyHistory');

  const onAcknowledge = (alert: AlertView) => {
    setAcknowledging(alert.id);
    acknowledge.mutate(alert.id, { onSettled: () => setAcknowledging(null) });
  };

  const showTab = (tab: AlertTab) => update({ tab: tab === 'open' ? undefined : tab });

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-end justify-between gap-2 border-b border-slate-200">
        <div role="tablist" className="flex gap-1">
          {ALERT_TABS.map((key) => (
            <button
              key={key}
              type="button"
              role="tab"
              aria-selected={state.tab === key}
              data-testid={`alerts-tab-${key}`}
              onClick={() => showTab(key)}
              className={cn(
                '-mb-px whitespace-nowrap border-b-2 px-3 py-2 text-sm font-medium',
                state.tab === key ? 'border-sky-700 text-sky-800' : 'border-transparent text-slate-600 hover:text-slate-900',
              )}
            >
              {t(`alerts.tabs.${key}`)}
            </button>
          ))}
        </div>
        {state.tab === 'history' ? (
          <div className="pb-2">
            <HistoryRangePicker value={state.range} onChange={(range) => update({ range: range === '24h' ? undefined : range })} />
          </div>
        ) : null}
      </div>
      <AlertFilters state={state} onChange={update} />
      {state.deviceId !== undefined ? (
        <div className="flex flex-wrap items-center gap-2 text-sm" data-testid="alerts-device-filter">
          <span className="rounded-full bg-sky-50 px-2 py-0.5 font-medium text-sky-800">{t('alerts.deviceFilter', { name: deviceName.data ?? `#${state.deviceId}` })}</span>
          <button type="button" className="text-sky-700 hover:underline" onClick={() => update({ deviceId: undefined })}>
            {t('alerts.clearDevice')}
          </button>
        </div>
      ) : null}
      {alerts.error ? <Alert tone="error">{errorMessage(alerts.error)}</Alert> : null}
      {acknowledge.error ? <Alert tone="error">{errorMessage(acknowledge.error)}</Alert> : null}
      <div data-testid={`alerts-list-${state.tab}`}>
        <AlertsTable rows={rows} empty={empty} loading={alerts.isPending} onAcknowledge={canAcknowledge && state.tab === 'open' ? onAcknowledge : null} acknowledging={acknowledging} />
      </div>
      {state.tab === 'history' && items.length >= HISTORY_LIMIT ? <p className="text-xs text-slate-500">{t('alerts.truncated', { count: HISTORY_LIMIT })}</p> : null}
    </div>
  );
}
