import { describe, expect, it } from 'vitest';
import { alertSeverity, atLeast, DEFAULT_SEVERITY_POLICY as P, lower, mergePolicy } from './severity.js';

describe('alert severity by role', () => {
  it('ranks an outage by the device type: backbone critical, AP major, customer station warning', () => {
    for (const type of ['router', 'switch', 'ptp', 'olt'] as const) expect(alertSeverity('down', { type, uplink: false }, P)).toBe('critical');
    expect(alertSeverity('down', { type: 'ap', uplink: false }, P)).toBe('major');
    expect(alertSeverity('down', { type: 'station', uplink: false }, P)).toBe('warning');
    expect(alertSeverity('down', { type: 'server', uplink: false }, P)).toBe('major');
    expect(alertSeverity('down', { type: 'other', uplink: false }, P)).toBe('major');
  });
  it('makes a tower uplink critical whatever its type, and never lowers a type by being one', () => {
    expect(alertSeverity('down', { type: 'ap', uplink: true }, P)).toBe('critical');
    expect(alertSeverity('down', { type: 'station', uplink: true }, { ...P, uplink: 'warning', down: { ...P.down, station: 'major' } })).toBe('major');
  });
  it('puts degraded and the other device alerts one level lower; the internet outage is critical', () => {
    expect(alertSeverity('degraded', { type: 'ptp', uplink: false }, P)).toBe('major');
    expect(alertSeverity('degraded', { type: 'ap', uplink: false }, P)).toBe('warning');
    expect(alertSeverity('degraded', { type: 'station', uplink: false }, P)).toBe('info');
    expect(alertSeverity('signal_low', { type: 'station', uplink: false }, P)).toBe('info');
    expect(alertSeverity('reboot', { type: 'router', uplink: false }, P)).toBe('major');
    expect(alertSeverity('internet', null, P)).toBe('critical');
    expect(lower('info')).toBe('info');
  });
  it('follows the configured severity of a type', () => {
    const policy = mergePolicy({ down: { ...P.down, station: 'major' } });
    expect(alertSeverity('down', { type: 'station', uplink: false }, policy)).toBe('major');
    expect(alertSeverity('degraded', { type: 'station', uplink: false }, policy)).toBe('warning');
  });
  it('compares with the minimum sent', () => {
    expect(atLeast('major', 'major')).toBe(true);
    expect(atLeast('critical', 'major')).toBe(true);
    expect(atLeast('warning', 'major')).toBe(false);
    expect(mergePolicy(null)).toEqual(P);
  });
});
