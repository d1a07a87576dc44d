import { useTranslation } from 'react-i18next';
import { Bar, CartesianGrid, ComposedChart, Legend, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { SyntheticHistory } from '@server/http/routes/synthetic/schema.js';
import { formatMs, formatPercent } from '../../../lib/format';
import { timeTickFormat, type TimeRange } from '../../../lib/time-ranges';

interface ChartPoint {
  t: number;
  latency: number | null;
  latencyMax: number | null;
  failed: number;
}

const toPoints = (history: SyntheticHistory | undefined): ChartPoint[] =>
  (history?.points ?? []).map((p) => ({ t: Date.parse(p.t), latency: p.latencyMs, latencyMax: p.latencyMax, failed: p.failedPercent }));

/** Average and worst latency as lines (left axis, ms); the share of failed checks as red bars (right axis, %). */
export function HistoryChart({ history, range }: { history: SyntheticHistory | undefined; range: TimeRange }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const points = toPoints(history);
  // The whole asked-for window, so a check that only just started does not look stretched.
  const domain: [number, number] | ['dataMin', 'dataMax'] = history ? [Date.parse(history.from), Date.parse(history.to)] : ['dataMin', 'dataMax'];
  const tickFormat = timeTickFormat(range, locale);
  const labelFormat = new Intl.DateTimeFormat(locale, { dateStyle: 'short', timeStyle: 'medium' });
  const failedName = t('synthetic.history.failed');
  const failures = points.filter((p) => p.failed > 0).length;

  return (
    <div className="relative h-72 w-full" data-testid="synthetic-history-chart" data-points={points.length} data-failed-points={failures}>
      <ResponsiveContainer width="100%" height="100%">
        <ComposedChart data={points} margin={{ top: 8, right: 8, bottom: 0, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" />
          {/* Padding keeps the newest bucket, the one that matters most, clear of the right axis. */}
          <XAxis dataKey="t" type="number" scale="time" domain={domain} padding={{ left: 4, right: 6 }} tickFormatter={(v: number) => tickFormat.format(v)} fontSize={12} minTickGap={24} />
          <YAxis yAxisId="ms" fontSize={12} width={72} tickFormatter={(v: number) => `${v.toLocaleString(locale, { maximumFractionDigits: 2 })} ms`} domain={[0, 'auto']} />
          <YAxis yAxisId="failed" orientation="right" fontSize={12} width={40} domain={[0, 100]} tickFormatter={(v: number) => `${v}%`} />
          <Tooltip
            labelFormatter={(v) => (typeof v === 'number' ? labelFormat.format(v) : String(v))}
            formatter={(value, name) => {
              const n = value === null || value === undefined ? null : Number(value);
              return [name === failedName ? formatPercent(n, locale) : formatMs(n, locale), name];
            }}
          />
          <Legend wrapperStyle={{ fontSize: 12 }} />
          {/* A fixed width and a minimum height: one failure among many checks stays a visible red mark. */}
          <Bar yAxisId="failed" dataKey="failed" name={failedName} fill="#dc2626" fillOpacity={0.7} barSize={3} minPointSize={(v) => (Number(v) > 0 ? 4 : 0)} isAnimationActive={false} />
          <Line yAxisId="ms" dataKey="latencyMax" name={t('synthetic.history.latencyMax')} stroke="#7dd3fc" strokeWidth={1} strokeDasharray="4 3" dot={false} isAnimationActive={false} connectNulls={false} />
          <Line
            yAxisId="ms"
            dataKey="latency"
            name={t('synthetic.history.latency')}
            stroke="#0369a1"
            strokeWidth={2}
            // Dots while points are few: one round alone draws no line.
            dot={points.length <= 60 ? { r: 2 } : false}
            isAnimationActive={false}
            connectNulls={false}
          />
        </ComposedChart>
      </ResponsiveContainer>
      {points.length > 0 ? null : (
        <p className="pointer-events-none absolute inset-0 flex items-center justify-center text-sm text-slate-500" data-testid="synthetic-history-empty">
          {t('deviceDetail.noData')}
        </p>
      )}
    </div>
  );
}
