import type { DeviceListQuery, DeviceType, SnmpSettings } from '@server/http/routes/devices/schema.js';

type SnmpV3 = Extract<SnmpSettings, { version: '3' }>;
export type AuthProtocol = SnmpV3['authProtocol'];
export type PrivProtocol = NonNullable<SnmpV3['privProtocol']>;
export type DeviceSort = NonNullable<DeviceListQuery['sort']>;

// Type-only imports from the server keep TypeBox out of the bundle; `satisfies` still
// fails the build if the server adds or drops a value.
const DEVICE_TYPE_SET = { router: true, switch: true, ap: true, station: true, ptp: true, olt: true, server: true, other: true } satisfies Record<DeviceType, true>;
const AUTH_SET = { md5: true, sha: true, sha224: true, sha256: true, sha384: true, sha512: true } satisfies Record<AuthProtocol, true>;
const PRIV_SET = { des: true, aes: true, aes256b: true, aes256r: true } satisfies Record<PrivProtocol, true>;

const keysOf = <K extends string>(record: Record<K, true>): K[] => Object.keys(record) as K[];

export const DEVICE_TYPES: DeviceType[] = keysOf(DEVICE_TYPE_SET);
export const AUTH_PROTOCOLS: AuthProtocol[] = keysOf(AUTH_SET);
export const PRIV_PROTOCOLS: PrivProtocol[] = keysOf(PRIV_SET);

export const isDeviceType = (value: string): value is DeviceType => value in DEVICE_TYPE_SET;
export const isAuthProtocol = (value: string): value is AuthProtocol => value in AUTH_SET;
export const isPrivProtocol = (value: string): value is PrivProtocol => value in PRIV_SET;

const SORT_SET = {
  name: true, '-name': true, host: true, '-host': true, type: true, '-type': true, tower: true, '-tower': true, status: true, '-status': true,
  signal: true, '-signal': true, ccq: true, '-ccq': true, createdAt: true, '-createdAt': true,
  since: true, '-since': true, rtt: true, '-rtt': true, loss: true, '-loss': true,
} satisfies Record<DeviceSort, true>;
export const isDeviceSort = (value: string): value is DeviceSort => Object.hasOwn(SORT_SET, value);

/** Columns a header click sorts by; ascending signal and CCQ put the weakest links first. */
export type SortableColumn = Exclude<DeviceSort, `-${string}` | 'createdAt'>;

export const PAGE_SIZES = [50, 100, 200] as const;

/** Minimal tower data a device picker needs; the page supplies it. */
export interface TowerOption {
  id: number;
  name: string;
  code: string | null;
}
