import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AlertSeveritySettings } from '@server/http/routes/settings/schema.js';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { SelectField } from '../../../components/ui/field';
import { isApiError } from '../../../lib/api-client';
import { useErrorMessage } from '../../../lib/use-error-message';
import { useUpdateAlertSeverity } from '../api/update-alert-severity';

type Severity = AlertSeveritySettings['minimum'];
type DeviceType = keyof AlertSeveritySettings['down'];
const CHOICES = ['critical', 'major', 'warning', 'info'] as const satisfies readonly Severity[];
const isSeverity = (v: string): v is Severity => (CHOICES as readonly string[]).includes(v);

const SECTION = 'space-y-3 rounded-lg border border-slate-200 bg-white p-4';

/** Severity of an outage by device type, of a tower uplink, and the minimum sent to Telegram and webhooks. */
export function AlertSeverityForm({ settings }: { settings: AlertSeveritySettings }) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const update = useUpdateAlertSeverity();
  const [value, setValue] = useState<AlertSeveritySettings>(settings);
  // In the order the server lists the types.
  const types = Object.keys(value.down) as DeviceType[];

  const submit = (event: FormEvent) => {
    event.preventDefault();
    update.mutate(value, { onSuccess: setValue });
  };
  const options = CHOICES.map((s) => (
    <option key={s} value={s}>
      {t(`alerts.severities.${s}`)}
    </option>
  ));
  const pick = (v: string, set: (s: Severity) => void) => {
    if (isSeverity(v)) set(v);
  };
  const fields = update.error && isApiError(update.error) ? update.error.fields : {};
  const fieldError = (name: string) => (fields[name] ? t('settings.severity.invalid') : undefined);
  const general = update.error && Object.keys(fields).length === 0 ? errorMessage(update.error) : null;

  return (
    <form onSubmit={submit} noValidate className={SECTION} data-testid="severity-form">
      <h2 className="text-base font-semibold text-slate-900">{t('settings.severity.title')}</h2>
      <p className="text-sm text-slate-600">{t('settings.severity.intro')}</p>
      <SelectField
        label={t('settings.severity.minimum')}
        hint={t('settings.severity.minimumHint')}
        testId="severity-minimum"
        value={value.minimum}
        onChange={(e) => pick(e.target.value, (minimum) => setValue({ ...value, minimum }))}
        error={fieldError('minimum')}
      >
        {options}
      </SelectField>
      <div className="grid grid-cols-1 gap-3 sm:grid-cols-2">
        <SelectField
          label={t('settings.severity.uplink')}
          testId="severity-uplink"
          value={value.uplink}
          onChange={(e) => pick(e.target.value, (uplink) => setValue({ ...value, uplink }))}
          error={fieldError('uplink')}
        >
          {options}
        </SelectField>
        {types.map((type) => (
          <SelectField
            key={type}
            label={t('settings.severity.typeDown', { type: t(`devices.types.${type}`) })}
            testId={`severity-type-${type}`}
            value={value.down[type]}
            onChange={(e) => pick(e.target.value, (s) => setValue({ ...value, down: { ...value.down, [type]: s } }))}
            error={fieldError(`down.${type}`)}
          >
            {options}
          </SelectField>
        ))}
      </div>
      <p className="text-xs text-slate-500">{t('settings.severity.lowerHint')}</p>
      {general ? <Alert tone="error">{general}</Alert> : null}
      {update.isSuccess ? (
        <Alert tone="success" testId="severity-saved">
          {t('settings.saved')}
        </Alert>
      ) : null}
      <div className="flex justify-end">
        <Button type="submit" disabled={update.isPending} data-testid="severity-save">
          {update.isPending ? t('common.saving') : t('common.save')}
        </Button>
      </div>
    </form>
  );
}
