/**
 * How good a radio link looks, by the thresholds WISP operators use: signal at or above
 * -65 dBm is good, down to -75 dBm fair, weaker than that weak; CCQ 80 % and up is good,
 * 60 % and up fair.
 */
export type Quality = 'good' | 'fair' | 'weak';

export function signalQuality(dbm: number | null): Quality | null {
  if (dbm === null) return null;
  if (dbm >= -65) return 'good';
  return dbm >= -75 ? 'fair' : 'weak';
}

export function ccqQuality(percent: number | null): Quality | null {
  if (percent === null) return null;
  if (percent >= 80) return 'good';
  return percent >= 60 ? 'fair' : 'weak';
}
