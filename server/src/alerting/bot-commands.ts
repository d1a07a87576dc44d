import type { Alert } from '../db/repos/alerts.js';
import type { Language } from './messages.js';
import { escapeHtml } from './notifiers/html.js';

export interface DownDevice {
  id: number;
  name: string;
  tower: string | null;
  since: number | null;
}

/** What the commands can see and do; passed in, so the commands are tested without a bot. */
export interface BotActions {
  counts(): Promise<Record<string, number>>;
  openAlerts(): Alert[];
  /** The last synthetic round's verdict on the transit (null before the first, or without external checks). */
  upstream?(): { external: number; failing: number; outage: boolean } | null;
  down(limit: number): Promise<{ items: DownDevice[]; total: number }>;
  acknowledge(id: number, by: string): Promise<Alert | null>;
  /** Puts a device or tower (by name, host or tower code) in maintenance; null when no such target. */
  maintain?(target: string, minutes: number, reason: string | null, by: string): Promise<{ name: string; until: number } | null>;
  unmaintain?(target: string, by: string): Promise<{ name: string; ended: number } | null>;
}

const T = {
  'pt-BR': {
    help: 'Comandos: /status, /down, /ack &lt;alerta&gt;, /maint &lt;equipamento|torre&gt; &lt;duração&gt; [motivo], /unmaint &lt;equipamento|torre&gt;',
    status: (c: Record<string, number>, open: number) =>
      `<b>Status</b>\nNo ar: ${c.up ?? 0} · Degradados: ${c.degraded ?? 0} · Fora do ar: ${c.down ?? 0} · Inalcançáveis: ${c.unreachable ?? 0} · Sem dados: ${c.unknown ?? 0}\nAlertas abertos: ${open}`,
    internet: (u: { external: number; failing: number; outage: boolean }) =>
      u.outage ? `Internet: <b>FORA DO AR</b> (${u.failing} de ${u.external} alvos externos sem resposta)` : `Internet: OK (${u.external - u.failing} de ${u.external} alvos externos respondem)`,
    noneDown: 'Nenhum equipamento fora do ar.',
    down: (n: number) => `<b>Fora do ar (${n})</b>`,
    more: (n: number) => `… e mais ${n}`,
    ackUsage: 'Uso: /ack &lt;número do alerta&gt;',
    noAlert: (id: number) => `Alerta #${id} não encontrado.`,
    acked: (a: Alert) => `Alerta #${a.id} reconhecido por ${escapeHtml(a.acknowledgedBy ?? '')}: ${escapeHtml(a.message)}`,
    maintUsage: 'Uso: /maint &lt;equipamento|torre&gt; &lt;duração, ex.: 30m, 2h, 1d&gt; [motivo]',
    unmaintUsage: 'Uso: /unmaint &lt;equipamento|torre&gt;',
    noTarget: (t: string) => `Nenhum equipamento ou torre "${escapeHtml(t)}".`,
    maint: (name: string, until: string) => `${escapeHtml(name)} em manutenção até ${until}.`,
    unmaint: (name: string) => `Manutenção de ${escapeHtml(name)} encerrada.`,
    noMaint: 'Manutenção ainda não disponível.',
    unknown: 'Comando desconhecido.',
  },
  en: {
    help: 'Commands: /status, /down, /ack &lt;alert&gt;, /maint &lt;device|tower&gt; &lt;duration&gt; [reason], /unmaint &lt;device|tower&gt;',
    status: (c: Record<string, number>, open: number) =>
      `<b>Status</b>\nUp: ${c.up ?? 0} · Degraded: ${c.degraded ?? 0} · Down: ${c.down ?? 0} · Unreachable: ${c.unreachable ?? 0} · No data: ${c.unknown ?? 0}\nOpen alerts: ${open}`,
    internet: (u: { external: number; failing: number; outage: boolean }) =>
      u.outage ? `Internet: <b>DOWN</b> (${u.failing} of ${u.external} external targets not answering)` : `Internet: OK (${u.external - u.failing} of ${u.external} external targets answering)`,
    noneDown: 'No device is down.',
    down: (n: number) => `<b>Down (${n})</b>`,
    more: (n: number) => `… and ${n} more`,
    ackUsage: 'Usage: /ack &lt;alert number&gt;',
    noAlert: (id: number) => `Alert #${id} not found.`,
    acked: (a: Alert) => `Alert #${a.id} acknowledged by ${escapeHtml(a.acknowledgedBy ?? '')}: ${escapeHtml(a.message)}`,
    maintUsage: 'Usage: /maint &lt;device|tower&gt; &lt;duration, e.g. 30m, 2h, 1d&gt; [reason]',
    unmaintUsage: 'Usage: /unmaint &lt;device|tower&gt;',
    noTarget: (t: string) => `No device or tower "${escapeHtml(t)}".`,
    maint: (name: string, until: string) => `${escapeHtml(name)} in maintenance until ${until}.`,
    unmaint: (name: string) => `Maintenance of ${escapeHtml(name)} ended.`,
    noMaint: 'Maintenance is not available yet.',
    unknown: 'Unknown command.',
  },
} as const;

