import type { MaintenanceView } from '@server/http/routes/maintenance/schema.js';

export type MaintenanceScope = MaintenanceView['scope'];

// Type-only imports from the server keep TypeBox out of the bundle; `satisfies` still fails
// the build if the server adds or drops a scope.
const SCOPE_SET = { device: true, tower: true, global: true } satisfies Record<MaintenanceScope, true>;
export const MAINTENANCE_SCOPES = Object.keys(SCOPE_SET) as MaintenanceScope[];
export const isMaintenanceScope = (value: string | null): value is MaintenanceScope => value !== null && Object.hasOwn(SCOPE_SET, value);

/** Durations offered as one click, in minutes; `custom` asks for an end time instead. */
export const DURATION_PRESETS = { m30: 30, h1: 60, h2: 120, h4: 240, h8: 480 } as const;
export type DurationChoice = keyof typeof DURATION_PRESETS | 'custom';
export const DURATION_CHOICES = [...(Object.keys(DURATION_PRESETS) as (keyof typeof DURATION_PRESETS)[]), 'custom'] as const satisfies readonly DurationChoice[];
export const isDurationChoice = (value: string): value is DurationChoice => value === 'custom' || Object.hasOwn(DURATION_PRESETS, value);

/** Where a window's target is shown in the app. */
export function targetHref(window: Pick<MaintenanceView, 'scope' | 'targetId'>): string | null {
  if (window.targetId === null) return null;
  if (window.scope === 'device') return `/equipment/${window.targetId}`;
  if (window.scope === 'tower') return `/towers/${window.targetId}`;
  return null;
}
