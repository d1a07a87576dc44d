import { describe, expect, it } from 'vitest';
import { databaseProblem } from './database-problem';

const writes = { failing: false, since: null, lastError: null, dropped: 0, refusedRequests: 0 };
const database = (over: object = {}, w: object = {}) => ({ database: { kind: 'sqlite', reachable: true, reason: null, writes: { ...writes, ...w }, ...over } });

describe('databaseProblem', () => {
  it('is null while the database answers and takes writes (or before /healthz answers)', () => {
    expect(databaseProblem(undefined)).toBeNull();
    expect(databaseProblem(database({}, { dropped: 4 }))).toBeNull(); // recovered: old drops are history, not a banner
  });

  it('says the database is unreachable, with the reason, even when writes fail too', () => {
    expect(databaseProblem(database({ reachable: false, reason: 'connection refused (ECONNREFUSED)' }, { failing: true, dropped: 2 }))).toEqual({
      kind: 'unreachable',
      detail: 'connection refused (ECONNREFUSED)',
      dropped: 2,
    });
  });

  it('says writes fail (a full disk) while reads still work', () => {
    const since = '2026-12-07T15:00:00.000Z';
    expect(databaseProblem(database({}, { failing: true, since, lastError: 'the disk is full (SQLITE_FULL)', dropped: 3 }))).toEqual({
      kind: 'writes-failing',
      since,
      detail: 'the disk is full (SQLITE_FULL)',
      dropped: 3,
    });
  });
});
