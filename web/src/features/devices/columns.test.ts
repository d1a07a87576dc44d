import { describe, expect, it } from 'vitest';
import { COLUMNS_STORAGE_KEY, DEFAULT_HIDDEN, loadHiddenColumns, parseHiddenColumns, saveHiddenColumns, serializeHiddenColumns, toggleColumn, visibleColumns } from './columns';

const memoryStorage = () => {
  const data = new Map<string, string>();
  return { getItem: (k: string) => data.get(k) ?? null, setItem: (k: string, v: string) => void data.set(k, v), data };
};

describe('equipment list columns', () => {
  it('starts from the defaults when nothing is stored or what is stored is unreadable', () => {
    for (const raw of [null, 'not json', '{"a":1}', '42']) expect([...parseHiddenColumns(raw)]).toEqual([...DEFAULT_HIDDEN]);
    expect(visibleColumns(parseHiddenColumns(null))).toEqual(['status', 'since', 'name', 'host', 'type', 'rtt', 'loss', 'signal', 'ccq', 'tower']);
  });

  it('keeps known names only and never hides status or name', () => {
    expect([...parseHiddenColumns('["host","gone","name",7,"status","tags"]')]).toEqual(['host', 'tags']);
    expect([...parseHiddenColumns('[]')]).toEqual([]);
    expect(toggleColumn(new Set(), 'name').has('name')).toBe(false);
  });

  it('toggles a column and remembers the choice in storage, in display order', () => {
    const storage = memoryStorage();
    let hidden = loadHiddenColumns(storage);
    hidden = toggleColumn(hidden, 'host');
    hidden = toggleColumn(hidden, 'tags');
    saveHiddenColumns(storage, hidden);
    expect(storage.data.get(COLUMNS_STORAGE_KEY)).toBe('["host","parent","vendor","enabled"]');
    expect(loadHiddenColumns(storage)).toEqual(hidden);
    expect(serializeHiddenColumns(new Set(['tower', 'since']))).toBe('["since","tower"]');
  });

  it('keeps the defaults when storage is missing or throws', () => {
    const broken = { getItem: () => { throw new Error('denied'); }, setItem: () => { throw new Error('quota'); } };
    expect([...loadHiddenColumns(broken)]).toEqual([...DEFAULT_HIDDEN]);
    expect(() => saveHiddenColumns(broken, new Set())).not.toThrow();
    expect([...loadHiddenColumns(undefined)]).toEqual([...DEFAULT_HIDDEN]);
  });
});
