import Format from 'typebox/format';

const DNS_NAME = /^(?=.{1,253}$)([a-zA-Z0-9_]([a-zA-Z0-9_-]{0,61}[a-zA-Z0-9])?)(\.[a-zA-Z0-9_]([a-zA-Z0-9_-]{0,61}[a-zA-Z0-9])?)*\.?$/;

/** A device address: IPv4, IPv6 or a DNS name. An all-numeric name must be a valid IPv4. */
export function isHost(value: string): boolean {
  const v = value.trim();
  if (Format.IsIPv4(v) || Format.IsIPv6(v)) return true;
  if (/^[0-9.]+$/.test(v)) return false;
  return DNS_NAME.test(v);
}

/** Registers our formats with TypeBox's validator; idempotent. */
export function registerFormats() {
  Format.Set('host', isHost);
}
