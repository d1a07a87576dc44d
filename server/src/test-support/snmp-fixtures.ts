import { existsSync, readdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

/**
 * The real device recordings: SNMP_FIXTURES_DIR, else `shared/fixtures/snmp` beside the
 * repository or beside one of its parent folders (a clone may sit deeper), else the
 * workplace's own copy. Missing recordings fail the run: a skipped SNMP suite proves nothing.
 */
export function snmpFixturesDir(): string {
  if (process.env.SNMP_FIXTURES_DIR) {
    if (!existsSync(process.env.SNMP_FIXTURES_DIR)) throw new Error(`SNMP_FIXTURES_DIR=${process.env.SNMP_FIXTURES_DIR} does not exist`);
    return process.env.SNMP_FIXTURES_DIR;
  }
  const candidates: string[] = [];
  for (let dir = repoRoot; ; dir = dirname(dir)) {
    candidates.push(resolve(dir, '../shared/fixtures/snmp'));
    if (dirname(dir) === dir) break;
  }
  candidates.push('/work/shared/fixtures/snmp');
  const found = candidates.find((d) => existsSync(d));
  if (!found) throw new Error(`SNMP recordings not found (looked in ${candidates.join(', ')}): set SNMP_FIXTURES_DIR`);
  return found;
}

/** Recording names (the file name without .snmprec, which is also its community). */
export function snmpRecordings(): string[] {
  return readdirSync(snmpFixturesDir())
    .filter((f) => f.endsWith('.snmprec'))
    .map((f) => f.slice(0, -'.snmprec'.length))
    .sort();
}

export const snmpRecordingPath = (name: string) => resolve(snmpFixturesDir(), `${name}.snmprec`);
