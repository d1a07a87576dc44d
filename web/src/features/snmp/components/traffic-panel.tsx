import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/ui/alert';
import { RangePicker } from '../../../components/ui/range-picker';
import { TimeSeriesChart, type ChartPoint } from '../../../components/ui/time-series-chart';
import { cn } from '../../../lib/cn';
import { formatBps } from '../../../lib/format-units';
import type { TimeRange } from '../../../lib/time-ranges';
import { useErrorMessage } from '../../../lib/use-error-message';
import { useTraffic, type TrafficSeries } from '../api/get-traffic';
import { bandAt, type ChartMark } from '../../../lib/baseline-band';

function toPoints(series: TrafficSeries | undefined): ChartPoint[] {
  const usualIn = bandAt(series?.baseline.in);
  const usualOut = bandAt(series?.baseline.out);
  const range = (b: ReturnType<typeof usualIn>): [number, number] | null => (b ? [Math.max(0, b.lower), b.upper] : null);
  return (series?.points ?? []).map((p) => {
    const t = Date.parse(p.t);
    return { t, inBps: p.inBps, outBps: p.outBps, inMaxBps: p.inMaxBps, outMaxBps: p.outMaxBps, usualIn: range(usualIn(t)), usualOut: range(usualOut(t)) };
  });
}

interface TrafficPanelProps {
  deviceId: number;
  ifIndex: number;
  name: string;
  range: TimeRange;
  onRangeChange: (range: TimeRange) => void;
  /** Traffic anomalies of this interface. */
  marks?: ChartMark[];
}

/** In and out bit/s of one interface: the mean of each bucket, and its busiest poll dashed. */
export function TrafficPanel({ deviceId, ifIndex, name, range, onRangeChange, marks }: TrafficPanelProps) {
  const { t, i18n } = useTranslation();
  const errorMessage = useErrorMessage();
  const traffic = useTraffic(deviceId, ifIndex, range);
  const series = traffic.data;

  return (
    <section className="space-y-2 rounded-lg border border-slate-200 bg-white p-4" data-testid="traffic-panel" data-if-index={ifIndex} data-range={range}>
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h3 className="text-base font-semibold text-slate-900">{t('snmpView.trafficTitle', { name })}</h3>
        <RangePicker value={range} onChange={onRangeChange} />
      </div>
      {traffic.error ? <Alert tone="error">{errorMessage(traffic.error)}</Alert> : null}
      <div className={cn(traffic.isFetching && traffic.isPlaceholderData && 'opacity-60')}>
        <TimeSeriesChart
          testId="traffic-chart"
          className="h-72"
          points={toPoints(series)}
          range={range}
          window={series ? [Date.parse(series.from), Date.parse(series.to)] : null}
          format={(v) => formatBps(v, i18n.language)}
          yDomain={[0, 'auto']}
          marks={marks}
          bands={[
            { key: 'usualIn', name: t('snmpView.usualIn'), color: '#0369a1' },
            { key: 'usualOut', name: t('snmpView.usualOut'), color: '#059669' },
          ]}
          series={[
            { key: 'inBps', name: t('snmpView.trafficIn'), color: '#0369a1' },
            { key: 'outBps', name: t('snmpView.trafficOut'), color: '#059669' },
            { key: 'inMaxBps', name: t('snmpView.trafficInMax'), color: '#38bdf8', dashed: true },
            { key: 'outMaxBps', name: t('snmpView.trafficOutMax'), color: '#34d399', dashed: true },
          ]}
        />
      </div>
    </section>
  );
}
