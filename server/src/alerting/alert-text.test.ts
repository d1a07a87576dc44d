import { describe, expect, it } from 'vitest';
import type { Alert } from '../db/repos/alerts.js';
import { alertText, formatDuration } from './alert-text.js';
import { telegramHtmlError } from '../test-support/fake-telegram.js';

const alert: Alert = {
  id: 42,
  kind: 'down',
  subject: '',
  severity: 'critical',
  deviceId: 7,
  towerId: 1,
  startedAt: Date.UTC(2026, 10, 29, 6, 12),
  resolvedAt: Date.UTC(2026, 10, 29, 9, 24),
  acknowledgedAt: null,
  acknowledgedBy: null,
  message: 'Torre Serra Azul: RB-Core <core> & "uplink" fora do ar; 37 equipamentos afetados',
  suppressedBy: null,
  details: null,
  notifiedAt: null,
};

describe('alertText', () => {
  it('writes the opening with the time it started, a dashboard link and the /ack command, all escaped', () => {
    const text = alertText(alert, 'open', { language: 'pt-BR', publicUrl: 'https://noc.example.com/', timeZone: 'America/Sao_Paulo' });
    expect(text).toBe(
      [
        '🔴 <b>Torre Serra Azul: RB-Core &lt;core&gt; &amp; &quot;uplink&quot; fora do ar; 37 equipamentos afetados</b>',
        'Desde: 29/11/2026, 03:12',
        '<a href="https://noc.example.com/equipment/7">Abrir no painel</a>',
        '/ack 42',
      ].join('\n'),
    );
    expect(telegramHtmlError(text)).toBeNull();
  });
  it('writes the recovery with the duration', () => {
    const text = alertText(alert, 'resolved', { language: 'en', timeZone: 'UTC' });
    expect(text).toBe('✅ <b>Resolved: Torre Serra Azul: RB-Core &lt;core&gt; &amp; &quot;uplink&quot; fora do ar; 37 equipamentos afetados</b>\nDuration: 3 h 12 min');
  });
  it('formats durations', () => {
    expect([45_000, 600_000, 3_600_000, 90_000_000].map((ms) => formatDuration(ms, 'pt-BR'))).toEqual(['45 s', '10 min', '1 h', '1 d 1 h']);
  });
});
