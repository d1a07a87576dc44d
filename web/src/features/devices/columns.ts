/** The equipment list's columns, in display order. */
export const DEVICE_COLUMNS = ['status', 'since', 'name', 'host', 'type', 'rtt', 'loss', 'signal', 'ccq', 'tower', 'parent', 'vendor', 'tags', 'enabled'] as const;
export type DeviceColumn = (typeof DEVICE_COLUMNS)[number];

/** Always shown: without them a row names nothing. */
export const FIXED_COLUMNS: readonly DeviceColumn[] = ['status', 'name'];
/** Hidden until chosen, so the rest fits 1,280 px without cutting a column. */
export const DEFAULT_HIDDEN: readonly DeviceColumn[] = ['parent', 'vendor', 'tags', 'enabled'];

export const COLUMNS_STORAGE_KEY = 'torre.equipment.hiddenColumns';

const isColumn = (value: unknown): value is DeviceColumn => typeof value === 'string' && (DEVICE_COLUMNS as readonly string[]).includes(value);

/**
 * The hidden columns stored as a JSON array of names; anything unreadable (nothing stored,
 * broken JSON, a name a later version dropped) falls back to the defaults or is ignored.
 * Fixed columns are never hidden.
 */
export function parseHiddenColumns(raw: string | null): Set<DeviceColumn> {
  if (raw === null) return new Set(DEFAULT_HIDDEN);
  try {
    const parsed: unknown = JSON.parse(raw);
    if (!Array.isArray(parsed)) return new Set(DEFAULT_HIDDEN);
    return new Set(parsed.filter(isColumn).filter((c) => !FIXED_COLUMNS.includes(c)));
  } catch {
    return new Set(DEFAULT_HIDDEN);
  }
}

export const serializeHiddenColumns = (hidden: ReadonlySet<DeviceColumn>): string =>
  JSON.stringify(DEVICE_COLUMNS.filter((c) => hidden.has(c) && !FIXED_COLUMNS.includes(c)));

type ColumnStorage = Pick<Storage, 'getItem' | 'setItem'>;

/** Storage may be missing or refuse (private mode, quota): the list then keeps the defaults. */
export function loadHiddenColumns(storage: ColumnStorage | undefined): Set<DeviceColumn> {
  try {
    return parseHiddenColumns(storage?.getItem(COLUMNS_STORAGE_KEY) ?? null);
  } catch {
    return new Set(DEFAULT_HIDDEN);
  }
}

export function saveHiddenColumns(storage: ColumnStorage | undefined, hidden: ReadonlySet<DeviceColumn>): void {
  try {
    storage?.setItem(COLUMNS_STORAGE_KEY, serializeHiddenColumns(hidden));
  } catch {
    // Not remembered this time; the choice still holds on this page.
  }
}

/** Shows or hides one column; fixed columns stay. */
export function toggleColumn(hidden: ReadonlySet<DeviceColumn>, column: DeviceColumn): Set<DeviceColumn> {
  const next = new Set(hidden);
  if (FIXED_COLUMNS.includes(column)) return next;
  if (next.has(column)) next.delete(column);
  else next.add(column);
  return next;
}

export const visibleColumns = (hidden: ReadonlySet<DeviceColumn>): DeviceColumn[] => DEVICE_COLUMNS.filter((c) => !hidden.has(c));

/** The message naming each column, in the table header and the chooser. */
export const COLUMN_LABEL_KEYS = {
  status: 'devices.status', since: 'equipmentList.since', name: 'devices.name', host: 'devices.hostShort', type: 'devices.type', rtt: 'devices.rtt', loss: 'devices.loss',
  signal: 'devices.signal', ccq: 'devices.ccq', tower: 'devices.tower', parent: 'devices.parent', vendor: 'devices.vendor', tags: 'devices.tags', enabled: 'devices.enabled',
} as const satisfies Record<DeviceColumn, string>;
