import { describe, expect, it } from 'vitest';
import { alertMessage, messageIn } from './messages.js';

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

describe('names in templates', () => {
  it('never repeats a word the name already starts with', () => {
    expect(alertMessage('down', { device: 'PTP-CRZ-CEN', tower: 'Torre Morro do Cruzeiro', affected: 15 }, 'pt-BR')).toBe('Torre Morro do Cruzeiro: PTP-CRZ-CEN fora do ar; 15 equipamentos afetados');
    expect(alertMessage('down', { device: 'PTP-CRZ-CEN', tower: 'torre morro do cruzeiro' }, 'pt-BR')).toBe('torre morro do cruzeiro: PTP-CRZ-CEN fora do ar');
    expect(alertMessage('down', { device: 'RB', tower: 'Tower Hill' }, 'en')).toBe('Tower Hill: RB is down');
    // The name in the other language's word reads as it is, without a second word.
    expect(alertMessage('down', { device: 'RB', tower: 'Torre Norte' }, 'en')).toBe('Torre Norte: RB is down');
    // A word inside a name is not a prefix: "Torreão" is a tower called Torreão.
    expect(alertMessage('down', { device: 'RB', tower: 'Torreão' }, 'pt-BR')).toBe('Torre Torreão: RB fora do ar');
    expect(alertMessage('interface_down', { device: 'SW1', tower: null, interface: 'Interface-1' }, 'en')).toBe('SW1: Interface-1 went down');
    expect(alertMessage('interface_down', { device: 'SW1', tower: null, interface: 'ether1' }, 'pt-BR')).toBe('SW1: interface ether1 caiu');
  });
  it('words an alert again in another language from its parts', () => {
    const alert = { kind: 'anomaly' as const, message: 'stored', details: { text: { device: 'PTP', tower: null, anomaly: { series: 'rtt', value: 40, expected: 3 } } } };
    expect(messageIn(alert, 'en')).toBe('PTP: anomaly, latency 40 ms (usual ~3 ms)');
    expect(messageIn(alert, 'pt-BR')).toBe('PTP: anomalia, latência 40 ms (normal ~3 ms)');
    expect(messageIn({ ...alert, details: null }, 'en')).toBe('stored');
  });
});
