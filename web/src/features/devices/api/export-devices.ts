/** A plain link: the browser downloads it with the session cookie. */
export const EXPORT_DEVICES_URL = '/api/devices/export.csv';
/** An example equipment file: the header and two rows. */
export const DEVICES_TEMPLATE_URL = '/api/templates/devices.csv';
