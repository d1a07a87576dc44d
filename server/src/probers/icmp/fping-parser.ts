/** Per-target outcome of one fping -C run, as fping reports it. */
export interface FpingReport {
  /** One entry per packet sent: RTT in ms, or null when lost. */
  rtts: (number | null)[];
  /** Error or ICMP messages fping printed about this target (unreachable, send errors). */
  notes: string[];
}

export interface PingStats {
  sent: number;
  received: number;
  lossPercent: number;
  rttMin: number | null;
  rttAvg: number | null;
  rttMax: number | null;
  rttMedian: number | null;
  /** Mean absolute difference between consecutive received RTTs (RFC 3550's idea, unsmoothed). */
  jitter: number | null;
}

const SUMMARY = /^(\S+)\s+:\s+((?:(?:\d+(?:\.\d+)?|-)\s*)+)$/;
const UNREACHABLE = /^(ICMP .+?) from \S+ for ICMP Echo sent to (\S+)$/;
const SEND_ERROR = /^(\S+?): (error while sending ping: .+)$/;

/**
 * Parses the output of `fping -C N -q` (stdout and stderr together): the per-target summary
 * lines "host : 0.04 - 0.05", plus any ICMP-unreachable and send-error lines, which become
 * notes on their target. Duplicate-reply lines and blank lines are ignored: the summary
 * already counts one reply per sequence number. Pure, so it is tested on recorded output.
 */
export function parseFpingOutput(text: string): Map<string, FpingReport> {
  const out = new Map<string, FpingReport>();
  const get = (host: string) => {
    let r = out.get(host);
    if (!r) out.set(host, (r = { rtts: [], notes: [] }));
    return r;
  };
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (line === '' || line.includes(': duplicate for [')) continue;
    const summary = SUMMARY.exec(line);
    if (summary) {
      get(summary[1]!).rtts = summary[2]!.trim().split(/\s+/).map((v) => (v === '-' ? null : Number(v)));
      continue;
    }
    const unreachable = UNREACHABLE.exec(line);
    if (unreachable) {
      const notes = get(unreachable[2]!).notes;
      if (!notes.includes(unreachable[1]!)) notes.push(unreachable[1]!);
      continue;
    }
    const sendError = SEND_ERROR.exec(line);
    if (sendError) {
      const notes = get(sendError[1]!).notes;
      if (!notes.includes(sendError[2]!)) notes.push(sendError[2]!);
    }
  }
  return out;
}

export function pingStats(rtts: readonly (number | null)[]): PingStats {
  const got = rtts.filter((r): r is number => r !== null);
  const sent = rtts.length;
  const received = got.length;
  const round = (x: number) => Math.round(x * 1000) / 1000;
  if (received === 0) {
    return { sent, received, lossPercent: sent === 0 ? 0 : 100, rttMin: null, rttAvg: null, rttMax: null, rttMedian: null, jitter: null };
  }
  const sorted = [...got].sort((a, b) => a - b);
  const mid = Math.floor(received / 2);
  const median = received % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  let diffs = 0;
  for (let i = 1; i < received; i++) diffs += Math.abs(got[i]! - got[i - 1]!);
  return {
    sent,
    received,
    lossPercent: round(((sent - received) / sent) * 100),
    rttMin: sorted[0]!,
    rttAvg: round(got.reduce((a, b) => a + b, 0) / received),
    rttMax: sorted[received - 1]!,
    rttMedian: round(median),
    jitter: received > 1 ? round(diffs / (received - 1)) : 0,
  };
}
