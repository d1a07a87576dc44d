import type { AlertKind } from '../db/repos/alerts.js';

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
}

const TEXT: Record<Language, Record<AlertKind, (s: AlertSubject) => string>> = {
  'pt-BR': {
    down: (s) => `${s.device} fora do ar${s.affected ? `; ${s.affected} ${s.affected === 1 ? 'equipamento afetado' : 'equipamentos afetados'}` : ''}`,
    degraded: (s) => `${s.device} degradado (perda ou latência acima do limite)`,
    flapping: (s) => `${s.device} instável (oscilando)`,
    interface_down: (s) => `${s.device}: interface ${s.interface ?? '?'} caiu`,
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
    interface_down: (s) => `${s.device}: interface ${s.interface ?? '?'} went down`,
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
  const text = TEXT[language][kind](subject);
  return subject.tower ? `${language === 'pt-BR' ? 'Torre' : 'Tower'} ${subject.tower}: ${text}` : text;
}
