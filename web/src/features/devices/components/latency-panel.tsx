import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/ui/alert';
import { cn } from '../../../lib/cn';
import { useErrorMessage } from '../../../lib/use-error-message';
import { useDeviceLatency } from '../api/get-device-latency';
import { LATENCY_RANGES, type LatencyRange } from '../latency-ranges';
import { LatencyChart } from './latency-chart';

/** The chart with its range buttons; refetches live with the other device queries. */
export function LatencyPanel({ deviceId }: { deviceId: number }) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const [range, setRange] = useState<LatencyRange>('1h');
  const latency = useDeviceLatency(deviceId, range);

  return (
    <section className="space-y-2 rounded-lg border border-slate-200 bg-white p-4" data-testid="latency-chart" data-range={range} data-tier={latency.data?.tier}>
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 className="text-base font-semibold text-slate-900">{t('deviceDetail.latencyTitle')}</h2>
        <div role="group" aria-label={t('deviceDetail.range')} className="inline-flex overflow-hidden rounded-md border border-slate-300">
          {LATENCY_RANGES.map((r) => (
            <button
              key={r}
              type="button"
              aria-pressed={r === range}
              data-testid={`range-${r}`}
              onClick={() => setRange(r)}
              className={cn('px-3 py-1 text-sm', r === range ? 'bg-sky-700 text-white' : 'bg-white text-slate-700 hover:bg-slate-100', r !== '1h' && 'border-l border-slate-300')}
            >
              {t(`deviceDetail.ranges.${r}`)}
            </button>
          ))}
        </div>
      </div>
      {latency.error ? <Alert tone="error">{errorMessage(latency.error)}</Alert> : null}
      <div className={cn(latency.isFetching && latency.isPlaceholderData && 'opacity-60')}>
        <LatencyChart series={latency.data} range={range} />
      </div>
    </section>
  );
}
