import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RangePicker } from '../../../components/ui/range-picker';
import { TimeSeriesChart, type ChartPoint } from '../../../components/ui/time-series-chart';
import { cn } from '../../../lib/cn';
import { formatBps } from '../../../lib/format-units';
import type { TimeRange } from '../../../lib/time-ranges';
import { useTraffic } from '../../snmp/api/get-traffic';

/** The radio interface's in/out traffic; its own chunk, so Recharts loads at the first click on a link. */
export function LinkTraffic({ deviceId, ifIndex, name }: { deviceId: number; ifIndex: number; name: string }) {
  const { t, i18n } = useTranslation();
  const [range, setRange] = useState<TimeRange>('1h');
  const traffic = useTraffic(deviceId, ifIndex, range);
  const series = traffic.data;
  const points: ChartPoint[] = (series?.points ?? []).map((p) => ({ t: Date.parse(p.t), inBps: p.inBps, outBps: p.outBps }));
  return (
    <div className={cn('space-y-1', traffic.isFetching && traffic.isPlaceholderData && 'opacity-60')}>
      <div className="origin-left scale-90">
        <RangePicker value={range} onChange={setRange} />
      </div>
      <TimeSeriesChart
        testId="link-traffic-chart"
        className="h-40"
        title={t('map.link.chartTitle', { name })}
        points={points}
        range={range}
        window={series ? [Date.parse(series.from), Date.parse(series.to)] : null}
        format={(v) => formatBps(v, i18n.language)}
        yDomain={[0, 'auto']}
        series={[
          { key: 'inBps', name: t('snmpView.trafficIn'), color: '#0369a1' },
          { key: 'outBps', name: t('snmpView.trafficOut'), color: '#059669' },
        ]}
      />
    </div>
  );
}
