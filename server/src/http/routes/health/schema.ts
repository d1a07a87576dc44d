import Type, { type Static } from 'typebox';
import { Language } from '../auth/schema.js';

export const Health = Type.Object({
  status: Type.Union([Type.Literal('ok'), Type.Literal('degraded')]),
  /** Why the status is degraded, one sentence each (empty when ok). */
  reasons: Type.Array(Type.String()),
  version: Type.String(),
  database: Type.Object({
    kind: Type.String(),
    reachable: Type.Boolean(),
    /** Why `select 1` failed, else null. */
    reason: Type.Union([Type.String(), Type.Null()]),
    writes: Type.Object({
      failing: Type.Boolean(),
      since: Type.Union([Type.String(), Type.Null()]),
      lastError: Type.Union([Type.String(), Type.Null()]),
      /** Rounds and polls not stored since start. */
      dropped: Type.Integer(),
      /** API requests answered 503 because of the database since start. */
      refusedRequests: Type.Integer(),
    }),
  }),
  icmp: Type.Object({
    available: Type.Boolean(),
    version: Type.Union([Type.String(), Type.Null()]),
    /** Why ICMP monitoring cannot run (fping missing, no raw-socket privilege), else null. */
    reason: Type.Union([Type.String(), Type.Null()]),
  }),
  monitoring: Type.Object({
    enabled: Type.Boolean(),
    intervalSeconds: Type.Integer(),
    lastRoundAt: Type.Union([Type.String(), Type.Null()]),
    lastRoundMs: Type.Union([Type.Integer(), Type.Null()]),
    overruns: Type.Integer(),
  }),
});
export type Health = Static<typeof Health>;

/** Public settings the web app needs before and after login. */
export const ClientConfig = Type.Object({
  version: Type.String(),
  defaultLanguage: Language,
  /** null when MAP_TILE_URL=off. */
  mapTileUrl: Type.Union([Type.String(), Type.Null()]),
});
export type ClientConfig = Static<typeof ClientConfig>;
