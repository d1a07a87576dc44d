import type { Language } from './messages.js';

const NOTE: Record<Language, string> = {
  'pt-BR': 'Reenviada após uma reinicialização do Torre: talvez já tenha chegado.',
  en: 'Sent again after Torre restarted: it may have arrived already.',
};
const TELEGRAM_MAX = 4096;

/**
 * A message in doubt (a crash while it was being sent) goes again with a note, so whoever reads
 * it twice knows why; webhook receivers get `possibleRepeat: true` (the alert's id and event let
 * them drop it).
 */
export function possibleRepeat(language: Language) {
  const note = `\n\n<i>${NOTE[language]}</i>`;
  return (channel: string, payload: unknown): unknown => {
    if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) return payload;
    if (channel === 'telegram') {
      const { text } = payload as { text?: unknown };
      // A note that would push the message over Telegram's limit is left out rather than refused.
      if (typeof text !== 'string' || text.length + note.length > TELEGRAM_MAX) return payload;
      return { ...payload, text: text + note };
    }
    return { ...payload, possibleRepeat: true };
  };
}
