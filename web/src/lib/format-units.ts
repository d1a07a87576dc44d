import { numberFormat } from './intl-cache';

/** Units for SNMP figures; `—` stands for "the device did not say". */
const DASH = '—';

const number = (value: number, locale: string, digits: number) => numberFormat(locale, { maximumFractionDigits: digits }).format(value);

const BIT_UNITS = ['bit/s', 'kbit/s', 'Mbit/s', 'Gbit/s', 'Tbit/s'] as const;

/** Decimal prefixes, as link speeds are sold: 1 Mbit/s = 1,000,000 bit/s. */
export function formatBps(value: number | null, locale: string): string {
  if (value === null) return DASH;
  let scaled = Math.abs(value);
  let unit = 0;
  while (scaled >= 1000 && unit < BIT_UNITS.length - 1) {
    scaled /= 1000;
    unit++;
  }
  const digits = unit === 0 ? 0 : scaled < 10 ? 2 : scaled < 100 ? 1 : 0;
  return `${number(Math.sign(value) * scaled, locale, digits)} ${BIT_UNITS[unit]}`;
}

export const formatDbm = (value: number | null, locale: string): string => (value === null ? DASH : `${number(value, locale, 1)} dBm`);
export const formatDb = (value: number | null, locale: string): string => (value === null ? DASH : `${number(value, locale, 1)} dB`);
// Channels are written without grouping: 5805 MHz, not 5.805 MHz.
export const formatMhz = (value: number | null, locale: string): string => (value === null ? DASH : `${numberFormat(locale, { maximumFractionDigits: 0, useGrouping: false }).format(value)} MHz`);
export const formatCount = (value: number | null, locale: string): string => (value === null ? DASH : number(value, locale, 0));

export function formatMeters(value: number | null, locale: string): string {
  if (value === null) return DASH;
  return value >= 1000 ? `${number(value / 1000, locale, 1)} km` : `${number(value, locale, 0)} m`;
}

/** "12 d 3 h", "3 h 20 min", "45 s": the two largest units are enough for an uptime. */
export function formatDuration(seconds: number | null): string {
  if (seconds === null) return DASH;
  const s = Math.max(0, Math.floor(seconds));
  const parts: [number, string][] = [
    [Math.floor(s / 86_400), 'd'],
    [Math.floor((s % 86_400) / 3_600), 'h'],
    [Math.floor((s % 3_600) / 60), 'min'],
    [s % 60, 's'],
  ];
  const first = parts.findIndex(([n]) => n > 0);
  if (first === -1) return '0 s';
  return parts
    .slice(first, first + 2)
    .filter(([n]) => n > 0)
    .map(([n, unit]) => `${n} ${unit}`)
    .join(' ');
}
