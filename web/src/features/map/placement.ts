import type { Tower } from '@server/http/routes/towers/schema.js';

/**
 * The API requires coordinates, so a tower "without" them is one left at 0,0 (a spreadsheet's
 * blank turned zero, or a placeholder): in the Gulf of Guinea, never a real site in Brazil.
 * Those are listed beside the map instead of drawn.
 */
export const isPlaced = (tower: Pick<Tower, 'latitude' | 'longitude'>): boolean =>
  Number.isFinite(tower.latitude) && Number.isFinite(tower.longitude) && !(tower.latitude === 0 && tower.longitude === 0);
