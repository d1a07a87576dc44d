const TWO_32 = 2n ** 32n;
/** sysUpTime is TimeTicks (1/100 s) in 32 bits: it wraps after 497 days without a reboot. */
const UPTIME_WRAP_SECONDS = 2 ** 32 / 100;
/** No interface carries more than this: a bigger rate is a counter reset, not traffic. */
export const MAX_SANE_BPS = 1.6e12;

/**
 * How much a counter grew. A 32-bit counter that went down wrapped once (corrected); a 64-bit
 * counter that went down was reset (no answer rather than a spike).
 */
export function counterDelta(prev: bigint | null, cur: bigint | null, bits: 32 | 64): bigint | null {
  if (prev === null || cur === null) return null;
  if (cur >= prev) return cur - prev;
  return bits === 32 ? cur + TWO_32 - prev : null;
}

/** An interface speed below this is not believed (radios report 10 Mbit/s on gigabit ports). */
const TRUSTED_SPEED_BPS = 10e6;

/**
 * Bits per second between two readings of an octet counter over `elapsedSeconds` of real time,
 * or null (no point rather than a spike). A counter that grew is traffic, whatever the
 * interface claims its speed is (many radios report 10 Mbit/s). A 64-bit counter that went
 * down was reset. A 32-bit counter that went down either wrapped or was reset: it counts as a
 * wrap when the rate that implies fits the interface's (believable) speed, or, when the speed
 * says nothing, when a reset would have been seen as a reboot (the device reports its uptime).
 */
export function octetRate(o: {
  prev: bigint | null;
  cur: bigint | null;
  prevBits: 32 | 64;
  bits: 32 | 64;
  elapsedSeconds: number;
  speedBps: number | null;
  /** Whether a restart would show (the device reports an uptime). */
  uptimeKnown: boolean;
}): number | null {
  if (o.elapsedSeconds <= 0 || o.prevBits !== o.bits || o.prev === null || o.cur === null) return null;
  const delta = counterDelta(o.prev, o.cur, o.bits);
  if (delta === null) return null;
  const bps = (Number(delta) * 8) / o.elapsedSeconds;
  if (bps > MAX_SANE_BPS) return null;
  if (o.cur >= o.prev) return bps;
  const trusted = o.speedBps !== null && o.speedBps > TRUSTED_SPEED_BPS;
  if (trusted) return bps <= o.speedBps! * 1.5 ? bps : null;
  return o.uptimeKnown ? bps : null;
}

/** Errors or discards since the previous poll (Counter32); null after a reset. */
export function countDelta(prev: number | null, cur: number | null, elapsedSeconds: number): number | null {
  if (prev === null || cur === null) return null;
  const delta = counterDelta(BigInt(prev), BigInt(cur), 32);
  if (delta === null) return null;
  // a Counter32 of errors cannot wrap within a poll interval at any sane error rate
  return Number(delta) > 1e6 * Math.max(1, elapsedSeconds) ? null : Number(delta);
}

/**
 * Whether the device restarted between two polls: its uptime is less than the previous one
 * plus the time that passed (with a margin for clock skew and the poll's own duration). A
 * sysUpTime that wrapped at 497 days is not a restart.
 */
export function rebooted(prevUptime: number | null, curUptime: number | null, elapsedSeconds: number): boolean {
  if (prevUptime === null || curUptime === null) return false;
  const expected = prevUptime + elapsedSeconds;
  const margin = 5 + elapsedSeconds * 0.1;
  if (curUptime >= expected - margin) return false;
  if (expected >= UPTIME_WRAP_SECONDS && Math.abs(curUptime - (expected - UPTIME_WRAP_SECONDS)) <= margin) return false;
  return true;
}
