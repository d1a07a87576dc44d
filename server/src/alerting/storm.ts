import type { Coalescing } from './outbox-worker.js';
import type { Language } from './messages.js';

/** Telegram refuses messages over 4,096 characters. */
const MAX_TEXT = 4000;

/** An alert's Telegram payload: the full text, and the one line it contributes to a storm message. */
export interface AlertPayload {
  text: string;
  line: string;
}

const isAlertPayload = (p: unknown): p is AlertPayload => typeof p === 'object' && p !== null && typeof (p as { line?: unknown }).line === 'string';

/** Alert storms on Telegram: more than `threshold` alerts within the window become one message. */
export function stormGrouping(o: { threshold: number; windowSeconds: number; language: Language }): Coalescing {
  return {
    channel: 'telegram',
    threshold: o.threshold,
    windowMs: o.windowSeconds * 1000,
    // A round's alerts are queued within a second: gather them before the first goes alone.
    settleMs: 1000,
    lineOf: (p) => (isAlertPayload(p) ? p.line : null),
    group(lines) {
      const head = o.language === 'pt-BR' ? `⚠️ <b>${lines.length} alertas</b>` : `⚠️ <b>${lines.length} alerts</b>`;
      const out = [head];
      let size = head.length;
      for (const [i, line] of lines.entries()) {
        const more = o.language === 'pt-BR' ? `… e mais ${lines.length - i}` : `… and ${lines.length - i} more`;
        if (size + line.length + more.length + 2 > MAX_TEXT) {
          out.push(more);
          break;
        }
        out.push(line);
        size += line.length + 1;
      }
      return { text: out.join('\n') };
    },
  };
}