/** "30m", "2h", "1d", "90" (minutes) → minutes; null when it is not a duration (up to 30 days). */
export function parseDuration(text: string): number | null {
  const m = /^(\d+)\s*(m|min|h|d)?$/i.exec(text.trim());
  if (!m) return null;
  const n = Number(m[1]);
  const unit = (m[2] ?? 'm').toLowerCase();
  const minutes = unit === 'h' ? n * 60 : unit === 'd' ? n * 1440 : n;
  return minutes >= 1 && minutes <= 30 * 1440 ? minutes : null;
}

/**
 * The bot's commands, answered in HTML. A target may contain spaces ("Serra Azul"): for /maint
 * the duration is the first word that reads as one, and what comes after it is the reason.
 */
export function createBotCommands(actions: BotActions, o: { language: Language; timeZone?: string }) {
  const t = T[o.language];
  const when = (ms: number) => new Date(ms).toLocaleString(o.language, { timeZone: o.timeZone, dateStyle: 'short', timeStyle: 'short' });

  return async function handle(text: string, from: string): Promise<string> {
    const [head = '', ...args] = text.trim().split(/\s+/);
    const command = head.toLowerCase().replace(/@.*$/, ''); // "/status@torre_bot" in groups
    switch (command) {
      case '/start':
      case '/help':
        return t.help;
      case '/status': {
        const upstream = actions.upstream?.() ?? null;
        const status = t.status(await actions.counts(), actions.openAlerts().filter((a) => a.suppressedBy === null).length);
        return upstream && upstream.external > 0 ? `${status}\n${t.internet(upstream)}` : status;
      }
      case '/down': {
        const { items, total } = await actions.down(30);
        if (total === 0) return t.noneDown;
        const lines = items.map((d) => `• ${escapeHtml(d.tower ? `${d.tower} / ${d.name}` : d.name)}${d.since ? ` (${when(d.since)})` : ''}`);
        return [t.down(total), ...lines, ...(total > items.length ? [t.more(total - items.length)] : [])].join('\n');
      }
      case '/ack': {
        const id = Number(args[0]?.replace(/^#/, ''));
        if (!Number.isInteger(id) || id < 1) return t.ackUsage;
        const alert = await actions.acknowledge(id, from);
        return alert ? t.acked(alert) : t.noAlert(id);
      }
      case '/maint': {
        if (!actions.maintain) return t.noMaint;
        const at = args.findIndex((a, i) => i > 0 && parseDuration(a) !== null);
        if (at < 1) return t.maintUsage;
        const target = args.slice(0, at).join(' ');
        const reason = args.slice(at + 1).join(' ') || null;
        const done = await actions.maintain(target, parseDuration(args[at]!)!, reason, from);
        return done ? t.maint(done.name, when(done.until)) : t.noTarget(target);
      }
      case '/unmaint': {
        if (!actions.unmaintain) return t.noMaint;
        const target = args.join(' ');
        if (!target) return t.unmaintUsage;
        const done = await actions.unmaintain(target, from);
        return done ? t.unmaint(done.name) : t.noTarget(target);
      }
      default:
        return `${t.unknown} ${t.help}`;
    }
  };
}
