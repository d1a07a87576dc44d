/**
 * An snmpsim recording whose counters grow at known rates (snmpsim's `numeric` variation:
 * value = initial + rate × seconds since the simulator started), for rate tests.
 *
 * ifIndex 1 "hc0": 1 Gbit/s, 64-bit counters, in 1,250,000 B/s (10 Mbit/s), out 2,500,000 B/s (20 Mbit/s).
 * ifIndex 2 "wrap0": 1 Gbit/s, 32-bit counters only, in 50,000,000 B/s (400 Mbit/s), starting
 * `wrapAfterSeconds` before 2^32 so it wraps while the test watches.
 * sysUpTime grows 100 ticks a second from 10 s: a simulator restart is a device reboot.
 */
export const COUNTER_RATES = { hc0In: 10e6, hc0Out: 20e6, wrap0In: 400e6 };

export function counterRecording(wrapAfterSeconds: number): string {
  const wrapInitial = 2 ** 32 - 50_000_000 * wrapAfterSeconds;
  const ifRow = (col: number, idx: number, type: string, value: string | number) => `1.3.6.1.2.1.2.2.1.${col}.${idx}|${type}|${value}`;
  const ifx = (col: number, idx: number, type: string, value: string | number) => `1.3.6.1.2.1.31.1.1.1.${col}.${idx}|${type}|${value}`;
  const lines = [
    '1.3.6.1.2.1.1.1.0|4|Torre counter test agent',
    '1.3.6.1.2.1.1.2.0|6|1.3.6.1.4.1.8072.3.2.10',
    '1.3.6.1.2.1.1.3.0|67:numeric|rate=100,initial=1000',
    '1.3.6.1.2.1.1.5.0|4|counters',
    ifRow(1, 1, '2', 1),
    ifRow(1, 2, '2', 2),
    ifRow(2, 1, '4', 'hc0'),
    ifRow(2, 2, '4', 'wrap0'),
    ifRow(3, 1, '2', 6),
    ifRow(3, 2, '2', 6),
    ifRow(5, 1, '66', 1_000_000_000),
    ifRow(5, 2, '66', 1_000_000_000),
    ifRow(7, 1, '2', 1),
    ifRow(7, 2, '2', 1),
    ifRow(8, 1, '2', 1),
    ifRow(8, 2, '2', 1),
    ifRow(10, 1, '65:numeric', 'rate=1250000,initial=0,max=4294967296,wrap=1'),
    ifRow(10, 2, '65:numeric', `rate=50000000,initial=${wrapInitial},max=4294967296,wrap=1`),
    ifRow(14, 1, '65', 0),
    ifRow(14, 2, '65', 7),
    ifRow(16, 1, '65:numeric', 'rate=2500000,initial=0,max=4294967296,wrap=1'),
    ifRow(16, 2, '65', 0),
    ifRow(20, 1, '65', 0),
    ifRow(20, 2, '65', 0),
    ifx(1, 1, '4', 'hc0'),
    ifx(6, 1, '70:numeric', 'rate=1250000,initial=5000000000000'),
    ifx(10, 1, '70:numeric', 'rate=2500000,initial=7000000000000'),
    ifx(15, 1, '66', 1000),
    ifx(18, 1, '4', 'uplink to core'),
  ];
  // snmpsim needs its records in OID order
  return `${lines.sort((a, b) => compare(a.split('|')[0]!, b.split('|')[0]!)).join('\n')}\n`;
}

function compare(a: string, b: string) {
  const x = a.split('.').map(Number);
  const y = b.split('.').map(Number);
  for (let i = 0; i < Math.min(x.length, y.length); i++) if (x[i] !== y[i]) return x[i]! - y[i]!;
  return x.length - y.length;
}
