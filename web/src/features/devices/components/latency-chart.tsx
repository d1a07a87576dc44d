import { useTranslation } from 'react-i18next';
import { Area, Bar, CartesianGrid, ComposedChart, Legend, Line, ReferenceArea, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { LatencySeries } from '@server/http/routes/devices/schema.js';
import { bandAt, type ChartMark } from '../../../lib/baseline-band';
import { formatMs, formatPercent } from '../../../lib/format';
import { timeTickFormat, type TimeRange } from '../../../lib/time-ranges';

interface ChartPoint {
  t: number;
  avg: number | null;
  band: [number, number] | null;
  loss: number;
  /** What is usual at this hour (anomaly detection's baseline), and its range. */
  expected: number | null;
  usual: [number, number] | null;
}

function toPoints(series: LatencySeries | undefined): ChartPoint[] {
  const at = bandAt(series?.baseline);
  return (series?.points ?? []).map((p) => {
    const t = Date.parse(p.t);
    const usual = at(t);
    return {
      t,
      avg: p.rttAvg,
      band: p.rttMin !== null && p.rttMax !== null ? [p.rttMin, p.rttMax] : null,
      loss: p.loss,
      expected: usual?.expected ?? null,
      usual: usual ? [Math.max(0, usual.lower), usual.upper] : null,
    };
  });
}

interface LatencyChartProps {
  series: LatencySeries | undefined;
  range: TimeRange;
  /** Anomalies to shade (RTT and loss ones), as time spans. */
  marks?: ChartMark[];
}

/**
 * Average RTT as a line over its min–max band (left axis, ms) and loss as bars (right axis, %);
 * behind them the usual range for the hour (dashed) and the spans flagged as anomalies.
 */
export function LatencyChart({ series, range, marks = [] }: LatencyChartProps) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const points = toPoints(series);
  // The whole asked-for window, so a device that only started answering does not look stretched.
  const domain: [number, number] | ['dataMin', 'dataMax'] = series ? [Date.parse(series.from), Date.parse(series.to)] : ['dataMin', 'dataMax'];
  const tickFormat = timeTickFormat(range, locale);
  const labelFormat = new Intl.DateTimeFormat(locale, { dateStyle: 'short', timeStyle: 'medium' });
  const hasData = points.some((p) => p.avg !== null || p.loss > 0);
  const hasBand = points.some((p) => p.usual !== null);
  const end = series ? Date.parse(series.to) : (points.at(-1)?.t ?? 0);

  return (
    <div className="relative h-72 w-full" data-points={points.length} data-band={hasBand} data-marks={marks.length}>
      <ResponsiveContainer width="100%" height="100%">
        <ComposedChart data={points} margin={{ top: 8, right: 8, bottom: 0, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" />
          <XAxis dataKey="t" type="number" scale="time" domain={domain} tickFormatter={(v: number) => tickFormat.format(v)} fontSize={12} minTickGap={24} />
          <YAxis yAxisId="ms" fontSize={12} width={72} tickFormatter={(v: number) => `${v.toLocaleString(locale, { maximumFractionDigits: 2 })} ms`} domain={[0, 'auto']} />
          <YAxis yAxisId="loss" orientation="right" fontSize={12} width={40} domain={[0, 100]} tickFormatter={(v: number) => `${v}%`} />
          <Tooltip
            labelFormatter={(v) => (typeof v === 'number' ? labelFormat.format(v) : String(v))}
            formatter={(value, name) => {
              if (Array.isArray(value)) return [`${formatMs(Number(value[0]), locale)} – ${formatMs(Number(value[1]), locale)}`, name];
              if (name === t('deviceDetail.lossPercent')) return [formatPercent(Number(value), locale), name];
              return [formatMs(value === null || value === undefined ? null : Number(value), locale), name];
            }}
          />
          <Legend wrapperStyle={{ fontSize: 12 }} />
          {marks.map((m) => (
            <ReferenceArea key={m.id} yAxisId="ms" x1={m.from} x2={m.to ?? end} fill="#f59e0b" fillOpacity={0.18} stroke="#d97706" strokeOpacity={0.6} ifOverflow="hidden" label={{ value: t('anomalies.mark'), position: 'insideTop', fontSize: 11, fill: '#b45309' }} />
          ))}
          {hasBand ? <Area yAxisId="ms" dataKey="usual" name={t('anomalies.usualBand')} stroke="#64748b" strokeDasharray="4 3" strokeWidth={1} fill="#94a3b8" fillOpacity={0.15} isAnimationActive={false} connectNulls /> : null}
          {hasBand ? <Line yAxisId="ms" dataKey="expected" name={t('anomalies.expected')} stroke="#64748b" strokeDasharray="4 3" strokeWidth={1} dot={false} isAnimationActive={false} connectNulls /> : null}
          <Bar yAxisId="loss" dataKey="loss" name={t('deviceDetail.lossPercent')} fill="#ef4444" fillOpacity={0.5} isAnimationActive={false} maxBarSize={8} />
          <Area yAxisId="ms" dataKey="band" name={t('deviceDetail.rttRange')} stroke="none" fill="#38bdf8" fillOpacity={0.25} isAnimationActive={false} connectNulls={false} />
          <Line yAxisId="ms" dataKey="avg" name={t('deviceDetail.rttAvg')} stroke="#0369a1" strokeWidth={2} dot={false} isAnimationActive={false} connectNulls={false} />
        </ComposedChart>
      </ResponsiveContainer>
      {hasData ? null : (
        <p className="pointer-events-none absolute inset-0 flex items-center justify-center text-sm text-slate-500" data-testid="latency-empty">
          {t('deviceDetail.noData')}
        </p>
      )}
    </div>
  );
}
