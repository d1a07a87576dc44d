import Fastify, { LogController, type FastifyServerOptions } from 'fastify';
import cookie from '@fastify/cookie';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { Config } from '../config/load.js';
import type { Db } from '../db/database.js';
import type { Repos, Services } from '../services.js';
import type { LoginLimiter } from '../auth/login-limiter.js';
import type { Passwords } from '../auth/passwords.js';
import type { Monitoring } from '../monitoring/index.js';
import type { Alerting } from '../alerting/index.js';
import { registerFormats, serializerFormats } from './formats.js';
import { registerErrorHandler } from './plugins/errors.js';
import { registerInputGuard } from './plugins/input-guard.js';
import { registerAuth } from './plugins/auth.js';
import { registerCsrf } from './plugins/csrf.js';
import { registerSecurityHeaders } from './plugins/security-headers.js';
import { registerDatabaseFaults } from './plugins/database-faults.js';
import { registerStaticFiles } from './plugins/static-files.js';
import { authRoutes } from './routes/auth/index.js';
import { userRoutes } from './routes/users/index.js';
import { tokenRoutes } from './routes/tokens/index.js';
import { towerRoutes } from './routes/towers/index.js';
import { linkRoutes } from './routes/links/index.js';
import { deviceRoutes } from './routes/devices/index.js';
import { towerCsvRoutes } from './routes/tower-csv/index.js';
import { templateRoutes } from './routes/templates/index.js';
import { healthRoutes } from './routes/health/index.js';
import { monitoringRoutes } from './routes/monitoring/index.js';
import { metricsRoutes } from './routes/metrics/index.js';
import { snmpRoutes } from './routes/snmp/index.js';
import { alertRoutes } from './routes/alerts/index.js';
import { maintenanceRoutes } from './routes/maintenance/index.js';
import { syntheticRoutes } from './routes/synthetic/index.js';
import { anomalyRoutes } from './routes/anomalies/index.js';
import { settingsRoutes } from './routes/settings/index.js';
import { incidentRoutes } from './routes/incidents/index.js';

export interface AppDeps {
  config: Config;
  db: Db;
  repos: Repos;
  services: Services;
  monitoring: Monitoring;
  alerting: Alerting;
  loginLimiter: LoginLimiter;
  passwords: Passwords;
  version: string;
  /** The built web app to serve at /, or null for an API-only server. */
  webDir: string | null;
  logger: FastifyServerOptions['loggerInstance'] | false;
}

export async function buildApp(deps: AppDeps) {
  registerFormats();
  const app = Fastify({
    ...(deps.logger ? { loggerInstance: deps.logger } : { logger: false }),
    // X-Forwarded-For decides the client address (and so the per-IP login limit): trust it
    // only from the configured proxies, never from anyone by default.
    trustProxy: deps.config.TRUST_PROXY === 'off' ? false : deps.config.TRUST_PROXY === 'on' ? true : deps.config.TRUST_PROXY,
    // One line per request from our onResponse hook instead of Fastify's two.
    logController: new LogController({ disableRequestLogging: true }),
    serializerOpts: { ajv: { formats: serializerFormats } },
  }).withTypeProvider<TypeBoxTypeProvider>();
  // TypeBox's validator with canonical integers and trimmed names, and no NUL characters anywhere.
  registerInputGuard(app);

  await app.register(cookie);
  await registerSecurityHeaders(app, { mapTileUrl: deps.config.MAP_TILE_URL });
  await app.register(swagger, {
    openapi: {
      info: { title: 'Torre API', version: deps.version, description: 'Network monitor for ISPs: towers, equipment, monitoring.' },
      components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
      security: [{ bearer: [] }],
    },
  });
  app.addHook('onRoute', (route) => {
    // The docs themselves are public, like /healthz.
    if (route.url.startsWith('/api/docs')) route.config = { ...(route.config ?? {}), auth: 'public' };
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs', uiConfig: { docExpansion: 'list' } });
  app.addHook('onResponse', async (request, reply) => {
    const line = { method: request.method, url: request.url, status: reply.statusCode, ms: Math.round(reply.elapsedTime) };
    if (reply.statusCode >= 500) request.log.warn(line, 'request failed');
    else request.log.debug(line, 'request');
  });
  registerErrorHandler(app);
  registerDatabaseFaults(app, deps.monitoring.writes);
  // Before auth: a forged request is refused without looking up its session.
  registerCsrf(app, { publicUrl: deps.config.PUBLIC_URL });
  registerAuth(app, { sessions: deps.repos.sessions });

  await app.register(healthRoutes, deps);
  await app.register(authRoutes, { ...deps, prefix: '/api/auth' });
  await app.register(userRoutes, { ...deps, prefix: '/api/users' });
  await app.register(tokenRoutes, { ...deps, prefix: '/api/tokens' });
  await app.register(towerRoutes, { ...deps, prefix: '/api/towers' });
  await app.register(linkRoutes, { ...deps, prefix: '/api/links' });
  await app.register(towerCsvRoutes, { ...deps, prefix: '/api/towers' });
  await app.register(deviceRoutes, { ...deps, prefix: '/api/devices' });
  await app.register(templateRoutes, { ...deps, prefix: '/api/templates' });
  await app.register(snmpRoutes, { ...deps, prefix: '/api' });
  await app.register(alertRoutes, { ...deps, prefix: '/api/alerts' });
  await app.register(maintenanceRoutes, { ...deps, prefix: '/api/maintenance' });
  await app.register(syntheticRoutes, { ...deps, prefix: '/api/synthetic' });
  await app.register(anomalyRoutes, { ...deps, prefix: '/api/anomalies' });
  await app.register(settingsRoutes, { ...deps, prefix: '/api/settings' });
  await app.register(incidentRoutes, { ...deps, prefix: '/api/incidents' });
  await app.register(monitoringRoutes, { ...deps, prefix: '/api' });
  await app.register(metricsRoutes, deps);

  await registerStaticFiles(app, { webDir: deps.webDir });
  return app;
}
export type App = Awaited<ReturnType<typeof buildApp>>;
