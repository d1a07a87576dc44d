import { readFileSync } from 'node:fs';
import { snmpRecordingPath } from '../../server/src/test-support/snmp-fixtures.js';

/**
 * The raw values under one OID prefix of a recording (`OID|type|value` lines), in file order,
 * so a browser test checks the page against what the simulator serves, not against our parser.
 */
export function recordedValues(recording: string, oidPrefix: string): string[] {
  const prefix = oidPrefix.endsWith('.') ? oidPrefix : `${oidPrefix}.`;
  return readFileSync(snmpRecordingPath(recording), 'utf8')
    .split('\n')
    .filter((line) => line.startsWith(prefix))
    .map((line) => line.split('|').slice(2).join('|'));
}

/**
 * The shared airFiber recording with its radio interface (air0) carrying traffic at these
 * rates: its uptime and octet counters grow (snmpsim's numeric variation), so two polls give
 * a rate, as from a live link.
 */
export function airfiberWithTraffic(inBps: number, outBps: number): string {
  const grow: Record<string, string> = {
    '1.3.6.1.2.1.1.3.0': 'rate=100,initial=7474900',
    '1.3.6.1.2.1.2.2.1.10.4': `rate=${inBps / 8},initial=21233147,max=4294967296,wrap=1`,
    '1.3.6.1.2.1.2.2.1.16.4': `rate=${outBps / 8},initial=123465350,max=4294967296,wrap=1`,
  };
  return readFileSync(snmpRecordingPath('airos-af'), 'utf8')
    .split('\n')
    .map((line) => {
      const [oid, type] = line.split('|');
      return oid && grow[oid] ? `${oid}|${type}:numeric|${grow[oid]}` : line;
    })
    .join('\n');
}
