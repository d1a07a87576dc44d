import type { TFunction } from 'i18next';
import type { TowerReasonPart } from '@server/http/routes/towers/schema.js';

export interface ReasonDevice {
  id: number;
  name: string;
}

/** A tower's reason ready to show: runs of text and the devices it names (links). */
export type TowerReasonSegment = { text: string } | { device: ReasonDevice };

// Each clause is translated whole and split at the names, so each language keeps its word order.
const NAMES_MARK = '\u0000';

/**
 * The server's reason parts as one sentence in the current language, each named device its own
 * segment; clauses joined by the language's separator. Empty when there are no parts.
 */
export function towerReasonSegments(t: TFunction, parts: readonly TowerReasonPart[]): TowerReasonSegment[] {
  const out: TowerReasonSegment[] = [];
  const text = (s: string) => {
    if (!s) return;
    const last = out.at(-1);
    if (last && 'text' in last) last.text += s;
    else out.push({ text: s });
  };
  parts.forEach((p, i) => {
    if (i > 0) text(t('towerView.reasonText.separator'));
    const status = p.status ? t(`towerView.reasonText.status.${p.status}`) : '';
    const sentence = t(`towerView.reasonText.${p.kind}`, { names: NAMES_MARK, status, count: p.count ?? 0, total: p.total ?? 0, interpolation: { escapeValue: false } });
    const [before, ...rest] = sentence.split(NAMES_MARK);
    text(before ?? '');
    if (rest.length === 0) return;
    p.devices.forEach((d, k) => {
      if (k > 0) text(', ');
      out.push({ device: { id: d.id, name: d.name } });
    });
    if (p.more) text(` ${t('towerView.reasonText.more', { count: p.more })}`);
    text(rest.join(NAMES_MARK));
  });
  return out;
}

/** The reason as one line of text (names unlinked). */
export function formatTowerReason(t: TFunction, parts: readonly TowerReasonPart[]): string {
  return towerReasonSegments(t, parts)
    .map((s) => ('text' in s ? s.text : s.device.name))
    .join('');
}
