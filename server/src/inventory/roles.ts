/**
 * Device roles, as a tower's status counts them: infrastructure (what carries the tower's
 * traffic) and customers (one subscriber each). Kept free of imports so the web app can mirror
 * it line for line.
 */
export const DEVICE_TYPES = ['router', 'switch', 'ap', 'station', 'ptp', 'olt', 'server', 'other'] as const;
export type DeviceType = (typeof DEVICE_TYPES)[number];

export const DEVICE_ROLES = ['infrastructure', 'customer'] as const;
export type DeviceRole = (typeof DEVICE_ROLES)[number];

export const ROLE_OF_TYPE: Record<DeviceType, DeviceRole> = {
  router: 'infrastructure',
  switch: 'infrastructure',
  ptp: 'infrastructure',
  ap: 'infrastructure',
  olt: 'infrastructure',
  server: 'infrastructure',
  other: 'infrastructure',
  station: 'customer',
};

/** Other names the API and the CSV accept for a type; stored and returned as the type. */
export const TYPE_ALIASES = { cpe: 'station' } as const satisfies Record<string, DeviceType>;
export type TypeAlias = keyof typeof TYPE_ALIASES;
/** Every name a request may use for a type: the types, then the aliases. */
export const TYPE_NAMES = [...DEVICE_TYPES, 'cpe'] as const satisfies readonly (DeviceType | TypeAlias)[];

export const roleOf = (type: DeviceType): DeviceRole => ROLE_OF_TYPE[type];
export const isCustomer = (type: DeviceType) => ROLE_OF_TYPE[type] === 'customer';

/** The stored type a requested name stands for (`cpe` → `station`). */
export function canonicalType<T extends DeviceType | TypeAlias>(name: T): DeviceType {
  return (TYPE_ALIASES as Record<string, DeviceType>)[name] ?? (name as DeviceType);
}
