import type { Incident } from '@server/http/routes/incidents/schema.js';

/**
 * A customer's own equipment down with nothing above it failing: real, but not what the night
 * shift looks at first. "Agora" folds these into one line, so 237 stations down one by one do
 * not push a dead tower off the screen.
 */
export const isLoneCustomer = (i: Incident): boolean => i.kind === 'device' && i.towers === 0 && i.infrastructure === 0 && i.customers > 0;

/** The rows "Agora" shows: every cause but the lone customers, unless they are unfolded. */
export function nowRows(incidents: readonly Incident[], showLoneCustomers: boolean): { rows: Incident[]; loneCustomers: number } {
  const lone = incidents.filter(isLoneCustomer).length;
  return { rows: showLoneCustomers ? [...incidents] : incidents.filter((i) => !isLoneCustomer(i)), loneCustomers: lone };
}
