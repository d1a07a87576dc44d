import type { Alert, AlertKind } from '../db/repos/alerts.js';
import { anomalyDetail } from './anomaly-text.js';

export type Language = 'pt-BR' | 'en';

export interface AlertSubject {
  device: string;
  tower: string | null;
  /** Dependents taken down with the device (down alerts). */
  affected?: number;
  /** The interface name (interface alerts). */
  interface?: string | null;
  /** Why (SNMP errors). */
  reason?: string | null;
  /** The measured value and its limit (signal in dBm, CCQ in %). */
  value?: number;
  limit?: number;
  /** External synthetic targets failing, of how many (the internet outage). */
  failing?: number;
  external?: number;
  /** What is anomalous, already worded ("latência 40 ms (normal ~3 ms)"). */
  detail?: string;
  /** What is anomalous, as measured: worded in the reader's language. */
  anomaly?: { series: string; value: number; expected: number };
}

/** Words that introduce a name in a template: a name that starts with one of them needs no other. */
const NAME_WORDS = { tower: ['Torre', 'Tower', 'Torres'], interface: ['interface', 'iface'] } as const;
const fold = (w: string) =>
  w
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();

/**
 * "Torre Morro do Cruzeiro", not "Torre Torre Morro do Cruzeiro": the template's word goes
 * before the name only when the name does not already start with it (in either language).
 */
export function named(word: string, name: string, also: readonly string[] = []): string {
  const first = fold(name.trim().split(/[\s:_-]+/)[0] ?? '');
  return [word, ...also].some((w) => fold(w) === first) ? name : `${word} ${name}`;
}

const TEXT: Record<Language, Record<AlertKind, (s: AlertSubject) => string>> = {
  'pt-BR': {
    down: (s) => `${s.device} fora do ar${s.affected ? `; ${s.affected} ${s.affected === 1 ? 'equipamento afetado' : 'equipamentos afetados'}` : ''}`,
    degraded: (s) => `${s.device} degradado (perda ou latência acima do limite)`,
    flapping: (s) => `${s.device} instável (oscilando)`,
    interface_down: (s) => `${s.device}: ${named('interface', s.interface ?? '?', NAME_WORDS.interface)} caiu`,
    reboot: (s) => `${s.device} reiniciou`,
    snmp_unreachable: (s) => `${s.device}: SNMP não responde${s.reason ? ` (${s.reason})` : ''}`,
    signal_low: (s) => `${s.device}: sinal fraco, ${s.value} dBm (limite ${s.limit} dBm)`,
    ccq_low: (s) => `${s.device}: CCQ baixo, ${s.value}% (limite ${s.limit}%)`,
    internet: (s) => `Internet fora do ar: ${s.failing} de ${s.external} alvos externos sem resposta`,
    anomaly: (s) => `${s.device}: anomalia, ${s.detail ?? ''}`,
  },
  en: {
    down: (s) => `${s.device} is down${s.affected ? `; ${s.affected} ${s.affected === 1 ? 'device' : 'devices'} affected` : ''}`,
    degraded: (s) => `${s.device} is degraded (loss or latency over the threshold)`,
    flapping: (s) => `${s.device} is flapping`,
    interface_down: (s) => `${s.device}: ${named('interface', s.interface ?? '?', NAME_WORDS.interface)} went down`,
    reboot: (s) => `${s.device} rebooted`,
    snmp_unreachable: (s) => `${s.device}: SNMP does not answer${s.reason ? ` (${s.reason})` : ''}`,
    signal_low: (s) => `${s.device}: weak signal, ${s.value} dBm (limit ${s.limit} dBm)`,
    ccq_low: (s) => `${s.device}: low CCQ, ${s.value}% (limit ${s.limit}%)`,
    internet: (s) => `Internet outage: ${s.failing} of ${s.external} external targets not answering`,
    anomaly: (s) => `${s.device}: anomaly, ${s.detail ?? ''}`,
  },
};

/** One line an operator reads on a phone: "Torre Serra Azul: RB-Core fora do ar; 37 equipamentos afetados". */
export function alertMessage(kind: AlertKind, subject: AlertSubject, language: Language): string {
  const a = subject.anomaly;
  const text = TEXT[language][kind](a ? { ...subject, detail: anomalyDetail(a.series, a.value, a.expected, language) } : subject);
  return subject.tower ? `${named(language === 'pt-BR' ? 'Torre' : 'Tower', subject.tower, NAME_WORDS.tower)}: ${text}` : text;
}

/**
 * An alert's message in a reader's language: worded again from the parts kept with it, so the
 * web shows English to an English user whatever the server's language. Alerts stored before
 * the parts were kept have only their stored message.
 */
export function messageIn(alert: Pick<Alert, 'kind' | 'message' | 'details'>, language: Language): string {
  const parts = alert.details?.text;
  return parts ? alertMessage(alert.kind, parts, language) : alert.message;
}
