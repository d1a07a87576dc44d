/** A plain link: the browser downloads it with the session cookie. */
export const EXPORT_DEVICES_URL = '/api/devices/export.csv';
