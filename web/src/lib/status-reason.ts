import type { TFunction } from 'i18next';

/** The device an `upstream|<id>|<status>` reason points at, by name (the server resolves it). */
export interface ReasonDevice {
  id: number;
  name: string;
}

/** A reason ready to show: plain text, or text around the upstream device's name (a link). */
export type ReasonParts = { text: string } | { before: string; device: ReasonDevice; after: string };

// Splits the whole translated sentence around the name, so each language keeps its own word order.
const NAME_MARK = '\u0000';

const statusWord = (t: TFunction, status: string) => t(`status.${status as 'down'}`, { defaultValue: status }).toLowerCase();

/**
 * Turns the server's reason code (`kind|arg|arg`, see server/src/monitoring/status-machine.ts)
 * into a sentence in the current language. Unknown codes are shown as they are. An upstream
 * reason names its device (`device`, from the API); never its id: without a device it says
 * the device is no longer registered.
 */
export function statusReasonParts(t: TFunction, code: string | null, device: ReasonDevice | null = null): ReasonParts {
  if (!code) return { text: '' };
  const [kind, a = '', b = ''] = code.split('|');
  switch (kind) {
    case 'replying':
      return { text: t('reason.replying') };
    case 'no-reply':
      if (!b) return { text: t('reason.noReply', { rounds: a }) };
      return { text: t('reason.noReplyDetail', { rounds: a, detail: b === 'timeout' ? t('reason.timeout') : b }) };
    case 'loss':
      return { text: t('reason.loss', { value: a, threshold: b }) };
    case 'latency':
      return { text: t('reason.latency', { value: a, threshold: b }) };
    case 'upstream': {
      if (!device) return { text: t('reason.upstreamGone', { status: statusWord(t, b) }) };
      const sentence = t('reason.upstream', { name: NAME_MARK, status: statusWord(t, b), interpolation: { escapeValue: false } });
      const at = sentence.indexOf(NAME_MARK);
      return { before: sentence.slice(0, at), device, after: sentence.slice(at + NAME_MARK.length) };
    }
    default:
      return { text: code };
  }
}

/** The reason as one line of text (the device by name, unlinked). */
export function formatStatusReason(t: TFunction, code: string | null, device: ReasonDevice | null = null): string {
  const parts = statusReasonParts(t, code, device);
  return 'text' in parts ? parts.text : `${parts.before}${parts.device.name}${parts.after}`;
}
