import type { Link } from '@server/http/routes/links/schema.js';

/** A weathermap's load bands: under 50 %, 50 to 80 %, over 80 %, or no figure. */
export type UtilisationBand = 'low' | 'mid' | 'high' | 'unknown';
export const UTILISATION_BANDS: UtilisationBand[] = ['low', 'mid', 'high', 'unknown'];

export function utilisationBand(percent: number | null): UtilisationBand {
  if (percent === null || !Number.isFinite(percent)) return 'unknown';
  return percent > 80 ? 'high' : percent >= 50 ? 'mid' : 'low';
}

export interface LineStyle {
  color: string;
  weight: number;
  dashArray: string | undefined;
  opacity: number;
}

/** Green, amber, red by load; thicker as it fills, so a saturated backhaul stands out in grey tiles too. */
export const BAND_STYLES: Record<UtilisationBand, LineStyle> = {
  low: { color: '#16a34a', weight: 3, dashArray: undefined, opacity: 0.9 },
  mid: { color: '#f59e0b', weight: 5, dashArray: undefined, opacity: 0.95 },
  high: { color: '#dc2626', weight: 7, dashArray: undefined, opacity: 0.95 },
  unknown: { color: '#64748b', weight: 3, dashArray: '6 6', opacity: 0.8 },
};

/** A cut link: red whatever its last load, dotted so it does not read as a full one. */
export const DOWN_STYLE: LineStyle = { color: '#dc2626', weight: 4, dashArray: '2 7', opacity: 1 };
/** Planned work on an end: blue, like the maintenance badges. */
export const MAINTENANCE_STYLE: LineStyle = { color: '#2563eb', weight: 3, dashArray: '8 5', opacity: 0.9 };

export type LinkLook = 'down' | 'maintenance' | UtilisationBand;

/** Status first (a down link is down whatever it carried), then maintenance, then the load band. */
export function linkLook(link: Pick<Link, 'status' | 'maintenance' | 'utilisationPercent'>): LinkLook {
  if (link.status === 'down') return 'down';
  if (link.maintenance) return 'maintenance';
  return utilisationBand(link.utilisationPercent);
}

export function lineStyle(look: LinkLook): LineStyle {
  return look === 'down' ? DOWN_STYLE : look === 'maintenance' ? MAINTENANCE_STYLE : BAND_STYLES[look];
}
