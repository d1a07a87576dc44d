import type { Language } from './messages.js';

const NAMES: Record<Language, Record<'rtt' | 'loss' | 'traffic_in' | 'traffic_out' | 'signal', string>> = {
  'pt-BR': { rtt: 'latência', loss: 'perda de pacotes', traffic_in: 'tráfego de entrada', traffic_out: 'tráfego de saída', signal: 'sinal' },
  en: { rtt: 'latency', loss: 'packet loss', traffic_in: 'inbound traffic', traffic_out: 'outbound traffic', signal: 'signal' },
};

function formatValue(series: string, v: number, language: Language): string {
  const n = (x: number, digits: number) => x.toLocaleString(language, { maximumFractionDigits: digits });
  if (series === 'rtt') return `${n(v, 1)} ms`;
  if (series === 'loss') return `${n(v, 1)}%`;
  if (series.startsWith('signal')) return `${n(v, 0)} dBm`;
  return v >= 1e9 ? `${n(v / 1e9, 2)} Gbit/s` : v >= 1e6 ? `${n(v / 1e6, 1)} Mbit/s` : `${n(v / 1e3, 0)} kbit/s`;
}

/** "latência 40 ms (normal ~3 ms)": what is unusual, measured against what is usual at this hour. */
export function anomalyDetail(series: string, value: number, expected: number, language: Language): string {
  const [base, index] = series.split(':') as [keyof (typeof NAMES)['en'], string | undefined];
  const name = NAMES[language][base] ?? series;
  const where = index !== undefined && base !== 'signal' ? ` (if ${index})` : '';
  const usual = language === 'pt-BR' ? 'normal' : 'usual';
  return `${name}${where} ${formatValue(series, value, language)} (${usual} ~${formatValue(series, expected, language)})`;
}
