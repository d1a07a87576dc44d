/** Plain links: the browser downloads them with the session cookie. */
export const EXPORT_TOWERS_URL = '/api/towers/export.csv';
/** An example tower file: the header and two rows. */
export const TOWERS_TEMPLATE_URL = '/api/templates/towers.csv';
