import { describe, expect, it } from 'vitest';
import { alertMessage } from './messages.js';

describe('alertMessage', () => {
  it('names the tower, the device and how many dependents fell with it', () => {
    expect(alertMessage('down', { device: 'RB-Core', tower: 'Serra Azul', affected: 37 }, 'pt-BR')).toBe('Torre Serra Azul: RB-Core fora do ar; 37 equipamentos afetados');
    expect(alertMessage('down', { device: 'RB-Core', tower: 'Serra Azul', affected: 1 }, 'en')).toBe('Tower Serra Azul: RB-Core is down; 1 device affected');
    expect(alertMessage('down', { device: 'CPE João', tower: null }, 'pt-BR')).toBe('CPE João fora do ar');
  });
  it('describes SNMP alerts', () => {
    expect(alertMessage('interface_down', { device: 'SW1', tower: null, interface: 'ether2' }, 'en')).toBe('SW1: interface ether2 went down');
    expect(alertMessage('snmp_unreachable', { device: 'AP1', tower: 'Norte', reason: 'timeout' }, 'pt-BR')).toBe('Torre Norte: AP1: SNMP não responde (timeout)');
  });
});
