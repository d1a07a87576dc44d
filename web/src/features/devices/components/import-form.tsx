import { useState, type ChangeEvent, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { TextareaField, TextField } from '../../../components/ui/field';
import { useErrorMessage } from '../../../lib/use-error-message';
import { importErrorOf, useImportDevices } from '../api/import-devices';
import { ImportErrorsTable } from './import-errors-table';

export const IMPORT_HEADER =
  'name,host,type,vendor,model,tower,parent,enabled,tags,notes,snmp_version,snmp_community,snmp_port,snmp_username,snmp_auth_protocol,snmp_auth_key,snmp_priv_protocol,snmp_priv_key';

export function ImportForm() {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const mutation = useImportDevices();
  const [csv, setCsv] = useState('');
  const [empty, setEmpty] = useState(false);

  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (!file) return;
    setCsv(await file.text());
    mutation.reset();
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const body = csv.trim();
    setEmpty(!body);
    if (body) mutation.mutate(`${body}\n`);
  };

  const report = importErrorOf(mutation.error);

  return (
    <form onSubmit={submit} className="space-y-4" noValidate>
      <p className="text-sm text-slate-600">{t('import.intro')}</p>
      <div className="text-xs text-slate-600">
        {t('import.header')}
        <code className="mt-1 block overflow-x-auto whitespace-nowrap rounded bg-slate-100 p-2 font-mono">{IMPORT_HEADER}</code>
      </div>
      <TextField label={t('import.file')} testId="import-file" type="file" accept=".csv,text/csv,text/plain" onChange={(e) => void onFile(e)} />
      <TextareaField
        label={t('import.csv')}
        testId="import-csv"
        rows={12}
        spellCheck={false}
        inputClassName="font-mono text-xs"
        placeholder={`${IMPORT_HEADER}\n`}
        value={csv}
        error={empty ? t('import.empty') : undefined}
        onChange={(e) => setCsv(e.target.value)}
      />
      <Button type="submit" data-testid="import-submit" disabled={mutation.isPending}>
        {mutation.isPending ? t('import.submitting') : t('import.submit')}
      </Button>
      {mutation.data ? (
        <Alert tone="success" testId="import-success">
          {t('import.success', { created: mutation.data.created, updated: mutation.data.updated })}
        </Alert>
      ) : null}
      {report ? <ImportErrorsTable report={report} /> : mutation.error ? <Alert tone="error">{errorMessage(mutation.error)}</Alert> : null}
    </form>
  );
}
