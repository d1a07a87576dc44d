import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ConfigError, loadConfig } from './load.js';

const NO_FILE = '/nonexistent/.env';

describe('loadConfig', () => {
  it('has working defaults: port 8080, SQLite in ./data', () => {
    const c = loadConfig({}, NO_FILE);
    expect(c.PORT).toBe(8080);
    expect(c.LOG_FILE).toBe('logs/app.log');
    expect(c.PING_INTERVAL_SECONDS).toBe(30);
    expect(c.database).toEqual({ kind: 'sqlite', file: path.resolve('./data/torre.db') });
  });

  it.each([
    ['PORT', 'abc', /^Invalid PORT="abc": expected an integer from 1 to 65535$/],
    ['PORT', '70000', /PORT.*1 to 65535/],
    ['LOG_LEVEL', 'loud', /^Invalid LOG_LEVEL="loud": expected one of fatal, error, warn, info/],
    ['DATABASE_URL', 'mysql://x', /^Invalid DATABASE_URL=.*postgresql:\/\//],
    ['PING_INTERVAL_SECONDS', '2', /PING_INTERVAL_SECONDS.*5 to 3600/],
    ['LOG_RETENTION_DAYS', '365', /LOG_RETENTION_DAYS.*1 to 90/],
    ['TELEGRAM_CHAT_ID', 'abc', /TELEGRAM_CHAT_ID.*numeric chat ids/],
    ['TELEGRAM_API_URL', 'ftp://bot', /TELEGRAM_API_URL.*http\(s\)/],
    ['ALERT_GROUP_THRESHOLD', '0', /ALERT_GROUP_THRESHOLD/],
    ['TRUST_PROXY', 'yes please', /TRUST_PROXY.*off, on, or the reverse proxies/],
    ['PING_SEND_INTERVAL_MS', '0', /PING_SEND_INTERVAL_MS.*0.01 to 1000/],
    ['LATENCY_THRESHOLD_MS_BY_TYPE', 'radio=5', /LATENCY_THRESHOLD_MS_BY_TYPE.*station=300/],
    ['TOWER_CUSTOMERS_DEGRADED_PERCENT', '101', /^Invalid TOWER_CUSTOMERS_DEGRADED_PERCENT=101: expected an integer from 0 to 100$/],
    ['SYNTHETIC_DEFAULT_TARGETS', 'icmp:8.8.8.8,smtp:1.1.1.1', /^Invalid SYNTHETIC_DEFAULT_TARGETS: item "smtp:1.1.1.1" is not understood/],
    ['SYNTHETIC_QUORUM', 'most', /SYNTHETIC_QUORUM.*"all" or a number/],
    ['SYNTHETIC_CA_FILE', '/nonexistent/ca.pem', /^Invalid SYNTHETIC_CA_FILE="\/nonexistent\/ca.pem": cannot read it \(ENOENT\)$/],
  ])('refuses %s=%s with one line naming it', (key, value, message) => {
    expect(() => loadConfig({ [key]: value }, NO_FILE)).toThrow(ConfigError);
    try {
      loadConfig({ [key]: value }, NO_FILE);
    } catch (err) {
      expect((err as Error).message).toMatch(message);
      expect((err as Error).message).not.toContain('\n');
    }
  });

  it('accepts the PostgreSQL URL forms and normalises the asyncpg one', () => {
    expect(loadConfig({ DATABASE_URL: 'postgres://u@h/db' }, NO_FILE).database).toEqual({ kind: 'postgres', url: 'postgres://u@h/db' });
    expect(loadConfig({ DATABASE_URL: 'postgresql+asyncpg://u:p@h:5432/db' }, NO_FILE).database).toEqual({
      kind: 'postgres',
      url: 'postgresql://u:p@h:5432/db',
      normalisedFrom: 'postgresql+asyncpg',
    });
  });

  it('reads a .env file, and the environment wins over it', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'torre-env-'));
    const file = path.join(dir, '.env');
    fs.writeFileSync(file, 'PORT=9090\nHOST=127.0.0.1\n');
    expect(loadConfig({}, file)).toMatchObject({ PORT: 9090, HOST: '127.0.0.1' });
    expect(loadConfig({ PORT: '9191' }, file).PORT).toBe(9191);
    fs.rmSync(dir, { recursive: true });
  });
});
