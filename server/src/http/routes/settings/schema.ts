import Type, { type Static } from 'typebox';
import { Nullable, literalUnion } from '../../common-schema.js';
import { SEVERITIES } from '../../../db/repos/alerts.js';
import { DEVICE_TYPES, type DeviceType } from '../../../inventory/roles.js';

const ChatId = Type.String({ pattern: '^-?[0-9]{1,20}$', description: 'a numeric Telegram chat id' });
const Url = Type.String({ pattern: '^https?://[^\\s]+$', maxLength: 2000, description: 'an http(s) URL' });

/** What the settings page shows: never a secret, only whether one is set. */
export const NotificationSettingsView = Type.Object({
  telegram: Type.Object({
    tokenSet: Type.Boolean(),
    /** The bot's numeric id (the part of the token before ":"), to tell which bot it is. */
    botId: Nullable(Type.String()),
    chatIds: Type.Array(Type.String()),
    apiUrl: Type.String(),
  }),
  webhooks: Type.Object({ urls: Type.Array(Type.String()), secretSet: Type.Boolean() }),
});
export type NotificationSettingsView = Static<typeof NotificationSettingsView>;

/** Fields left out keep their value; null clears a secret. */
export const NotificationSettingsUpdate = Type.Object(
  {
    telegramToken: Type.Optional(Nullable(Type.String({ pattern: '^[0-9]+:[A-Za-z0-9_-]+$', maxLength: 200, description: 'a bot token like 123456:ABC-def' }))),
    telegramChatIds: Type.Optional(Type.Array(ChatId, { maxItems: 20 })),
    webhookUrls: Type.Optional(Type.Array(Url, { maxItems: 20 })),
    webhookSecret: Type.Optional(Nullable(Type.String({ minLength: 16, maxLength: 200 }))),
  },
  { additionalProperties: false },
);
export type NotificationSettingsUpdate = Static<typeof NotificationSettingsUpdate>;

export const TestResults = Type.Object({
  results: Type.Array(Type.Object({ channel: Type.String(), target: Type.String(), ok: Type.Boolean(), error: Nullable(Type.String()) })),
});

const Severity = literalUnion(SEVERITIES);
const byType = (required: boolean) =>
  Type.Object(Object.fromEntries(DEVICE_TYPES.map((t) => [t, required ? Severity : Type.Optional(Severity)])) as Record<DeviceType, typeof Severity>, { additionalProperties: false });

/** Alert severity by device type (an outage; its other alerts rank one level lower) and the minimum sent. */
export const AlertSeveritySettings = Type.Object({
  down: byType(true),
  uplink: Severity,
  minimum: Severity,
});
export type AlertSeveritySettings = Static<typeof AlertSeveritySettings>;

/** Fields left out keep their value. */
export const AlertSeverityUpdate = Type.Object(
  { down: Type.Optional(byType(false)), uplink: Type.Optional(Severity), minimum: Type.Optional(Severity) },
  { additionalProperties: false },
);
export type AlertSeverityUpdate = Static<typeof AlertSeverityUpdate>;
