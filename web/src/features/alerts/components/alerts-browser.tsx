import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AlertListItem } from '@server/http/routes/alerts/schema.js';
import { Alert } from '../../../components/ui/alert';
import { FiltersFold } from '../../../components/ui/filters-fold';
import { cn } from '../../../lib/cn';
import { useErrorMessage } from '../../../lib/use-error-message';
import { useAcknowledgeAlert } from '../api/acknowledge-alert';
import { useAlertDeviceName } from '../api/get-alert-device';
import { alertLanguage, HISTORY_LIMIT, useAlerts, type AlertListParams } from '../api/get-alerts';
import { filterAlerts, groupByCause, worstFirst } from '../alert-list';
import { ALERT_TABS, type AlertTab } from '../alert-options';
import { activeFilters, useAlertListParams } from '../use-alert-list-params';
import { usePhone } from '../../../components/layouts/use-phone';
import { useFirstScreenful } from '../../../lib/use-first-screenful';
import { AffectedPanel } from './affected-panel';
import { AlertCards } from './alert-cards';
import { AlertFilters } from './alert-filters';
import { AlertsTable } from './alerts-table';
import { HistoryRangePicker } from './history-range-picker';

/** Open alerts and history, filtered by severity, tower, type, "not sent", text and (from a link) device; live through the stream. */
export function AlertsBrowser({ canAcknowledge }: { canAcknowledge: boolean }) {
  const { t, i18n } = useTranslation();
  const errorMessage = useErrorMessage();
  const { state, update } = useAlertListParams();
  const cards = usePhone();
  const filters = { deviceId: state.deviceId, towerId: state.towerId, type: state.type, severity: state.severity, notSent: state.notSent || undefined, lang: alertLanguage(i18n.language) };
  const params: AlertListParams = state.tab === 'open' ? { state: 'open', ...filters } : { state: 'resolved', range: state.range, ...filters };
  const alerts = useAlerts(params);
  const acknowledge = useAcknowledgeAlert();
  const [acknowledging, setAcknowledging] = useState<number | null>(null);
  const [affectedOf, setAffectedOf] = useState<AlertListItem | null>(null);
  const deviceName = useAlertDeviceName(state.deviceId ?? null);

  const items = alerts.data?.items ?? [];
  const matching = filterAlerts(items, { q: state.q });
  const rows = useFirstScreenful(groupByCause(state.tab === 'open' ? worstFirst(matching) : matching));
  const filtered = activeFilters(state) > 0 || state.deviceId !== undefined;
  const empty = filtered ? t('alerts.emptyFiltered') : state.tab === 'open' ? t('alerts.emptyOpen') : t('alerts.emptyHistory');

  const onAcknowledge = (alert: AlertListItem) => {
    setAcknowledging(alert.id);
    acknowledge.mutate(alert.id, { onSettled: () => setAcknowledging(null) });
  };

  const showTab = (tab: AlertTab) => update({ tab: tab === 'open' ? undefined : tab });
  const List = cards ? AlertCards : AlertsTable;

  return (
    <div className="min-w-0 space-y-4">
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
      <FiltersFold active={activeFilters(state)} testId="alerts-filters-toggle">
        <AlertFilters state={state} onChange={update} />
      </FiltersFold>
      {state.deviceId !== undefined ? (
        <div className="flex flex-wrap items-center gap-2 text-sm" data-testid="alerts-device-filter">
          <span className="rounded-full bg-sky-50 px-2 py-0.5 font-medium text-sky-800">{t('alerts.deviceFilter', { name: deviceName.data ?? '…' })}</span>
          <button type="button" className="text-sky-700 hover:underline" onClick={() => update({ deviceId: undefined })}>
            {t('alerts.clearDevice')}
          </button>
        </div>
      ) : null}
      {alerts.error ? <Alert tone="error">{errorMessage(alerts.error)}</Alert> : null}
      {acknowledge.error ? <Alert tone="error">{errorMessage(acknowledge.error)}</Alert> : null}
      <div data-testid={`alerts-list-${state.tab}`}>
        <List
          rows={rows}
          empty={empty}
          loading={alerts.isPending}
          onAcknowledge={canAcknowledge && state.tab === 'open' ? onAcknowledge : null}
          acknowledging={acknowledging}
          onShowAffected={setAffectedOf}
        />
      </div>
      {state.tab === 'history' && items.length >= HISTORY_LIMIT ? <p className="text-xs text-slate-500">{t('alerts.truncated', { count: HISTORY_LIMIT })}</p> : null}
      <AffectedPanel alert={affectedOf} onClose={() => setAffectedOf(null)} />
    </div>
  );
}
