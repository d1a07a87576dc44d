import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseFpingOutput, pingStats } from './fping-parser.js';

const fixture = (name: string) => fs.readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');

describe('fping output parser', () => {
  it('reads full loss, partial loss and clean targets (recorded with iptables DROP and 50 % random loss)', () => {
    const r = parseFpingOutput(fixture('loss-mixed.txt'));
    expect(r.get('127.0.50.1')?.rtts).toEqual([null, null, null, null, null]);
    expect(r.get('127.0.50.2')?.rtts).toEqual([0.049, 0.012, null, null, 0.014]);
    expect(r.get('127.0.50.4')?.rtts).toEqual([0.035, 0.007, 0.006, 0.009, 0.012]);
    expect(r.get('::1')?.rtts).toHaveLength(5);
    expect(pingStats(r.get('127.0.50.1')!.rtts)).toMatchObject({ sent: 5, received: 0, lossPercent: 100, rttAvg: null });
    expect(pingStats(r.get('127.0.50.2')!.rtts)).toMatchObject({ sent: 5, received: 3, lossPercent: 40, rttMin: 0.012, rttMax: 0.049, rttMedian: 0.014, rttAvg: 0.025 });
  });

  it('attaches ICMP unreachable messages to their target (recorded with iptables REJECT)', () => {
    const r = parseFpingOutput(fixture('unreachable.txt') + fixture('unreachable.stdout.txt'));
    expect(r.get('127.0.50.3')).toEqual({ rtts: [null, null], notes: ['ICMP Host Unreachable'] });
    expect(r.get('127.0.50.4')?.rtts).toEqual([0.012, 0.006]);
  });

  it('ignores duplicate replies', () => {
    const r = parseFpingOutput(fixture('duplicates.txt'));
    expect(r.get('127.0.0.1')?.rtts).toEqual([0.041, 0.035, 0.048]);
    expect(r.get('127.0.0.2')?.rtts).toEqual([0.052, null, 0.047]);
    expect(r.size).toBe(2);
  });

  it('handles IPv6 and IPv4 in one run, and send errors', () => {
    const r = parseFpingOutput(fixture('mixed-families.txt'));
    expect(r.get('::1')?.rtts).toEqual([0.032, 0.016, 0.018]);
    expect(r.get('127.0.0.1')?.rtts).toEqual([0.035, 0.007, 0.009]);
    expect(r.get('fe80::1%lo')?.rtts).toEqual([null, null, null]);
    expect(r.get('2001:db8::1')).toEqual({ rtts: [null, null, null], notes: ['error while sending ping: Network is unreachable'] });
  });

  it('computes jitter from consecutive received replies', () => {
    expect(pingStats([1, 3, 2]).jitter).toBe(1.5);
    expect(pingStats([5]).jitter).toBe(0);
    expect(pingStats([]).lossPercent).toBe(0);
  });
});
