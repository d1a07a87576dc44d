import { describe, expect, it } from 'vitest';
import { snmpRecordingPath, snmpRecordings } from '../../../test-support/snmp-fixtures.js';
import { readSnmprec } from '../snmprec.js';
import type { VarbindMap } from '../varbinds.js';
import { INTERFACE_COLUMNS, IF_TABLE, IFX_TABLE, parseReading, SYSTEM_GROUP, vendorRoots } from './index.js';

const MIKROTIK = '1.3.6.1.4.1.14988.1';
const under = (oid: string, roots: string[]) => roots.some((r) => oid === r || oid.startsWith(`${r}.`));

/** What a walk of exactly these roots would return from the device the recording was made on. */
function walked(map: VarbindMap, roots: string[]): VarbindMap {
  return new Map([...map].filter(([oid]) => under(oid, roots)));
}

describe('vendorRoots', () => {
  it('gives MikroTik its own tables, not the whole enterprise tree', () => {
    const roots = vendorRoots(MIKROTIK);
    expect(roots).toEqual(vendorRoots('.1.3.6.1.4.1.14988.1')); // a leading dot is tolerated
    expect(roots).toContain('1.3.6.1.4.1.14988.1.1.1.3'); // mtxrWlApTable
    expect(roots).toContain('1.3.6.1.4.1.14988.1.1.1.2.1.3'); // mtxrWlRtabStrength, by column
    expect(roots).toContain('1.3.6.1.4.1.14988.1.1.4.4'); // mtxrLicVersion
    expect(roots).not.toContain('1.3.6.1.4.1.14988.1.1.1.2'); // not the 20-column registration table
    expect(roots.some((r) => r.includes('41112'))).toBe(false);
  });

  it('gives Ubiquiti (41112, generic Linux, net-snmp) and unknown devices the Ubiquiti roots', () => {
    const ubnt = vendorRoots('1.3.6.1.4.1.41112.1.4');
    expect(vendorRoots('1.3.6.1.4.1.10002.1')).toEqual(ubnt);
    expect(vendorRoots('1.3.6.1.4.1.8072.3.2.10')).toEqual(ubnt);
    expect(vendorRoots('1.3.6.1.4.1.9.1.1')).toEqual(ubnt);
    expect(vendorRoots(null)).toEqual(ubnt);
    for (const tree of ['41112.1.4.1', '41112.1.4.5', '41112.1.3.2', '41112.1.10.1.2', '41112.1.11.1.1']) {
      expect(ubnt).toContain(`1.3.6.1.4.1.${tree}`);
    }
    expect(ubnt).toContain('1.3.6.1.2.1.25.1.1'); // hrSystemUptime
    expect(ubnt).not.toContain('1.3.6.1.4.1.41112.1.3.3'); // airFiber Ethernet statistics: unused
  });

  it('never asks for a whole vendor tree, or for what the prober always walks', () => {
    for (const roots of [vendorRoots(MIKROTIK), vendorRoots(null)]) {
      for (const root of roots) {
        // Below a MIB module (14988.1.1 mtXRouterOs, 41112.1.4 ubntAirMAX …): a table or group.
        if (root.startsWith('1.3.6.1.4.1.')) expect(root.split('.').length, root).toBeGreaterThanOrEqual(10);
        expect(under(root, [SYSTEM_GROUP, IF_TABLE, IFX_TABLE]), root).toBe(false);
      }
      expect(new Set(roots).size).toBe(roots.length);
    }
  });

  it('lists the IF-MIB columns the interface parser reads', () => {
    expect(INTERFACE_COLUMNS).toContain('1.3.6.1.2.1.2.2.1.2'); // ifDescr
    expect(INTERFACE_COLUMNS).toContain('1.3.6.1.2.1.31.1.1.1.6'); // ifHCInOctets
    expect(INTERFACE_COLUMNS).toContain('1.3.6.1.2.1.31.1.1.1.18'); // ifAlias
    expect(INTERFACE_COLUMNS.every((c) => under(c, [IF_TABLE, IFX_TABLE]))).toBe(true);
    expect(INTERFACE_COLUMNS).not.toContain('1.3.6.1.2.1.2.2.1.6'); // ifPhysAddress: not read
  });
});

describe('what the prober walks is enough', () => {
  it('covers every recording', () => {
    // A new recording must get its own expectations in index.*.test.ts, not only this check.
    expect(snmpRecordings()).toEqual([
      'airos',
      'airos-af',
      'airos-af-ltu',
      'airos-af60_airos-af60',
      'routeros',
      'routeros_rb750gr3',
      'routeros_station',
      'routeros_wifi',
    ]);
  });

  it.each(snmpRecordings())('%s parses the same from system + IF-MIB columns + vendorRoots alone', (name) => {
    const full = readSnmprec(snmpRecordingPath(name));
    const sysObjectId = full.get('1.3.6.1.2.1.1.2.0');
    const roots = [SYSTEM_GROUP, ...INTERFACE_COLUMNS, ...vendorRoots(typeof sysObjectId === 'string' ? sysObjectId : null)];
    expect(parseReading(walked(full, roots))).toEqual(parseReading(full));
  });
});
