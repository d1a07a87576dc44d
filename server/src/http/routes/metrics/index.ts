import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { AppDeps } from '../../app.js';
import { STATUSES } from '../devices/schema.js';

const label = (v: string) => v.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n');

/**
 * Prometheus text format for Grafana: per-device status, RTT and loss, and the engine's own
 * figures. Protected like the API: an API token (`Authorization: Bearer tok_…`) of any role.
 */
export const metricsRoutes: FastifyPluginAsyncTypebox<AppDeps> = async (app, deps) => {
  app.get('/metrics', { config: { auth: 'viewer' }, schema: { tags: ['monitoring'], produces: ['text/plain'] } }, async (_request, reply) => {
    const { monitor, engine } = deps.monitoring;
    const devices = await deps.db.kysely
      .selectFrom('devices')
      .leftJoin('towers', 'towers.id', 'devices.tower_id')
      .select(['devices.id', 'devices.name', 'devices.host', 'devices.type', 'towers.name as tower'])
      .where('devices.enabled', '=', 1)
      .orderBy('devices.id')
      .execute();
    const status: string[] = [];
    const rtt: string[] = [];
    const loss: string[] = [];
    const signal: string[] = [];
    const ccq: string[] = [];
    const snmpUp: string[] = [];
    const snmp = deps.monitoring.snmp;
    for (const d of devices) {
      const labels = `device_id="${d.id}",device="${label(d.name)}",host="${label(d.host)}",type="${d.type}",tower="${label(d.tower ?? '')}"`;
      const current = monitor.state(d.id)?.status ?? 'unknown';
      for (const s of STATUSES) status.push(`torre_device_status{${labels},status="${s}"} ${s === current ? 1 : 0}`);
      const last = monitor.latest(d.id);
      if (last) {
        if (last.rttMs !== null) rtt.push(`torre_device_rtt_ms{${labels}} ${last.rttMs}`);
        loss.push(`torre_device_loss_ratio{${labels}} ${last.lossPercent / 100}`);
      }
      const polled = snmp.monitor.get(d.id);
      if (polled) {
        snmpUp.push(`torre_device_snmp_up{${labels}} ${polled.error === null ? 1 : 0}`);
        if (polled.signalDbm !== null) signal.push(`torre_device_signal_dbm{${labels}} ${polled.signalDbm}`);
        if (polled.ccqPercent !== null) ccq.push(`torre_device_ccq_percent{${labels}} ${polled.ccqPercent}`);
      }
    }
    const round = engine.lastRound;
    const lines = [
      '# HELP torre_device_status 1 for the status the device is in.',
      '# TYPE torre_device_status gauge',
      ...status,
      '# HELP torre_device_rtt_ms Average round-trip time of the last round, milliseconds.',
      '# TYPE torre_device_rtt_ms gauge',
      ...rtt,
      '# HELP torre_device_loss_ratio Packet loss of the last round, 0 to 1.',
      '# TYPE torre_device_loss_ratio gauge',
      ...loss,
      '# HELP torre_round_duration_seconds Wall time of the last round, from its start to all results stored.',
      '# TYPE torre_round_duration_seconds gauge',
      `torre_round_duration_seconds ${round ? round.durationMs / 1000 : 0}`,
      '# HELP torre_round_devices Devices probed in the last round.',
      '# TYPE torre_round_devices gauge',
      `torre_round_devices ${round?.devices ?? 0}`,
      '# HELP torre_rounds_total Rounds completed since start.',
      '# TYPE torre_rounds_total counter',
      `torre_rounds_total ${engine.rounds}`,
      '# HELP torre_round_overruns_total Rounds skipped because the previous one was still running.',
      '# TYPE torre_round_overruns_total counter',
      `torre_round_overruns_total ${engine.overruns}`,
      '# HELP torre_device_snmp_up 1 when the device answered its last SNMP poll.',
      '# TYPE torre_device_snmp_up gauge',
      ...snmpUp,
      '# HELP torre_device_signal_dbm The worst radio signal at the last SNMP poll, dBm.',
      '# TYPE torre_device_signal_dbm gauge',
      ...signal,
      '# HELP torre_device_ccq_percent The worst radio CCQ at the last SNMP poll, percent.',
      '# TYPE torre_device_ccq_percent gauge',
      ...ccq,
      '# HELP torre_snmp_cycle_duration_seconds Wall time of the last SNMP poll cycle.',
      '# TYPE torre_snmp_cycle_duration_seconds gauge',
      `torre_snmp_cycle_duration_seconds ${(snmp.engine.lastCycle?.durationMs ?? 0) / 1000}`,
      '# HELP torre_snmp_cycle_failed Devices that did not answer SNMP in the last cycle.',
      '# TYPE torre_snmp_cycle_failed gauge',
      `torre_snmp_cycle_failed ${snmp.engine.lastCycle?.failed ?? 0}`,
      '# HELP torre_snmp_history_rows_total Interface and wireless history rows stored since start.',
      '# TYPE torre_snmp_history_rows_total counter',
      `torre_snmp_history_rows_total ${snmp.monitor.rowsWritten}`,
      '# HELP torre_icmp_available 1 when fping can run.',
      '# TYPE torre_icmp_available gauge',
      `torre_icmp_available ${deps.monitoring.icmp.available ? 1 : 0}`,
    ];
    return reply.type('text/plain; version=0.0.4; charset=utf-8').send(lines.join('\n') + '\n');
  });
};
