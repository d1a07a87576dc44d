import { describe, expect, it } from 'vitest';
import { possibleRepeat } from './possible-repeat.js';

describe('possible repeat', () => {
  it('notes it under a Telegram message, in the configured language', () => {
    expect(possibleRepeat('pt-BR')('telegram', { text: '<b>r1</b> fora do ar', line: 'x' })).toEqual({
      text: '<b>r1</b> fora do ar\n\n<i>Reenviada após uma reinicialização do Torre: talvez já tenha chegado.</i>',
      line: 'x',
    });
  });
  it('leaves a message near Telegram’s 4096-character limit as it is', () => {
    const text = 'a'.repeat(4050);
    expect(possibleRepeat('en')('telegram', { text })).toEqual({ text });
  });
  it('flags a webhook event; other payloads go unchanged', () => {
    expect(possibleRepeat('en')('webhook', { event: 'alert.opened', alert: { id: 7 } })).toEqual({ event: 'alert.opened', alert: { id: 7 }, possibleRepeat: true });
    expect(possibleRepeat('en')('webhook', 'plain')).toBe('plain');
  });
});
