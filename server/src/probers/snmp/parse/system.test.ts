import { describe, expect, it } from 'vitest';
import { parseSnmprec } from '../snmprec.js';
import { parseSystem } from './system.js';

const rec = (...lines: string[]) => parseSnmprec(lines.join('\n'));
const UBNT = '1.3.6.1.4.1.41112.1';
const MTXR = '1.3.6.1.4.1.14988.1.1';

describe('parseSystem', () => {
  it('is generic when no vendor answers, and null where the device redacts', () => {
    expect(
      parseSystem(
        rec(
          '1.3.6.1.2.1.1.1.0|4|Cisco IOS Software',
          '1.3.6.1.2.1.1.2.0|6|1.3.6.1.4.1.9.1.1',
          '1.3.6.1.2.1.1.3.0|67|12345',
          '1.3.6.1.2.1.1.5.0|4|<private>',
        ),
      ),
    ).toEqual({
      sysName: null,
      sysDescr: 'Cisco IOS Software',
      sysObjectId: '1.3.6.1.4.1.9.1.1',
      uptimeSeconds: 123, // 12345 hundredths, whole seconds
      vendor: null,
      platform: null,
      model: null,
      firmware: null,
      serial: null,
    });
  });

  it('names a Ubiquiti product without a radio MIB by its enterprise', () => {
    const s = parseSystem(rec('1.3.6.1.2.1.1.2.0|6|1.3.6.1.4.1.41112.1.5'));
    expect([s.vendor, s.platform]).toEqual(['Ubiquiti', null]);
  });

  it('prefers the board uptime, then the kernel’s, over the agent’s sysUpTime on Ubiquiti', () => {
    const base = ['1.3.6.1.2.1.1.2.0|6|1.3.6.1.4.1.10002.1', '1.3.6.1.2.1.1.3.0|67|100', `${UBNT}.3.2.1.4.1|2|11450`];
    expect(parseSystem(rec(...base)).uptimeSeconds).toBe(1);
    expect(parseSystem(rec(...base, '1.3.6.1.2.1.25.1.1.0|67|20000')).uptimeSeconds).toBe(200);
    // airFiber upTime (status column 38) is in seconds
    expect(parseSystem(rec(...base, '1.3.6.1.2.1.25.1.1.0|67|20000', `${UBNT}.3.2.1.38.1|2|86400`)).uptimeSeconds).toBe(86400);
  });

  it('reads the AF60 and LTU uptime objects in their own units', () => {
    const af60 = rec(`${UBNT}.11.1.1.2.1|2|69120`, `${UBNT}.11.1.2.7.1|67|360000`); // af60Uptime, TimeTicks
    expect(parseSystem(af60).uptimeSeconds).toBe(3600);
    const ltu = rec(`${UBNT}.10.1.2.2.0|2|5840`, `${UBNT}.10.1.3.7.0|70|7200`); // afLTUUptime, Counter64 seconds
    expect(parseSystem(ltu).uptimeSeconds).toBe(7200);
  });

  it('keeps sysUpTime on RouterOS and reads its board, version and serial', () => {
    const s = parseSystem(
      rec(
        '1.3.6.1.2.1.1.1.0|4|RouterOS CCR2004-16G-2S+',
        '1.3.6.1.2.1.1.2.0|6|1.3.6.1.4.1.14988.1',
        '1.3.6.1.2.1.1.3.0|67|500',
        '1.3.6.1.2.1.25.1.1.0|67|999900',
        `${MTXR}.7.3.0|4|HF1234567`,
        `${MTXR}.7.4.0|4|7.8`,
        `${MTXR}.7.9.0|4|CCR2004-16G-2S+PC`,
      ),
    );
    expect(s).toMatchObject({
      vendor: 'MikroTik',
      platform: 'RouterOS',
      uptimeSeconds: 5,
      model: 'CCR2004-16G-2S+PC', // mtxrBoardName wins over sysDescr
      firmware: '7.8', // no mtxrLicVersion: mtxrFirmwareVersion
      serial: 'HF1234567',
    });
  });

  it('decides MikroTik by sysObjectID alone, as vendorRoots does', () => {
    expect(parseSystem(rec('1.3.6.1.2.1.1.1.0|4|RouterOS RB4011')).vendor).toBeNull();
  });
});
