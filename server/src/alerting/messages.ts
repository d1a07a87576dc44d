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
}

const TEXT: Record<Language, Record<AlertKind, (s: AlertSubject) => string>> = {
  'pt-BR': {
    down: (s) => `${s.device} fora do ar${s.affected ? `; ${s.affected} ${s.affected === 1 ? 'equipamento afetado' : 'equipamentos afetados'}` : ''}`,
    degraded: (s) => `${s.device} degradado (perda ou latência acima do limite)`,
    flapping: (s) => `${s.device} instável (oscilando)`,
    interface_down: (s) => `${s.device}: interface ${s.interface ?? '?'} caiu`,
    reboot: (s) => `${s.device} reiniciou`,
    snmp_unreachable: (s) => `${s.device}: SNMP não responde${s.reason ? ` (${s.reason})` : ''}`,
  },
  en: {
    down: (s) => `${s.device} is down${s.affected ? `; ${s.affected} ${s.affected === 1 ? 'device' : 'devices'} affected` : ''}`,
    degraded: (s) => `${s.device} is degraded (loss or latency over the threshold)`,
    flapping: (s) => `${s.device} is flapping`,
    interface_down: (s) => `${s.device}: interface ${s.interface ?? '?'} went down`,
    reboot: (s) => `${s.device} rebooted`,
    snmp_unreachable: (s) => `${s.device}: SNMP does not answer${s.reason ? ` (${s.reason})` : ''}`,
  },
};

/** One line an operator reads on a phone: "Torre Serra Azul: RB-Core fora do ar; 37 equipamentos afetados". */
export function alertMessage(kind: AlertKind, subject: AlertSubject, language: Language): string {
  const text = TEXT[language][kind](subject);
  return subject.tower ? `${language === 'pt-BR' ? 'Torre' : 'Tower'} ${subject.tower}: ${text}` : text;
}
