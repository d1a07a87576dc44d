import type { SyntheticRound } from '../../../monitoring/synthetic/synthetic-engine.js';
import type { AnomalyChange } from '../../../monitoring/anomaly/anomaly-monitor.js';
import { presentAnomaly } from '../anomalies/index.js';
import { reasonDevice } from './reason-device.js';
import type { ServerResponse } from 'node:http';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { AppDeps } from '../../app.js';
import type { FlappingChange, RoundSummary, SnmpCycleSummary, StatusChange } from '../../../monitoring/event-bus.js';
import type { SnmpEvent } from '../../../monitoring/snmp/state.js';
import type { Alert } from '../../../db/repos/alerts.js';
import { presentAlert } from '../alerts/index.js';
import type { TowerStatusEvent } from '../../../db/repos/tower-status.js';
import { EventList, EventsQuery, Summary, type StreamTowerStatusEvent } from './schema.js';

const MAX_BUFFERED_BYTES = 4 * 1024 * 1024;

export const monitoringRoutes: FastifyPluginAsyncTypebox<AppDeps> = async (app, deps) => {
  const tags = ['monitoring'];
  // Open streams never end on their own: end them when the server shuts down, or close() would wait.
  const streams = new Set<ServerResponse>();
  app.addHook('preClose', async () => {
    for (const res of streams) res.end();
  });

  app.get('/summary', { schema: { tags, response: { 200: Summary } } }, async () => {
    const enabled = (await deps.services.inventory.get()).devices.filter((d) => d.enabled).map((d) => d.id);
    return { ...(await deps.repos.deviceStatus.summary()), maintenance: (await deps.alerting.maintenance.coveredIds(enabled)).size };
  });

  app.get(
    '/events',
    { schema: { tags, description: 'Status changes, newest first; `reasonDevice` names the device an upstream reason points at.', querystring: EventsQuery, response: { 200: EventList } } },
    async (request) => {
      const [events, snap] = await Promise.all([deps.repos.deviceStatus.listEvents({ ...request.query, limit: request.query.limit ?? 100 }), deps.services.inventory.get()]);
      return { items: events.map((e) => ({ ...e, reasonDevice: reasonDevice(snap, e.reason) })) };
    },
  );

  app.get('/stream', { schema: { tags, description: 'Server-Sent Events: `status`, `flapping`, `round`, `snmp-cycle`, `snmp`, `alert`, `maintenance`, `synthetic`, `anomaly` and `tower-status` events.' } }, (request, reply) => {
    reply.hijack();
    const res = reply.raw;
    res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache', connection: 'keep-alive', 'x-accel-buffering': 'no' });
    const send = (event: string, data: unknown) => {
      // A client that stopped reading is dropped rather than buffered without end; EventSource
      // reconnects, and the app refetches what it shows.
      if (res.writableLength > MAX_BUFFERED_BYTES) return void res.end();
      res.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
    };
    const bus = deps.monitoring.bus;
    const onStatus = (e: StatusChange) => send('status', { ...e, at: new Date(e.at).toISOString() });
    const onFlap = (e: FlappingChange) => send('flapping', { ...e, at: new Date(e.at).toISOString() });
    const onRound = (e: RoundSummary) => send('round', { at: new Date(e.at).toISOString(), durationMs: e.durationMs, probeMs: e.probeMs, storeMs: e.storeMs, devices: e.devices, counts: e.counts, overruns: e.overruns });
    const onSnmpCycle = (e: SnmpCycleSummary) =>
      send('snmp-cycle', { at: new Date(e.at).toISOString(), durationMs: e.durationMs, devices: e.devices, polled: e.polled, failed: e.failed, skipped: e.skipped });
    const onSnmpEvent = (e: SnmpEvent) => send('snmp', { ...e, at: new Date(e.at).toISOString() });
    const onAlert = (a: Alert) => send('alert', presentAlert(a));
    const onMaintenance = (e: { at: number }) => send('maintenance', { at: new Date(e.at).toISOString() });
    const onAnomaly = (e: AnomalyChange) => send('anomaly', { ...presentAnomaly(e.anomaly), phase: e.phase });
    const onTowerStatus = (e: TowerStatusEvent) =>
      send('tower-status', { towerId: e.towerId, from: e.from, to: e.to, at: new Date(e.at).toISOString(), reason: e.reason, infraDown: e.infraDown, customersDown: e.customersDown, customers: e.customers } satisfies StreamTowerStatusEvent);
    const onSynthetic = (e: SyntheticRound) => send('synthetic', { at: new Date(e.at).toISOString(), upstream: e.upstream, changed: e.results.filter((r) => r.changed).map((r) => r.targetId) });
    bus.on('status.changed', onStatus);
    bus.on('flapping.changed', onFlap);
    bus.on('round.completed', onRound);
    bus.on('snmp.cycle.completed', onSnmpCycle);
    bus.on('snmp.event', onSnmpEvent);
    bus.on('alert.changed', onAlert);
    bus.on('maintenance.changed', onMaintenance);
    bus.on('synthetic.round', onSynthetic);
    bus.on('anomaly.changed', onAnomaly);
    bus.on('tower.status.changed', onTowerStatus);
    streams.add(res);
    res.write('retry: 3000\n\n');
    const heartbeat = setInterval(() => res.write(': keep-alive\n\n'), 15_000);
    request.raw.on('close', () => {
      streams.delete(res);
      clearInterval(heartbeat);
      bus.off('status.changed', onStatus);
      bus.off('flapping.changed', onFlap);
      bus.off('round.completed', onRound);
      bus.off('snmp.cycle.completed', onSnmpCycle);
      bus.off('snmp.event', onSnmpEvent);
      bus.off('alert.changed', onAlert);
      bus.off('maintenance.changed', onMaintenance);
      bus.off('synthetic.round', onSynthetic);
      bus.off('anomaly.changed', onAnomaly);
      bus.off('tower.status.changed', onTowerStatus);
    });
  });
};
