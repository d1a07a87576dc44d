import Type, { type Static } from 'typebox';

/**
 * The one description of the configuration. Each variable carries a `description`
 * that start-up repeats when a value is refused, so the message says what is allowed.
 */
const int = (min: number, max: number, dflt: number) =>
  Type.Integer({ minimum: min, maximum: max, default: dflt, description: `an integer from ${min} to ${max}` });

const oneOf = <T extends string>(values: readonly T[], dflt: T) =>
  Type.Enum([...values], { default: dflt, description: `one of ${values.join(', ')}` });

export const EnvSchema = Type.Object({
  PORT: int(1, 65535, 8080),
  HOST: Type.String({ minLength: 1, default: '0.0.0.0', description: 'an address to listen on, e.g. 0.0.0.0 or 127.0.0.1' }),
  DATA_DIR: Type.String({ minLength: 1, default: './data', description: 'a directory path' }),
  DATABASE_URL: Type.Optional(
    Type.String({
      pattern: '^(postgres|postgresql|postgresql\\+asyncpg)://',
      description: 'empty (SQLite in DATA_DIR) or postgresql://user:pass@host:port/db',
    }),
  ),
  LOG_LEVEL: oneOf(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const, 'info'),
  LOG_FILE: Type.String({ default: 'logs/app.log', description: 'a file path, or "off" for stdout only' }),
  PUBLIC_URL: Type.Optional(Type.String({ pattern: '^https?://', description: 'the dashboard address, e.g. https://noc.example.com' })),
  DEFAULT_LANGUAGE: oneOf(['pt-BR', 'en'] as const, 'pt-BR'),
  MAP_TILE_URL: Type.String({
    default: 'https://tile.openstreetmap.org/{z}/{x}/{y}.png',
    description: 'a tile URL template with {z}/{x}/{y}, or "off"',
  }),
  TRUST_PROXY: Type.String({
    pattern: '^(off|on|[0-9a-fA-F:.\\/]+(,[0-9a-fA-F:.\\/]+)*)$',
    default: 'off',
    description: 'off, on, or the reverse proxies\' addresses/CIDRs, comma-separated (e.g. 127.0.0.1)',
  }),
  SESSION_TTL_HOURS: int(1, 24 * 365, 24 * 7),
  COOKIE_SECURE: oneOf(['auto', 'true', 'false'] as const, 'auto'),
  LOGIN_MAX_ATTEMPTS_PER_IP: int(1, 10_000, 20),
  LOGIN_MAX_ATTEMPTS_PER_ACCOUNT: int(1, 1_000, 5),
  LOGIN_WINDOW_MINUTES: int(1, 1_440, 15),
  /** Failures on one account from all addresses before its attempts are spaced out (doubling from 1 s). */
  LOGIN_ACCOUNT_BACKOFF_AFTER: int(1, 100_000, 20),
  LOGIN_ACCOUNT_BACKOFF_MAX_SECONDS: int(1, 3_600, 60),
  /** Password hashings (argon2, 64 MiB each) run at once; more wait in a short queue. */
  LOGIN_HASH_CONCURRENCY: int(1, 64, 2),
  // ICMP monitoring
  MONITORING: Type.Enum(['on', 'off'], { default: 'on', description: 'on or off (off: inventory only, no pinging)' }),
  FPING_PATH: Type.String({ minLength: 1, default: 'fping', description: 'the fping executable' }),
  PING_INTERVAL_SECONDS: int(5, 3_600, 30),
  PING_CONCURRENT_LIMIT: int(1, 256, 4),
  PING_COUNT: int(1, 20, 3),
  PING_TIMEOUT_MS: int(50, 10_000, 500),
  PING_PERIOD_MS: int(10, 10_000, 200),
  PING_SEND_INTERVAL_MS: Type.Number({ minimum: 0.01, maximum: 1_000, default: 1, description: 'a number of milliseconds from 0.01 to 1000' }),
  DOWN_AFTER: int(1, 100, 2),
  UP_AFTER: int(1, 100, 1),
  LOSS_DEGRADED_PERCENT: int(1, 100, 20),
  LATENCY_THRESHOLD_MS: int(1, 60_000, 150),
  /** More than this share of a tower's customers down makes the tower degraded. */
  TOWER_CUSTOMERS_DEGRADED_PERCENT: int(0, 100, 30),
  LATENCY_THRESHOLD_MS_BY_TYPE: Type.String({
    pattern: '^$|^(router|switch|ap|station|ptp|olt|server|other)=[0-9]+(,(router|switch|ap|station|ptp|olt|server|other)=[0-9]+)*$',
    default: '',
    description: 'a list like station=300,ptp=50',
  }),
  FLAP_CHANGES: int(2, 100, 4),
  FLAP_WINDOW_MINUTES: int(1, 1_440, 10),
  SNMP_INTERVAL_SECONDS: int(10, 3_600, 60),
  SNMP_CONCURRENT_LIMIT: int(1, 1_000, 100),
  SNMP_TIMEOUT_MS: int(100, 30_000, 2_000),
  SNMP_RETRIES: int(0, 5, 1),
  /** Rows asked for per column in one GETBULK. */
  SNMP_MAX_REPETITIONS: int(1, 100, 10),
  RAW_RETENTION_HOURS: int(1, 24 * 14, 48),
  LOG_RETENTION_DAYS: int(1, 90, 30),
  ROLLUP_RETENTION_DAYS: int(30, 3_650, 400),
  // Read by alerting; validated here so a typo stops start-up.
  TELEGRAM_TOKEN: Type.Optional(Type.String({ pattern: '^[0-9]+:[A-Za-z0-9_-]+$', description: 'a bot token like 123456:ABC-def' })),
  TELEGRAM_CHAT_ID: Type.Optional(
    Type.String({ pattern: '^-?[0-9]+(,-?[0-9]+)*$', description: 'one or more numeric chat ids, comma-separated' }),
  ),
  TELEGRAM_API_URL: Type.String({ pattern: '^https?://[^\\s/]+(/\\S*)?$', default: 'https://api.telegram.org', description: 'the Bot API base URL, http(s)://…' }),
  /** More alerts than this within the window go out as one grouped message. */
  ALERT_GROUP_THRESHOLD: int(1, 1_000, 5),
  ALERT_GROUP_WINDOW_SECONDS: int(1, 3_600, 60),
  /** Re-notify an open alert every N minutes; 0 is off. */
  ALERT_REPEAT_MINUTES: int(0, 10_080, 0),
  /** Radio alerts: signal below this (dBm) or CCQ below this (%) for this many polls in a row. */
  SIGNAL_LOW_DBM: Type.Integer({ minimum: -120, maximum: 0, default: -80, description: 'a signal level in dBm from -120 to 0' }),
  CCQ_LOW_PERCENT: int(1, 100, 60),
  WIRELESS_ALERT_POLLS: int(1, 100, 3),
  WEBHOOK_URLS: Type.String({ pattern: '^$|^https?://[^\\s,]+(,https?://[^\\s,]+)*$', default: '', description: 'a comma-separated list of http(s) URLs' }),
  // Anomaly detection (robust seasonal z-score) on RTT, loss, traffic and signal
  ANOMALY_DETECTION: Type.Enum(['on', 'off'], { default: 'on', description: 'on or off' }),
  ANOMALY_WINDOW_DAYS: int(2, 60, 7),
  ANOMALY_Z_THRESHOLD: Type.Number({ minimum: 1, maximum: 50, default: 3, description: 'a number from 1 to 50' }),
  /** Past days with data for an hour before it is scored. */
  ANOMALY_MIN_BASELINE_DAYS: int(1, 60, 3),
  /** Anomalous points in a row before an anomaly is flagged (and normal ones before it ends). */
  ANOMALY_MIN_POINTS: int(1, 1_000, 3),
  /** Device types whose anomalies raise alerts; tower uplinks always do unless ANOMALY_ALERT_UPLINKS=off. */
  ANOMALY_ALERT_TYPES: Type.String({
    pattern: '^(none|((router|switch|ap|station|ptp|olt|server|other)(,(router|switch|ap|station|ptp|olt|server|other))*))$',
    default: 'ptp',
    description: 'a comma-separated list of device types (router, switch, ap, station, ptp, olt, server, other), or "none"',
  }),
  ANOMALY_ALERT_UPLINKS: Type.Enum(['on', 'off'], { default: 'on', description: 'on or off' }),
  // Synthetic checks of the outside world
  SYNTHETIC_INTERVAL_SECONDS: int(10, 86_400, 300),
  SYNTHETIC_TIMEOUT_MS: int(100, 60_000, 5_000),
  /** What a new install checks; parsed in config/load.ts. */
  SYNTHETIC_DEFAULT_TARGETS: Type.String({ default: '', description: 'a comma-separated list of icmp:HOST, dns:RESOLVER[@PORT]/NAME[/TYPE], http(s)://URL, tcp:HOST:PORT, or "none"' }),
  /** External targets failing (all, or at least this many) while devices answer: one internet-outage alert. */
  SYNTHETIC_QUORUM: Type.String({ pattern: '^(all|[1-9][0-9]{0,3})$', default: 'all', description: '"all" or a number of external targets' }),
  /** Extra certificate authorities (PEM) trusted by HTTPS checks, e.g. an internal CA. */
  SYNTHETIC_CA_FILE: Type.Optional(Type.String({ minLength: 1, description: 'a PEM file path' })),
  WEBHOOK_SECRET: Type.Optional(Type.String({ minLength: 16, description: 'at least 16 characters' })),
});

export type Env = Static<typeof EnvSchema>;
