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
