import { describe, expect, it } from 'vitest';
import type { TSchema } from 'typebox';
import { Compile } from 'typebox/compile';
import { toFieldErrors } from './validation-errors.js';
import { DeviceCreate } from './routes/devices/schema.js';
import { TowerCreate } from './routes/towers/schema.js';
import { registerFormats, isHost } from './formats.js';

registerFormats();
const errorsOf = (schema: TSchema, value: unknown) => toFieldErrors(Compile(schema).Errors(value));

describe('field errors', () => {
  it('names each missing or bad field once', () => {
    expect(errorsOf(TowerCreate, { latitude: 95, longitude: 'x' })).toEqual(
      expect.arrayContaining([
        { field: 'name', message: 'is required' },
        { field: 'latitude', message: expect.stringContaining('90') },
        { field: 'longitude', message: expect.stringContaining('number') },
      ]),
    );
  });

  it('reports the SNMP branch the client meant, not every union branch', () => {
    const errs = errorsOf(DeviceCreate, { name: 'a', host: '10.0.0.1', type: 'ap', snmp: { version: '2c' } });
    expect(errs).toEqual([{ field: 'snmp.community', message: 'is required' }]);
    const v3 = errorsOf(DeviceCreate, { name: 'a', host: '10.0.0.1', type: 'ap', snmp: { version: '3', username: 'u', authProtocol: 'sha', authKey: 'short' } });
    expect(v3).toEqual([{ field: 'snmp.authKey', message: expect.stringContaining('8') }]);
  });

  it('lists allowed values for an enum and explains hosts', () => {
    const errs = errorsOf(DeviceCreate, { name: 'a', host: '300.1.1.1', type: 'radio' });
    expect(errs).toEqual(
      expect.arrayContaining([
        { field: 'type', message: 'must be one of: router, switch, ap, station, ptp, olt, server, other, cpe' },
        { field: 'host', message: 'must be an IPv4 address, an IPv6 address or a DNS name' },
      ]),
    );
  });
});

describe('host format', () => {
  it.each(['10.0.0.1', '2001:db8::1', 'rb-core.torre1.example.net', 'localhost', 'ap01'])('accepts %s', (h) => expect(isHost(h)).toBe(true));
  it.each(['300.1.1.1', '10.0.0', 'bad host', '-x.com', 'a..b', ''])('refuses %s', (h) => expect(isHost(h)).toBe(false));
});
