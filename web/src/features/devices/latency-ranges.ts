export const LATENCY_RANGES = ['1h', '24h', '7d', '30d'] as const;
export type LatencyRange = (typeof LATENCY_RANGES)[number];

const HOUR = 3_600_000;
export const RANGE_MS: Record<LatencyRange, number> = { '1h': HOUR, '24h': 24 * HOUR, '7d': 7 * 24 * HOUR, '30d': 30 * 24 * HOUR };

export const isLatencyRange = (value: string): value is LatencyRange => (LATENCY_RANGES as readonly string[]).includes(value);
