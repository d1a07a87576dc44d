import Format from 'typebox/format';
import { Settings } from 'typebox/system';

const DNS_NAME = /^(?=.{1,253}$)([a-zA-Z0-9_]([a-zA-Z0-9_-]{0,61}[a-zA-Z0-9])?)(\.[a-zA-Z0-9_]([a-zA-Z0-9_-]{0,61}[a-zA-Z0-9])?)*\.?$/;

/** A device address: IPv4, IPv6 or a DNS name. An all-numeric name must be a valid IPv4. */
export function isHost(value: string): boolean {
  const v = value.trim();
  if (Format.IsIPv4(v) || Format.IsIPv6(v)) return true;
  if (/^[0-9.]+$/.test(v)) return false;
  return DNS_NAME.test(v);
}

export const isIp = (value: string) => Format.IsIPv4(value) || Format.IsIPv6(value);

/**
 * The same formats for Fastify's response serializers: fast-json-stringify checks union
 * branches with an Ajv of its own, which would otherwise print `unknown format "host" ignored`
 * as plain text outside the JSON log when a route first answers.
 */
export const serializerFormats = { host: isHost, ip: isIp };

/** Registers our formats with TypeBox's validator, and lifts its cap of 8 errors; idempotent. */
export function registerFormats() {
  Format.Set('host', isHost);
  Format.Set('ip', isIp);
  // A union reports an error per branch; with the default cap, a form with several bad
  // fields loses the errors that say which branch was meant.
  Settings.Set({ maxErrors: 200 });
}
