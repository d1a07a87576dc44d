import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { en } from './i18n/en';
import { ptBR } from './i18n/pt-br';
import { formatStatusReason, statusReasonParts } from './status-reason';

const i18n = i18next.createInstance();
await i18n.init({ lng: 'pt-BR', resources: { 'pt-BR': { translation: ptBR }, en: { translation: en } }, interpolation: { escapeValue: false } });
const pt = i18n.getFixedT('pt-BR');
const english = i18n.getFixedT('en');
const router = { id: 39, name: 'R-Torre-Norte' };

describe('statusReasonParts', () => {
  it('names the upstream device around its link, in each language, and never its id', () => {
    expect(statusReasonParts(pt, 'upstream|39|down', router)).toEqual({ before: 'Depende de ', device: router, after: ', que está fora do ar' });
    expect(statusReasonParts(english, 'upstream|39|unreachable', router)).toEqual({ before: 'Depends on ', device: router, after: ', which is unreachable' });
    expect(formatStatusReason(pt, 'upstream|39|down', router)).toBe('Depende de R-Torre-Norte, que está fora do ar');
  });

  it('says the upstream device is gone, without a number, when the API has no name for it', () => {
    const gone = formatStatusReason(english, 'upstream|39|down');
    expect(gone).toBe('Depends on a device since deleted (then down)');
    expect(formatStatusReason(pt, 'upstream|39|down')).not.toMatch(/#?\d/);
  });

  it('words the other reasons as before and shows an unknown code as it is', () => {
    expect(statusReasonParts(english, 'no-reply|2|timeout')).toEqual({ text: 'No reply in 2 round(s) (timeout)' });
    expect(formatStatusReason(english, 'loss|12.5|10')).toBe('12.5% loss (threshold 10%)');
    expect(formatStatusReason(english, 'replying', router)).toBe('Replying');
    expect(formatStatusReason(english, null)).toBe('');
    expect(formatStatusReason(english, 'weird|1')).toBe('weird|1');
  });
});
