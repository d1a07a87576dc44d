import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { CheckboxField, SelectField, TextField } from '../../../components/ui/field';
import { isApiError, isErrorResponse } from '../../../lib/api-client';
import { useErrorMessage } from '../../../lib/use-error-message';
import { useCreateMaintenanceWindow } from '../api/create-maintenance-window';
import {
  emptyMaintenanceValues,
  formFieldOf,
  serverMessageKey,
  toMaintenanceCreate,
  validateMaintenance,
  type LocalErrors,
  type MaintenanceField,
  type MaintenanceFormValues,
} from '../maintenance-form-values';
import { DURATION_CHOICES, MAINTENANCE_SCOPES, isDurationChoice, isMaintenanceScope, type MaintenanceScope } from '../maintenance-options';
import { TargetPicker, type TargetOption } from './target-picker';

interface MaintenanceFormProps {
  /** From a "put in maintenance" link (`?scope=device&targetId=…`). */
  prefill?: { scope?: MaintenanceScope; targetId?: number | null };
}

/** One window: what it covers, from when, for how long, weekly or not, and why. */
export function MaintenanceForm({ prefill }: MaintenanceFormProps) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const create = useCreateMaintenanceWindow();
  const [values, setValues] = useState<MaintenanceFormValues>(() => emptyMaintenanceValues(prefill));
  const [targetName, setTargetName] = useState<string | null>(null);
  const [localErrors, setLocalErrors] = useState<LocalErrors>({});
  const [created, setCreated] = useState(false);

  const change = (patch: Partial<MaintenanceFormValues>) => {
    setValues((v) => ({ ...v, ...patch }));
    setCreated(false);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const errors = validateMaintenance(values);
    setLocalErrors(errors);
    if (Object.keys(errors).length > 0) return;
    create.mutate(toMaintenanceCreate(values), {
      onSuccess: () => {
        setValues(emptyMaintenanceValues({ scope: values.scope }));
        setTargetName(null);
        setCreated(true);
      },
    });
  };

  // Server field errors, in the user's language when the sentence is a known one.
  const serverError = create.error;
  const fieldErrors: Partial<Record<MaintenanceField, string>> = {};
  if (isApiError(serverError) && isErrorResponse(serverError.body)) {
    for (const f of serverError.body.fields ?? []) {
      const field = formFieldOf(f.field, values.duration);
      const key = serverMessageKey(serverError.code, f.message);
      if (field) fieldErrors[field] ??= key ? t(`maintenance.errors.${key}`) : f.message;
    }
  }
  for (const [field, key] of Object.entries(localErrors) as [MaintenanceField, LocalErrors[MaintenanceField]][]) {
    if (key) fieldErrors[field] = t(`maintenance.errors.${key}`);
  }
  const showGeneral = Boolean(serverError) && Object.keys(fieldErrors).length === 0;

  return (
    <form onSubmit={submit} className="space-y-4" noValidate data-testid="maintenance-form">
      <SelectField
        label={t('maintenance.scope')}
        testId="maintenance-scope"
        value={values.scope}
        error={fieldErrors.scope}
        hint={t(`maintenance.scopeHints.${values.scope}`)}
        onChange={(e) => {
          if (!isMaintenanceScope(e.target.value)) return;
          change({ scope: e.target.value, targetId: null });
          setTargetName(null);
        }}
      >
        {MAINTENANCE_SCOPES.map((scope) => (
          <option key={scope} value={scope}>
            {t(`maintenance.scopes.${scope}`)}
          </option>
        ))}
      </SelectField>
      {values.scope !== 'global' ? (
        <TargetPicker
          key={values.scope}
          kind={values.scope}
          value={values.targetId}
          valueName={targetName}
          error={fieldErrors.targetId}
          onChange={(option: TargetOption | null) => {
            change({ targetId: option?.id ?? null });
            setTargetName(option?.name ?? null);
          }}
        />
      ) : null}
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium text-slate-700">{t('maintenance.start')}</legend>
        <div className="flex flex-wrap gap-4">
          {(['now', 'at'] as const).map((mode) => (
            <label key={mode} className="flex items-center gap-2 text-sm text-slate-700">
              <input
                type="radio"
                name="maintenance-start-mode"
                value={mode}
                checked={values.startMode === mode}
                onChange={() => change({ startMode: mode })}
                data-testid={`maintenance-start-${mode}`}
              />
              {mode === 'now' ? t('maintenance.startNow') : t('maintenance.startAt')}
            </label>
          ))}
        </div>
        {values.startMode === 'at' ? (
          <TextField
            label={t('maintenance.startsAt')}
            type="datetime-local"
            testId="maintenance-starts-at"
            value={values.startsAt}
            error={fieldErrors.startsAt}
            onChange={(e) => change({ startsAt: e.target.value })}
          />
        ) : fieldErrors.startsAt ? (
          <p className="text-xs text-red-600" role="alert">
            {fieldErrors.startsAt}
          </p>
        ) : null}
      </fieldset>
      <SelectField
        label={t('maintenance.duration')}
        testId="maintenance-duration"
        value={values.duration}
        error={fieldErrors.duration}
        onChange={(e) => {
          if (isDurationChoice(e.target.value)) change({ duration: e.target.value });
        }}
      >
        {DURATION_CHOICES.map((choice) => (
          <option key={choice} value={choice}>
            {t(`maintenance.durations.${choice}`)}
          </option>
        ))}
      </SelectField>
      {values.duration === 'custom' ? (
        <TextField
          label={t('maintenance.endsAt')}
          type="datetime-local"
          testId="maintenance-ends-at"
          value={values.endsAt}
          error={fieldErrors.endsAt}
          onChange={(e) => change({ endsAt: e.target.value })}
        />
      ) : null}
      <div className="space-y-1">
        <CheckboxField label={t('maintenance.weeklyLabel')} testId="maintenance-weekly" checked={values.weekly} onChange={(e) => change({ weekly: e.target.checked })} />
        <p className={fieldErrors.recurrence ? 'text-xs text-red-600' : 'text-xs text-slate-500'}>{fieldErrors.recurrence ?? t('maintenance.weeklyHint')}</p>
      </div>
      <TextField
        label={t('maintenance.reason')}
        testId="maintenance-reason"
        value={values.reason}
        maxLength={500}
        placeholder={t('maintenance.reasonPlaceholder')}
        error={fieldErrors.reason}
        onChange={(e) => change({ reason: e.target.value })}
      />
      {showGeneral ? <Alert tone="error" testId="maintenance-form-error">{errorMessage(serverError)}</Alert> : null}
      {created ? <Alert tone="success" testId="maintenance-created">{t('maintenance.created')}</Alert> : null}
      <div className="flex justify-end">
        <Button type="submit" data-testid="maintenance-submit" disabled={create.isPending}>
          {create.isPending ? t('maintenance.submitting') : t('maintenance.submit')}
        </Button>
      </div>
    </form>
  );
}
