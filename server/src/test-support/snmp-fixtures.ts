import { existsSync, readdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

/**
 * The real device recordings (../shared/fixtures/snmp beside the repository, or
 * SNMP_FIXTURES_DIR). Missing recordings fail the run: a skipped SNMP suite proves nothing.
 */
export function snmpFixturesDir(): string {
  const dir = process.env.SNMP_FIXTURES_DIR ?? resolve(repoRoot, '../shared/fixtures/snmp');
  if (!existsSync(dir)) throw new Error(`SNMP recordings not found at ${dir}: set SNMP_FIXTURES_DIR`);
  return dir;
}

/** Recording names (the file name without .snmprec, which is also its community). */
export function snmpRecordings(): string[] {
  return readdirSync(snmpFixturesDir())
    .filter((f) => f.endsWith('.snmprec'))
    .map((f) => f.slice(0, -'.snmprec'.length))
    .sort();
}

export const snmpRecordingPath = (name: string) => resolve(snmpFixturesDir(), `${name}.snmprec`);
