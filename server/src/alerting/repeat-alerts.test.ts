import { execFileSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminAuth, createTestApp } from '../test-support/test-app.js';
import { TEST_DB } from '../test-support/test-db.js';
import type { Alert } from '../db/repos/alerts.js';
import type { NotifyPhase } from './alert-engine.js';

// This file's own loopback address (one per database run).
const HOST = TEST_DB === 'postgres' ? '127.0.66.1' : '127.0.65.1';
const DROP = ['OUTPUT', '-d', HOST, '-p', 'icmp', '-j', 'DROP'];

describe(`reminders for alerts left open (${TEST_DB})`, () => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  let admin: { authorization: string };
  const sent: string[] = [];
  let clock = Date.now();
  const rounds = async (n: number) => {
    for (let i = 0; i < n; i++) {
      await t.monitoring.engine.runRound((clock += 10_000));
      await t.alerting.engine.idle();
    }
  };

  beforeAll(async () => {
    t = await createTestApp({ PING_COUNT: '1', PING_TIMEOUT_MS: '300', DOWN_AFTER: '2', ALERT_REPEAT_MINUTES: '1' }, TEST_DB, async (a: Alert, phase: NotifyPhase, n?: number) => {
      sent.push(`${phase}${n ? ` ${n}` : ''}: ${a.message}`);
    });
    admin = await adminAuth(t.app);
    // This file is about reminders, not severity: every alert is sent, a customer station's too.
    expect((await t.app.inject({ method: 'PUT', url: '/api/settings/alert-severity', headers: admin, payload: { minimum: 'info' } })).statusCode).toBe(200);
    await t.app.inject({ method: 'POST', url: '/api/devices', headers: admin, payload: { name: 'Cliente Longe', host: HOST, type: 'station' } });
    execFileSync('iptables', ['-I', ...DROP]);
  }, 60_000);
  afterAll(async () => {
    execFileSync('iptables', ['-D', ...DROP]);
    await t?.close();
  });

  it('re-announces an open alert every ALERT_REPEAT_MINUTES until someone acknowledges it', async () => {
    await rounds(2);
    expect(sent).toEqual(['open: Cliente Longe fora do ar']);
    await rounds(6); // one minute later
    expect(sent).toEqual(['open: Cliente Longe fora do ar', 'repeat 1: Cliente Longe fora do ar']);
    const id = ((await t.app.inject({ method: 'GET', url: '/api/alerts?state=open', headers: admin })).json().items as { id: number }[])[0]!.id;
    await t.app.inject({ method: 'POST', url: `/api/alerts/${id}/ack`, headers: admin });
    await rounds(7);
    expect(sent).toHaveLength(2);
  }, 60_000);
});
