import { describe, expect, it } from 'vitest';
import { canonicalType, DEVICE_TYPES, isCustomer, roleOf, TYPE_NAMES } from './roles.js';

describe('device roles', () => {
  it('puts stations among customers and every other type in the infrastructure', () => {
    expect(DEVICE_TYPES.filter(isCustomer)).toEqual(['station']);
    expect(DEVICE_TYPES.filter((t) => roleOf(t) === 'infrastructure')).toEqual(['router', 'switch', 'ap', 'ptp', 'olt', 'server', 'other']);
  });
  it('reads cpe as station and leaves the types as they are', () => {
    expect(canonicalType('cpe')).toBe('station');
    for (const t of DEVICE_TYPES) expect(canonicalType(t)).toBe(t);
    expect(TYPE_NAMES).toContain('cpe');
  });
});
