import type { TFunction } from 'i18next';

/**
 * Turns the server's reason code (`kind|arg|arg`, see server/src/monitoring/status-machine.ts)
 * into a sentence in the current language. Unknown codes are shown as they are.
 */
export function formatStatusReason(t: TFunction, code: string | null): string {
  if (!code) return '';
  const [kind, a = '', b = ''] = code.split('|');
  switch (kind) {
    case 'replying':
      return t('reason.replying');
    case 'no-reply':
      if (!b) return t('reason.noReply', { rounds: a });
      return t('reason.noReplyDetail', { rounds: a, detail: b === 'timeout' ? t('reason.timeout') : b });
    case 'loss':
      return t('reason.loss', { value: a, threshold: b });
    case 'latency':
      return t('reason.latency', { value: a, threshold: b });
    case 'upstream':
      return t('reason.upstream', { id: a, status: t(`status.${b as 'down'}`, { defaultValue: b }).toLowerCase() });
    default:
      return code;
  }
}
