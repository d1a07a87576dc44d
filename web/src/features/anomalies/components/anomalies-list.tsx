import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { AnomalyView } from '@server/http/routes/anomalies/schema.js';
import { formatDateTime, formatRelative } from '../../../lib/format';
import { formatAnomalyValue } from '../anomaly-format';

interface AnomaliesListProps {
  anomalies: AnomalyView[];
  loading: boolean;
  testId?: string;
}

/** Recent anomalies, open first: what thresholds did not catch, with what was usual. */
export function AnomaliesList({ anomalies, loading, testId = 'anomalies' }: AnomaliesListProps) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const sorted = [...anomalies].sort((a, b) => Number(a.endedAt !== null) - Number(b.endedAt !== null));
  if (!loading && sorted.length === 0) {
    return (
      <p className="rounded-lg border border-slate-200 bg-white p-4 text-sm text-slate-500" data-testid={`${testId}-empty`}>
        {t('anomalies.none')}
      </p>
    );
  }
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="min-w-full divide-y divide-slate-200 text-sm" data-testid={testId}>
        <thead className="bg-slate-50 text-left text-xs font-medium uppercase text-slate-500">
          <tr>
            <th className="px-3 py-2">{t('anomalies.device')}</th>
            <th className="px-3 py-2">{t('anomalies.metric')}</th>
            <th className="px-3 py-2">{t('anomalies.value')}</th>
            <th className="px-3 py-2">{t('anomalies.usual')}</th>
            <th className="px-3 py-2">{t('anomalies.since')}</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {sorted.map((a) => (
            <tr key={a.id} data-testid={`anomaly-row-${a.id}`} data-open={a.endedAt === null}>
              <td className="px-3 py-2">
                <Link to={`/equipment/${a.deviceId}`} className="font-medium text-sky-700 hover:underline">
                  {a.deviceName}
                </Link>
              </td>
              <td className="px-3 py-2 text-slate-700">
                {t(`anomalies.metrics.${a.metric}`)}
                {a.index !== null && a.metric !== 'rtt' && a.metric !== 'loss' ? <span className="text-slate-500"> #{a.index}</span> : null}
                <span className={a.direction === 'up' ? 'ml-1 text-red-700' : 'ml-1 text-amber-700'} aria-label={t(`anomalies.${a.direction}`)}>
                  {a.direction === 'up' ? '▲' : '▼'}
                </span>
              </td>
              <td className="px-3 py-2 font-medium text-slate-900" data-testid="anomaly-value">
                {formatAnomalyValue(a, a.value, locale)}
              </td>
              <td className="px-3 py-2 text-slate-600">~{formatAnomalyValue(a, a.expected, locale)}</td>
              <td className="px-3 py-2 text-slate-600" title={formatDateTime(a.startedAt, locale)}>
                {formatRelative(a.startedAt, locale)}
                {a.endedAt === null ? (
                  <span className="ml-2 rounded-full bg-amber-100 px-2 py-0.5 text-xs font-medium text-amber-800">{t('anomalies.ongoing')}</span>
                ) : (
                  <span className="ml-2 text-xs text-slate-500">{t('anomalies.ended', { when: formatRelative(a.endedAt, locale) })}</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
