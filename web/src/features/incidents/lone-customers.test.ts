import { describe, expect, it } from 'vitest';
import type { Incident } from '@server/http/routes/incidents/schema.js';
import { isLoneCustomer, nowRows } from './lone-customers';

const incident = (key: string, o: Partial<Incident>): Incident => ({
  key,
  kind: 'device',
  tower: null,
  causes: [],
  causeCount: 1,
  severity: 'warning',
  since: null,
  acknowledgedBy: null,
  acknowledgedAt: null,
  maintenance: false,
  alertIds: [],
  affected: 1,
  towers: 0,
  infrastructure: 0,
  customers: 1,
  internet: null,
  ...o,
});

describe('lone customers in "Agora"', () => {
  const tower = incident('tower:1', { kind: 'tower', severity: 'critical', towers: 1, infrastructure: 3, customers: 13 });
  const ap = incident('device:5', { severity: 'major', infrastructure: 1, customers: 6 });
  const cpe1 = incident('device:20', {});
  const cpe2 = incident('device:21', {});

  it('are customer devices down with nothing above them failing', () => {
    expect([tower, ap, cpe1].map(isLoneCustomer)).toEqual([false, false, true]);
    expect(isLoneCustomer(incident('internet', { kind: 'internet', customers: 2 }))).toBe(false);
  });

  it('fold into one line unless unfolded, keeping the order of the rest', () => {
    expect(nowRows([tower, ap, cpe1, cpe2], false)).toEqual({ rows: [tower, ap], loneCustomers: 2 });
    expect(nowRows([tower, ap, cpe1, cpe2], true)).toEqual({ rows: [tower, ap, cpe1, cpe2], loneCustomers: 2 });
    expect(nowRows([tower], false)).toEqual({ rows: [tower], loneCustomers: 0 });
  });
});
