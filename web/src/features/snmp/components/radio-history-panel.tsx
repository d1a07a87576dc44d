import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/ui/alert';
import { RangePicker } from '../../../components/ui/range-picker';
import { TimeSeriesChart, type ChartPoint } from '../../../components/ui/time-series-chart';
import { cn } from '../../../lib/cn';
import { formatBps } from '../../../lib/format-units';
import type { TimeRange } from '../../../lib/time-ranges';
import { useErrorMessage } from '../../../lib/use-error-message';
import { useWirelessHistory, type WirelessSeries } from '../api/get-wireless-history';
import { bandAt } from '../../../lib/baseline-band';

interface RadioHistoryPanelProps {
  deviceId: number;
  /** The radio's history key (see radio-key.ts). */
  radio: number;
  title: string;
  range: TimeRange;
  onRangeChange: (range: TimeRange) => void;
}

function toPoints(series: WirelessSeries | undefined): ChartPoint[] {
  const usual = bandAt(series?.baseline);
  return (series?.points ?? []).map((p) => {
    const band = usual(Date.parse(p.t));
    return {
    t: Date.parse(p.t),
    usualSignal: band ? ([band.lower, band.upper] as [number, number]) : null,
    signal: p.signalDbm,
    signalMin: p.signalMinDbm,
    noise: p.noiseDbm,
    snr: p.snrDb,
    ccq: p.ccqPercent,
    tx: p.txRateBps,
    rx: p.rxRateBps,
    };
  });
}

/** Signal, noise and SNR; CCQ; TX/RX rates: how one radio link has been doing. */
export function RadioHistoryPanel({ deviceId, radio, title, range, onRangeChange }: RadioHistoryPanelProps) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const errorMessage = useErrorMessage();
  const history = useWirelessHistory(deviceId, radio, range);
  const series = history.data;
  const points = toPoints(series);
  const window: [number, number] | null = series ? [Date.parse(series.from), Date.parse(series.to)] : null;
  const plain = (v: number) => v.toLocaleString(locale, { maximumFractionDigits: 1 });

  return (
    <section className="space-y-3 rounded-lg border border-slate-200 bg-white p-4" data-testid="radio-history" data-radio={radio} data-range={range}>
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h3 className="text-base font-semibold text-slate-900">{t('snmpView.historyTitle', { radio: title })}</h3>
        <RangePicker value={range} onChange={onRangeChange} />
      </div>
      {history.error ? <Alert tone="error">{errorMessage(history.error)}</Alert> : null}
      <div className={cn('grid gap-4 lg:grid-cols-3', history.isFetching && history.isPlaceholderData && 'opacity-60')}>
        <TimeSeriesChart
          testId="chart-signal"
          title={t('snmpView.chartSignal')}
          points={points}
          range={range}
          window={window}
          format={plain}
          bands={[{ key: 'usualSignal', name: t('snmpView.usualSignal'), color: '#0369a1' }]}
          series={[
            { key: 'signal', name: `${t('snmpView.signal')} (dBm)`, color: '#0369a1' },
            { key: 'signalMin', name: `${t('snmpView.signalMin')} (dBm)`, color: '#dc2626', dashed: true },
            { key: 'noise', name: `${t('snmpView.noise')} (dBm)`, color: '#64748b' },
            { key: 'snr', name: `${t('snmpView.snr')} (dB)`, color: '#059669' },
          ]}
        />
        <TimeSeriesChart
          testId="chart-ccq"
          title={t('snmpView.chartCcq')}
          points={points}
          range={range}
          window={window}
          format={(v) => `${plain(v)}%`}
          yDomain={[0, 100]}
          series={[{ key: 'ccq', name: `${t('snmpView.ccq')} (%)`, color: '#7c3aed' }]}
        />
        <TimeSeriesChart
          testId="chart-rates"
          title={t('snmpView.chartRates')}
          points={points}
          range={range}
          window={window}
          format={(v) => formatBps(v, locale)}
          yDomain={[0, 'auto']}
          series={[
            { key: 'tx', name: t('snmpView.txRate'), color: '#0369a1' },
            { key: 'rx', name: t('snmpView.rxRate'), color: '#059669' },
          ]}
        />
      </div>
    </section>
  );
}
