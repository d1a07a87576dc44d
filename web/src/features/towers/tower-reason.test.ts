import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import type { TowerReasonPart } from '@server/http/routes/towers/schema.js';
import { en } from '../../lib/i18n/en';
import { ptBR } from '../../lib/i18n/pt-br';
import { formatTowerReason, towerReasonSegments } from './tower-reason';

const i18n = i18next.createInstance();
await i18n.init({ lng: 'pt-BR', resources: { 'pt-BR': { translation: ptBR }, en: { translation: en } }, interpolation: { escapeValue: false } });
const pt = i18n.getFixedT('pt-BR');
const english = i18n.getFixedT('en');
const router = { id: 39, name: 'R-Serra' };

describe('towerReasonSegments', () => {
  it('names the uplink as its own segment, in each language, never by id', () => {
    const parts: TowerReasonPart[] = [{ kind: 'uplink', status: 'down', devices: [router] }];
    expect(towerReasonSegments(pt, parts)).toEqual([{ text: 'uplink ' }, { device: router }, { text: ' fora do ar' }]);
    expect(towerReasonSegments(english, [{ ...parts[0]!, status: 'unreachable' }])).toEqual([{ text: 'uplink ' }, { device: router }, { text: ' unreachable' }]);
  });

  it('lists the named devices with commas and counts the rest, then joins the clauses', () => {
    const a = { id: 1, name: 'AP-1' };
    const b = { id: 2, name: 'AP-2' };
    const parts: TowerReasonPart[] = [
      { kind: 'someInfra', status: 'down', count: 5, total: 6, devices: [a, b], more: 3 },
      { kind: 'customers', count: 2, total: 10, devices: [] },
    ];
    expect(towerReasonSegments(english, parts)).toEqual([{ text: '5 of 6 infra down: ' }, { device: a }, { text: ', ' }, { device: b }, { text: ' +3; 2 of 10 customers down' }]);
    expect(formatTowerReason(pt, parts)).toBe('5 de 6 da infra fora do ar: AP-1, AP-2 +3; 2 de 10 clientes fora');
  });

  it('matches the server text word for word (Telegram and the UI say the same)', () => {
    const one = (p: TowerReasonPart) => formatTowerReason(english, [p]);
    expect(one({ kind: 'allInfra', total: 2, devices: [{ id: 1, name: 'AP-1' }, { id: 2, name: 'AP-2' }] })).toBe('all 2 infra down: AP-1, AP-2');
    expect(one({ kind: 'someInfra', status: 'degraded', count: 1, total: 2, devices: [{ id: 1, name: 'AP-1' }] })).toBe('1 of 2 infra degraded: AP-1');
    expect(one({ kind: 'maintUplink', devices: [router] })).toBe('maintenance on uplink R-Serra');
    expect(one({ kind: 'maintInfra', total: 3, devices: [] })).toBe('maintenance on all 3 infra');
    expect(formatTowerReason(pt, [{ kind: 'noDevice', devices: [] }])).toBe('nenhum equipamento ativo');
    expect(formatTowerReason(pt, [{ kind: 'maintInfra', total: 3, devices: [] }])).toBe('manutenção em toda a infra (3)');
  });

  it('is empty without parts', () => {
    expect(towerReasonSegments(english, [])).toEqual([]);
  });
});
