import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/ui/alert';
import { RangePicker } from '../../../components/ui/range-picker';
import { cn } from '../../../lib/cn';
import type { TimeRange } from '../../../lib/time-ranges';
import { useErrorMessage } from '../../../lib/use-error-message';
import { useDeviceLatency } from '../api/get-device-latency';
import { LatencyChart } from './latency-chart';
import type { ChartMark } from '../../../lib/baseline-band';

/** The chart with its range buttons; refetches live with the other device queries. */
export function LatencyPanel({ deviceId, marks }: { deviceId: number; marks?: ChartMark[] }) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const [range, setRange] = useState<TimeRange>('1h');
  const latency = useDeviceLatency(deviceId, range);

  return (
    <section className="space-y-2 rounded-lg border border-slate-200 bg-white p-4" data-testid="latency-chart" data-range={range} data-tier={latency.data?.tier}>
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 className="text-base font-semibold text-slate-900">{t('deviceDetail.latencyTitle')}</h2>
        <RangePicker value={range} onChange={setRange} />
      </div>
      {latency.error ? <Alert tone="error">{errorMessage(latency.error)}</Alert> : null}
      <div className={cn(latency.isFetching && latency.isPlaceholderData && 'opacity-60')}>
        <LatencyChart series={latency.data} range={range} marks={marks} />
      </div>
    </section>
  );
}
