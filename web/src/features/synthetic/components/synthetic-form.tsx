import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { SyntheticTarget } from '@server/http/routes/synthetic/schema.js';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { CheckboxField, SelectField, TextField } from '../../../components/ui/field';
import { useErrorMessage } from '../../../lib/use-error-message';
import { useCreateSyntheticTarget } from '../api/create-synthetic-target';
import { useUpdateSyntheticTarget } from '../api/update-synthetic-target';
import { serverFieldErrors } from '../server-field-errors';
import { emptySyntheticValues, fromTarget, toCheck, toSyntheticBody, toSyntheticPatch, validateCheck, validateSynthetic, type CheckDrafts, type LocalErrors, type SyntheticField, type SyntheticFormValues } from '../synthetic-form-values';
import { SYNTHETIC_KINDS, isSyntheticKind } from '../synthetic-options';
import { CheckTest } from './check-test';
import { DnsFields, HttpFields, IcmpFields, TcpFields, type FieldErrors } from './check-fields';

interface SyntheticFormProps {
  /** The check being edited; null for a new one. */
  target: SyntheticTarget | null;
  onSaved: (saved: SyntheticTarget) => void;
  onCancel: () => void;
}

/** One check: its name, its kind and that kind's settings, whether it counts for the internet verdict, a test run. */
export function SyntheticForm({ target, onSaved, onCancel }: SyntheticFormProps) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const create = useCreateSyntheticTarget();
  const update = useUpdateSyntheticTarget();
  const [values, setValues] = useState<SyntheticFormValues>(() => (target ? fromTarget(target) : emptySyntheticValues()));
  const [localErrors, setLocalErrors] = useState<LocalErrors>({});
  const pending = create.isPending || update.isPending;
  const serverError = target ? update.error : create.error;

  const change = (patch: Partial<SyntheticFormValues>) => setValues((v) => ({ ...v, ...patch }));
  const changeDraft = <K extends keyof CheckDrafts>(kind: K, patch: Partial<CheckDrafts[K]>) =>
    setValues((v) => ({ ...v, drafts: { ...v.drafts, [kind]: { ...v.drafts[kind], ...patch } } }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const errors = validateSynthetic(values);
    setLocalErrors(errors);
    if (Object.keys(errors).length > 0) return;
    if (target) update.mutate({ id: target.id, patch: toSyntheticPatch(target, values) }, { onSuccess: onSaved });
    else create.mutate(toSyntheticBody(values), { onSuccess: onSaved });
  };
  /** The test needs a complete check, not a name. */
  const prepareTest = () => {
    const errors = validateCheck(values);
    setLocalErrors(errors);
    return Object.keys(errors).length > 0 ? null : toCheck(values);
  };

  // The server's errors next to the field they name, in the user's language when the case is known;
  // the browser's own checks win, being about what is typed now.
  const server = serverFieldErrors(serverError, values.kind);
  const errors: FieldErrors = {};
  for (const field of Object.keys(server.byField) as SyntheticField[]) {
    const e = server.byField[field];
    if (e) errors[field] = e.key ? t(`synthetic.errors.${e.key}`) : e.message;
  }
  for (const [field, key] of Object.entries(localErrors) as [SyntheticField, LocalErrors[SyntheticField]][]) {
    if (key) errors[field] = t(`synthetic.errors.${key}`);
  }
  // Nothing to point at: say what went wrong in general.
  const general = serverError && Object.keys(server.byField).length === 0 && server.other.length === 0 ? errorMessage(serverError) : null;
  const d = values.drafts;

  return (
    <form onSubmit={submit} className="space-y-4" noValidate data-testid="synthetic-form" data-kind={values.kind}>
      <TextField label={t('synthetic.name')} testId="synthetic-name" value={values.name} maxLength={100} placeholder={t('synthetic.form.namePlaceholder')} error={errors.name} onChange={(e) => change({ name: e.target.value })} />
      <SelectField
        label={t('synthetic.kind')}
        testId="synthetic-kind"
        value={values.kind}
        onChange={(e) => {
          if (isSyntheticKind(e.target.value)) change({ kind: e.target.value });
        }}
      >
        {SYNTHETIC_KINDS.map((kind) => (
          <option key={kind} value={kind}>
            {t(`synthetic.kinds.${kind}`)}
          </option>
        ))}
      </SelectField>
      {values.kind === 'icmp' ? <IcmpFields draft={d.icmp} errors={errors} onChange={(p) => changeDraft('icmp', p)} /> : null}
      {values.kind === 'dns' ? <DnsFields draft={d.dns} errors={errors} onChange={(p) => changeDraft('dns', p)} /> : null}
      {values.kind === 'http' ? <HttpFields draft={d.http} errors={errors} onChange={(p) => changeDraft('http', p)} /> : null}
      {values.kind === 'tcp' ? <TcpFields draft={d.tcp} errors={errors} onChange={(p) => changeDraft('tcp', p)} /> : null}
      <CheckTest key={JSON.stringify([values.kind, d[values.kind]])} prepare={prepareTest} />
      <div className="space-y-1">
        <CheckboxField label={t('synthetic.form.external')} testId="synthetic-external" checked={values.external} onChange={(e) => change({ external: e.target.checked })} />
        <p className="text-xs text-slate-500">{t('synthetic.form.externalHint')}</p>
      </div>
      <CheckboxField label={t('synthetic.enabled')} testId="synthetic-enabled" checked={values.enabled} onChange={(e) => change({ enabled: e.target.checked })} />
      {general ? <Alert tone="error" testId="synthetic-form-error">{general}</Alert> : null}
      {server.other.length > 0 ? (
        <Alert tone="error" testId="synthetic-form-error">
          {server.other.map((f) => (
            <p key={f.field}>{`${f.field}: ${f.message}`}</p>
          ))}
        </Alert>
      ) : null}
      <div className="flex justify-end gap-2">
        <Button variant="secondary" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
        <Button type="submit" data-testid="synthetic-submit" disabled={pending}>
          {pending ? t('common.saving') : target ? t('common.save') : t('synthetic.form.submitCreate')}
        </Button>
      </div>
    </form>
  );
}
