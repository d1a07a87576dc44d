import { useTranslation } from 'react-i18next';
import { CsvImportForm } from '../../../components/csv-import/csv-import-form';
import { useImportTowers } from '../api/import-towers';

export const TOWER_IMPORT_HEADER = 'name,code,latitude,longitude,uplink,address,notes';

export function TowerImportForm() {
  const { t } = useTranslation();
  return <CsvImportForm header={TOWER_IMPORT_HEADER} intro={t('csvImport.towersIntro')} mutation={useImportTowers()} testIdPrefix="tower-import" />;
}
