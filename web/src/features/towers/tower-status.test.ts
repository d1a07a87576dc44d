import { describe, expect, it } from 'vitest';
import { sortTowers } from './tower-status';

const tower = (name: string, status: 'up' | 'degraded' | 'down' | 'maintenance' | 'unknown') => ({ name, status });

describe('sortTowers', () => {
  it('puts the worst status first: down, degraded, maintenance, unknown, up', () => {
    const sorted = sortTowers([tower('A', 'up'), tower('B', 'unknown'), tower('C', 'maintenance'), tower('D', 'degraded'), tower('E', 'down')]);
    expect(sorted.map((t) => t.status)).toEqual(['down', 'degraded', 'maintenance', 'unknown', 'up']);
  });

  it('within a status, by name (numbers in order, case ignored)', () => {
    const sorted = sortTowers([tower('Torre 10', 'up'), tower('torre 2', 'up'), tower('Zeta', 'up'), tower('Alfa', 'down'), tower('alfa 1', 'up')]);
    expect(sorted.map((t) => t.name)).toEqual(['Alfa', 'alfa 1', 'torre 2', 'Torre 10', 'Zeta']);
  });

  it('leaves its input alone', () => {
    const input = [tower('B', 'up'), tower('A', 'down')];
    sortTowers(input);
    expect(input.map((t) => t.name)).toEqual(['B', 'A']);
  });
});
