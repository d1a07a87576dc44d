import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Device } from '@server/http/routes/devices/schema.js';
import { Alert } from '../../../components/ui/alert';
import { FormActions } from '../../../components/ui/form-actions';
import { CheckboxField, SelectField, TextareaField, TextField } from '../../../components/ui/field';
import { isApiError } from '../../../lib/api-client';
import { useErrorMessage } from '../../../lib/use-error-message';
import { useCreateDevice } from '../api/create-device';
import { useUpdateDevice } from '../api/update-device';
import { DEVICE_TYPES, isDeviceType, type TowerOption } from '../device-options';
import { parseTags, toCreateBody, toFormValues, toPatchBody, validateDevice, type DeviceFormValues } from './device-form-values';
import { ParentPicker } from './parent-picker';
import { SnmpFields } from './snmp-fields';

interface DeviceFormProps {
  device?: Device;
  towers: TowerOption[];
  defaultTowerId?: number;
  onSaved: (device: Device) => void;
  onCancel?: () => void;
}

/** Fields this form renders an error next to; anything else goes to the banner. */
const RENDERED_FIELDS = new Set(['name', 'host', 'type', 'vendor', 'model', 'towerId', 'parentId', 'tags', 'notes', 'latencyThresholdMs', 'snmp', 'snmp.version', 'snmp.port', 'snmp.community', 'snmp.username', 'snmp.authProtocol', 'snmp.authKey', 'snmp.privProtocol', 'snmp.privKey']);

/** Server codes that belong to one field. */
const CODE_FIELDS: Record<string, string> = { DUPLICATE_HOST: 'host', DEPENDENCY_CYCLE: 'parentId' };

export function DeviceForm({ device, towers, defaultTowerId, onSaved, onCancel }: DeviceFormProps) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const create = useCreateDevice();
  const update = useUpdateDevice();
  const mutation = device ? update : create;
  const [values, setValues] = useState<DeviceFormValues>(() => toFormValues(device, { towerId: defaultTowerId }));
  const [localErrors, setLocalErrors] = useState<Record<string, string>>({});

  const set = <K extends keyof DeviceFormValues>(key: K, value: DeviceFormValues[K]) => setValues((v) => ({ ...v, [key]: value }));
  const onText = (key: 'name' | 'host' | 'vendor' | 'model' | 'towerId' | 'tags' | 'notes' | 'latencyThresholdMs') => (e: { target: { value: string } }) => set(key, e.target.value);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const errors = validateDevice(values, device?.snmp ?? null, t('common.required'), t('snmp.keyHint'), t('devices.latencyThresholdInvalid'));
    setLocalErrors(errors);
    if (Object.keys(errors).length > 0) return;
    if (device) update.mutate({ id: device.id, patch: toPatchBody(values) }, { onSuccess: onSaved });
    else create.mutate(toCreateBody(values), { onSuccess: onSaved });
  };

  const serverError = mutation.error;
  const serverFields = isApiError(serverError) ? serverError.fields : {};
  const fieldErrors: Record<string, string> = { ...serverFields, ...localErrors };
  const codeField = isApiError(serverError) ? CODE_FIELDS[serverError.code] : undefined;
  if (codeField) fieldErrors[codeField] = errorMessage(serverError);
  const unrendered = Object.entries(fieldErrors).filter(([field]) => !RENDERED_FIELDS.has(field));
  // The banner is for errors no field explains.
  const showGeneral = Boolean(serverError) && !codeField && Object.keys(serverFields).length === 0;
  const tags = parseTags(values.tags);

  return (
    <form onSubmit={submit} className="space-y-4" noValidate data-testid="device-form">
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField label={t('devices.name')} testId="device-name" value={values.name} onChange={onText('name')} error={fieldErrors.name} maxLength={200} required />
        <TextField label={t('devices.host')} testId="device-host" value={values.host} onChange={onText('host')} error={fieldErrors.host} maxLength={253} required autoCapitalize="off" spellCheck={false} />
        <SelectField
          label={t('devices.type')}
          testId="device-type"
          value={values.type}
          onChange={(e) => {
            if (isDeviceType(e.target.value)) set('type', e.target.value);
          }}
          error={fieldErrors.type}
        >
          {DEVICE_TYPES.map((type) => (
            <option key={type} value={type}>
              {t(`devices.types.${type}`)}
            </option>
          ))}
        </SelectField>
        <SelectField label={t('devices.tower')} testId="device-tower" value={values.towerId} onChange={onText('towerId')} error={fieldErrors.towerId}>
          <option value="">{t('devices.noTower')}</option>
          {towers.map((tower) => (
            <option key={tower.id} value={tower.id}>
              {tower.code ? `${tower.name} (${tower.code})` : tower.name}
            </option>
          ))}
        </SelectField>
        <TextField label={t('devices.vendor')} testId="device-vendor" value={values.vendor} onChange={onText('vendor')} error={fieldErrors.vendor} maxLength={100} />
        <TextField label={t('devices.model')} testId="device-model" value={values.model} onChange={onText('model')} error={fieldErrors.model} maxLength={100} />
      </div>
      <ParentPicker value={values.parentId} onChange={(id) => set('parentId', id)} excludeId={device?.id} error={fieldErrors.parentId} />
      <div>
        <TextField label={t('devices.tags')} testId="device-tags" value={values.tags} onChange={onText('tags')} error={fieldErrors.tags} hint={t('devices.tagsHint')} />
        {tags.length > 0 ? (
          <ul className="mt-2 flex flex-wrap gap-1" aria-label={t('devices.tags')}>
            {tags.map((tag) => (
              <li key={tag} className="rounded-full bg-slate-200 px-2 py-0.5 text-xs text-slate-700">
                {tag}
              </li>
            ))}
          </ul>
        ) : null}
      </div>
      <TextField
        label={t('devices.latencyThreshold')}
        testId="device-latency-threshold"
        className="sm:max-w-xs"
        type="number"
        inputMode="numeric"
        min={1}
        max={60000}
        step={1}
        value={values.latencyThresholdMs}
        onChange={onText('latencyThresholdMs')}
        error={fieldErrors.latencyThresholdMs}
        hint={t('devices.latencyThresholdHint')}
      />
      <CheckboxField label={t('devices.enabled')} testId="device-enabled" checked={values.enabled} onChange={(e) => set('enabled', e.target.checked)} />
      <TextareaField label={t('devices.notes')} testId="device-notes" rows={3} value={values.notes} onChange={onText('notes')} error={fieldErrors.notes} />
      <SnmpFields values={values.snmp} onChange={(snmp) => set('snmp', snmp)} errors={fieldErrors} stored={device?.snmp ?? null} host={values.host} deviceId={device?.id} />
      {showGeneral || unrendered.length > 0 ? (
        <Alert tone="error" testId="device-form-error">
          {showGeneral ? <p>{errorMessage(serverError)}</p> : null}
          {unrendered.length > 0 ? (
            <ul className="list-inside list-disc">
              {unrendered.map(([field, message]) => (
                <li key={field}>
                  {field}: {message}
                </li>
              ))}
            </ul>
          ) : null}
        </Alert>
      ) : null}
      <FormActions onCancel={onCancel} pending={mutation.isPending} submitTestId="device-submit" />
    </form>
  );
}
