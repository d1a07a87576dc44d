import { useTranslation } from 'react-i18next';
import { Area, CartesianGrid, ComposedChart, Legend, Line, ReferenceArea, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { ChartMark } from '../../lib/baseline-band';
import { timeTickFormat, type TimeRange } from '../../lib/time-ranges';

/** Values by series key; a band (the usual range) is a [low, high] pair. */
export type ChartPoint = { t: number } & Record<string, number | null | [number, number]>;

export interface ChartSeries {
  key: string;
  name: string;
  color: string;
  dashed?: boolean;
}

interface TimeSeriesChartProps {
  points: ChartPoint[];
  series: ChartSeries[];
  range: TimeRange;
  /** The asked-for window (ms), so a series that only just started does not look stretched. */
  window: [number, number] | null;
  /** Formats a value for the axis and the tooltip. */
  format: (value: number) => string;
  yDomain?: [number | 'auto' | 'dataMin' | 'dataMax', number | 'auto' | 'dataMin' | 'dataMax'];
  testId: string;
  title?: string;
  className?: string;
  /** Shaded ranges behind the lines (the usual range for the hour), keyed like series. */
  bands?: ChartSeries[];
  /** Spans flagged as anomalies. */
  marks?: ChartMark[];
}

/** Lines over time with gaps where there is no data; the shared shape of the SNMP charts. */
export function TimeSeriesChart({ points, series, range, window, format, yDomain = ['auto', 'auto'], testId, title, className = 'h-56', bands = [], marks = [] }: TimeSeriesChartProps) {
  const { t, i18n } = useTranslation();
  const tickFormat = timeTickFormat(range, i18n.language);
  const labelFormat = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'short', timeStyle: 'medium' });
  const hasData = points.some((p) => series.some((s) => p[s.key] !== null && p[s.key] !== undefined));
  // Evenly spaced ticks over the whole window; left to itself the axis ticks only where data is.
  const ticks = window ? Array.from({ length: 7 }, (_, i) => Math.round(window[0] + (i * (window[1] - window[0])) / 6)) : undefined;

  return (
    <figure className="space-y-1" data-testid={testId} data-points={points.length} data-band={bands.length > 0 && points.some((p) => bands.some((b) => Array.isArray(p[b.key])))} data-marks={marks.length}>
      {title ? <figcaption className="text-sm font-medium text-slate-700">{title}</figcaption> : null}
      <div className={`relative w-full ${className}`}>
        <ResponsiveContainer width="100%" height="100%">
          <ComposedChart data={points} margin={{ top: 8, right: 8, bottom: 0, left: 0 }}>
            <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" />
            <XAxis dataKey="t" type="number" scale="time" domain={window ?? ['dataMin', 'dataMax']} ticks={ticks} tickFormatter={(v: number) => tickFormat.format(v)} fontSize={12} minTickGap={24} />
            <YAxis fontSize={12} width={84} tickFormatter={(v: number) => format(v)} domain={yDomain} />
            <Tooltip
              labelFormatter={(v) => (typeof v === 'number' ? labelFormat.format(v) : String(v))}
              formatter={(value, name) => [
                value === null || value === undefined ? '—' : Array.isArray(value) ? `${format(Number(value[0]))} – ${format(Number(value[1]))}` : format(Number(value)),
                name,
              ]}
            />
            <Legend wrapperStyle={{ fontSize: 12 }} />
            {marks.map((m) => (
              <ReferenceArea key={m.id} x1={m.from} x2={m.to ?? window?.[1] ?? points.at(-1)?.t ?? m.from} fill="#f59e0b" fillOpacity={0.18} stroke="#d97706" strokeOpacity={0.6} ifOverflow="hidden" />
            ))}
            {bands.map((b) => (
              <Area key={b.key} dataKey={b.key} name={b.name} stroke={b.color} strokeDasharray="4 3" strokeWidth={1} fill={b.color} fillOpacity={0.12} isAnimationActive={false} connectNulls />
            ))}
            {series.map((s) => (
              <Line
                key={s.key}
                dataKey={s.key}
                name={s.name}
                stroke={s.color}
                strokeWidth={s.dashed ? 1 : 2}
                strokeDasharray={s.dashed ? '4 3' : undefined}
                // Dots while points are few: one poll alone draws no line.
                dot={points.length <= 60 ? { r: 2 } : false}
                isAnimationActive={false}
                connectNulls={false}
              />
            ))}
          </ComposedChart>
        </ResponsiveContainer>
        {hasData ? null : (
          <p className="pointer-events-none absolute inset-0 flex items-center justify-center text-sm text-slate-500" data-testid={`${testId}-empty`}>
            {t('deviceDetail.noData')}
          </p>
        )}
      </div>
    </figure>
  );
}
