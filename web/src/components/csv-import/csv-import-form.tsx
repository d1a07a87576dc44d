import { useState, type ChangeEvent, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { UseMutationResult } from '@tanstack/react-query';
import type { ImportResult } from '@server/http/routes/devices/schema.js';
import { Alert } from '../ui/alert';
import { Button } from '../ui/button';
import { TextareaField, TextField } from '../ui/field';
import { useErrorMessage } from '../../lib/use-error-message';
import { importErrorOf } from '../../lib/import-report';
import { ImportErrorsTable } from './import-errors-table';

interface CsvImportFormProps {
  /** The CSV header the import expects, shown above the box and as its placeholder. */
  header: string;
  intro: string;
  mutation: UseMutationResult<ImportResult, Error, string>;
  /** Prefix of every test id, so two forms can share a page. */
  testIdPrefix: string;
}

/** A CSV file or pasted text, sent whole; the result, or every bad line with its reason. */
export function CsvImportForm({ header, intro, mutation, testIdPrefix }: CsvImportFormProps) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const [csv, setCsv] = useState('');
  const [empty, setEmpty] = useState(false);
  const id = (name: string) => `${testIdPrefix}-${name}`;

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
      <p className="text-sm text-slate-600">{intro}</p>
      <div className="text-xs text-slate-600">
        {t('import.header')}
        <code className="mt-1 block rounded bg-slate-100 p-2 font-mono [overflow-wrap:anywhere]">{header}</code>
      </div>
      <TextField label={t('import.file')} testId={id('file')} type="file" accept=".csv,text/csv,text/plain" onChange={(e) => void onFile(e)} />
      <TextareaField
        label={t('import.csv')}
        testId={id('csv')}
        rows={8}
        spellCheck={false}
        inputClassName="font-mono text-xs"
        placeholder={`${header}\n`}
        value={csv}
        error={empty ? t('import.empty') : undefined}
        onChange={(e) => setCsv(e.target.value)}
      />
      <Button type="submit" data-testid={id('submit')} disabled={mutation.isPending}>
        {mutation.isPending ? t('import.submitting') : t('import.submit')}
      </Button>
      {mutation.data ? (
        <Alert tone="success" testId={id('success')}>
          {t('import.success', { created: mutation.data.created, updated: mutation.data.updated })}
        </Alert>
      ) : null}
      {report ? <ImportErrorsTable report={report} testIdPrefix={testIdPrefix} /> : mutation.error ? <Alert tone="error">{errorMessage(mutation.error)}</Alert> : null}
    </form>
  );
}
