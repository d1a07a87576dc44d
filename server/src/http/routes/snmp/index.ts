import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { ErrorResponse, IdParams } from '../../common-schema.js';
import type { AppDeps } from '../../app.js';
import { invalid, notFound } from '../../errors.js';
import { seriesWindow } from '../../series-window.js';
import { mergeSnmp } from '../../../inventory/snmp-settings.js';
import type { SnmpSettings } from '../devices/schema.js';
import { radioKeys, type SnmpDeviceState } from '../../../monitoring/snmp/state.js';
import { trafficSeries, wirelessSeries } from '../../../monitoring/snmp/series.js';
import { seriesBand } from '../../../monitoring/anomaly/band.js';
import { SeriesQuery, SnmpEventList, SnmpEventsQuery, SnmpTestBody, SnmpTestResult, SnmpView, TrafficSeries, WirelessSeries } from './schema.js';

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

export function presentSnmp(s: SnmpDeviceState | null): SnmpView {
  if (!s) return { polledAt: null, okAt: null, error: null, errorSince: null, system: null, interfaces: [], wireless: [], clients: [] };
  const keys = radioKeys(s.wireless);
  return {
    polledAt: iso(s.polledAt),
    okAt: iso(s.okAt),
    error: s.error,
    errorSince: iso(s.errorSince),
    system: s.system,
    interfaces: s.interfaces.map(({ counters: _counters, ...i }) => i),
    wireless: s.wireless.map((r, i) => ({ ...r, historyKey: keys[i]! })),
    clients: s.clients,
  };
}

export const snmpRoutes: FastifyPluginAsyncTypebox<AppDeps> = async (app, deps) => {
  const tags = ['snmp'];
  const { monitor, engine } = deps.monitoring.snmp;
  const device = async (id: number) => {
    const row = await deps.repos.devices.byId(id);
    if (!row) throw notFound('Device');
    return row;
  };
  const window = (q: SeriesQuery) => ({
    ...seriesWindow(q),
    step: q.step,
    rawSeconds: deps.config.RAW_RETENTION_HOURS * 3600,
    intervalSeconds: deps.config.SNMP_INTERVAL_SECONDS,
  });

  app.get('/devices/:id/snmp', { schema: { tags, params: IdParams, response: { 200: SnmpView, 404: ErrorResponse } } }, async (request) => {
    await device(request.params.id);
    return presentSnmp(monitor.get(request.params.id));
  });

  app.post(
    '/devices/:id/snmp/poll',
    { schema: { tags, description: 'Polls the device now (whatever ICMP says) and returns what it answered.', params: IdParams, response: { 200: SnmpView, 400: ErrorResponse, 404: ErrorResponse } } },
    async (request) => {
      const row = await device(request.params.id);
      if (!row.snmp) throw invalid('SNMP_NOT_CONFIGURED', 'snmp', 'this device has no SNMP settings');
      await engine.pollNow(request.params.id);
      return presentSnmp(monitor.get(request.params.id));
    },
  );

  app.get('/devices/:id/snmp/events', { schema: { tags, params: IdParams, querystring: SnmpEventsQuery, response: { 200: SnmpEventList, 404: ErrorResponse } } }, async (request) => {
    await device(request.params.id);
    const events = await deps.repos.snmpState.events({ deviceId: request.params.id, limit: request.query.limit ?? 100 });
    return { items: events.map((e) => ({ at: new Date(e.at).toISOString(), kind: e.kind, ifIndex: e.ifIndex, detail: e.detail })) };
  });

  app.get('/devices/:id/traffic', { schema: { tags, params: IdParams, querystring: SeriesQuery, response: { 200: TrafficSeries, 400: ErrorResponse, 404: ErrorResponse } } }, async (request) => {
    await device(request.params.id);
    const w = window(request.query);
    const series = await trafficSeries(deps.repos.snmpHistory, { ...w, deviceId: request.params.id, ifIndex: request.query.ifIndex });
    const band = (way: 'in' | 'out') => seriesBand(deps.repos.anomalies, deps.monitoring.anomalies.options, request.params.id, `traffic_${way}:${request.query.ifIndex}`, w.from, w.to);
    return { ...series, baseline: { in: await band('in'), out: await band('out') } };
  });

  app.get(
    '/devices/:id/wireless-history',
    { schema: { tags, params: IdParams, querystring: SeriesQuery, response: { 200: WirelessSeries, 400: ErrorResponse, 404: ErrorResponse } } },
    async (request) => {
      await device(request.params.id);
      const w = window(request.query);
      const series = await wirelessSeries(deps.repos.snmpHistory, { ...w, deviceId: request.params.id, radio: request.query.ifIndex });
      return { ...series, baseline: await seriesBand(deps.repos.anomalies, deps.monitoring.anomalies.options, request.params.id, `signal:${request.query.ifIndex}`, w.from, w.to) };
    },
  );

  app.post(
    '/snmp/test',
    {
      schema: { tags, description: 'Tries SNMP credentials against a host without saving anything.', body: SnmpTestBody, response: { 200: SnmpTestResult, 400: ErrorResponse, 404: ErrorResponse } },
    },
    async (request) => {
      const { host, snmp, deviceId } = request.body;
      const row = deviceId === undefined ? null : await device(deviceId);
      // Stored secrets go only to the device's own address, never to a host typed in the form.
      const stored = row?.snmp && row.host === host ? (JSON.parse(row.snmp) as SnmpSettings) : null;
      const merged = mergeSnmp(stored, snmp);
      if (!merged.ok) throw invalid('VALIDATION', merged.field, merged.message);
      if (!merged.value) throw invalid('VALIDATION', 'snmp', 'SNMP settings are required');
      const r = await engine.test(host, merged.value);
      const reading = r.data.reading;
      return {
        ok: r.ok,
        error: r.reason,
        durationMs: r.data.durationMs,
        system: reading?.system ?? null,
        interfaces: reading?.interfaces.length ?? 0,
        radios: reading?.wireless.length ?? 0,
        clients: reading?.clients.length ?? 0,
      };
    },
  );
};
