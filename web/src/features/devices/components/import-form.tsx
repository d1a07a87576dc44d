import { useTranslation } from 'react-i18next';
import { CsvImportForm } from '../../../components/csv-import/csv-import-form';
import { useImportDevices } from '../api/import-devices';

export const IMPORT_HEADER =
  'name,host,type,vendor,model,tower,parent,enabled,tags,notes,snmp_version,snmp_community,snmp_port,snmp_username,snmp_auth_protocol,snmp_auth_key,snmp_priv_protocol,snmp_priv_key';

export function ImportForm() {
  const { t } = useTranslation();
  return <CsvImportForm header={IMPORT_HEADER} intro={t('import.intro')} mutation={useImportDevices()} testIdPrefix="import" />;
}
