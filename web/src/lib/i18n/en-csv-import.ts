import type { MessageShape } from './pt-br';

/** The import page's sections (towers, equipment) and template links; part of `en.ts`. */
export const csvImportEn: MessageShape['csvImport'] = {
  pageTitle: 'Import towers and equipment',
  order: 'Import the towers first, then the equipment: a tower’s uplink is the host of a device that may not exist yet; it becomes the uplink when that device is added.',
  towersTitle: 'Towers',
  towersIntro: 'Paste a CSV or choose a file. A tower is matched by its code (or by its name when it has none) and updated; others are created. If any line has an error, nothing is written.',
  devicesTitle: 'Equipment',
  template: 'Download template',
  exportTowers: 'Export towers',
  exportDevices: 'Export equipment',
};
