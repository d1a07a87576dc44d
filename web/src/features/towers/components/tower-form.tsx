import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Tower, TowerCreate } from '@server/http/routes/towers/schema.js';
import { Alert } from '../../../components/ui/alert';
import { FormActions } from '../../../components/ui/form-actions';
import { SelectField, TextareaField, TextField } from '../../../components/ui/field';
import { isApiError } from '../../../lib/api-client';
import { useErrorMessage } from '../../../lib/use-error-message';
import { useCreateTower } from '../api/create-tower';
import { useUpdateTower } from '../api/update-tower';

export interface UplinkOption {
  id: number;
  label: string;
}

interface TowerFormProps {
  /** Absent when creating. */
  tower?: Tower;
  /** Prefill for a new tower, e.g. the point clicked on the map. */
  initialPosition?: { latitude: number; longitude: number };
  /** Devices of this tower; the uplink must be one of them. */
  uplinkOptions?: UplinkOption[];
  onSaved: (tower: Tower) => void;
  onCancel?: () => void;
}

/** Server codes that belong to one field. */
const CODE_FIELDS: Record<string, string> = { DUPLICATE_CODE: 'code', DEPENDENCY_CYCLE: 'uplinkDeviceId' };

type Values = Record<'name' | 'code' | 'latitude' | 'longitude' | 'address' | 'notes' | 'uplinkDeviceId', string>;

const toText = (value: number | string | null | undefined): string => (value === null || value === undefined ? '' : String(value));

/** Brazilian users type "-23,55"; both separators are accepted. */
export function parseCoordinate(text: string): number | null {
  const normalized = text.trim().replace(',', '.');
  if (!normalized) return null;
  const value = Number(normalized);
  return Number.isFinite(value) ? value : null;
}

const roundCoordinate = (value: number): string => String(Math.round(value * 1e6) / 1e6);

function validate(values: Values, t: (key: 'common.required') => string): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!values.name.trim()) errors.name = t('common.required');
  const lat = parseCoordinate(values.latitude);
  const lng = parseCoordinate(values.longitude);
  if (lat === null || lat < -90 || lat > 90) errors.latitude = '−90 … 90';
  if (lng === null || lng < -180 || lng > 180) errors.longitude = '−180 … 180';
  return errors;
}

export function TowerForm({ tower, initialPosition, uplinkOptions = [], onSaved, onCancel }: TowerFormProps) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const create = useCreateTower();
  const update = useUpdateTower();
  const mutation = tower ? update : create;
  const [values, setValues] = useState<Values>({
    name: tower?.name ?? '',
    code: toText(tower?.code),
    latitude: tower ? String(tower.latitude) : initialPosition ? roundCoordinate(initialPosition.latitude) : '',
    longitude: tower ? String(tower.longitude) : initialPosition ? roundCoordinate(initialPosition.longitude) : '',
    address: toText(tower?.address),
    notes: toText(tower?.notes),
    uplinkDeviceId: toText(tower?.uplinkDeviceId),
  });
  const [localErrors, setLocalErrors] = useState<Record<string, string>>({});

  const set = (key: keyof Values) => (event: { target: { value: string } }) => setValues((v) => ({ ...v, [key]: event.target.value }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const errors = validate(values, t);
    setLocalErrors(errors);
    if (Object.keys(errors).length > 0) return;
    const body: TowerCreate = {
      name: values.name.trim(),
      code: values.code.trim() || null,
      latitude: parseCoordinate(values.latitude) ?? 0,
      longitude: parseCoordinate(values.longitude) ?? 0,
      address: values.address.trim() || null,
      notes: values.notes.trim() || null,
      uplinkDeviceId: values.uplinkDeviceId ? Number(values.uplinkDeviceId) : null,
    };
    if (tower) update.mutate({ id: tower.id, patch: body }, { onSuccess: onSaved });
    else create.mutate(body, { onSuccess: onSaved });
  };

  const serverError = mutation.error;
  const serverFields = isApiError(serverError) ? serverError.fields : {};
  const fieldErrors: Record<string, string> = { ...serverFields, ...localErrors };
  const codeField = isApiError(serverError) ? CODE_FIELDS[serverError.code] : undefined;
  if (codeField) fieldErrors[codeField] = errorMessage(serverError);
  // The banner is for errors no field explains.
  const showGeneral = Boolean(serverError) && !codeField && Object.keys(serverFields).length === 0;

  return (
    <form onSubmit={submit} className="space-y-4" noValidate data-testid="tower-form">
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField label={t('towers.name')} testId="tower-name" value={values.name} onChange={set('name')} error={fieldErrors.name} required maxLength={200} />
        <TextField label={t('towers.code')} testId="tower-code" value={values.code} onChange={set('code')} error={fieldErrors.code} maxLength={50} />
        <TextField
          label={t('towers.latitude')}
          testId="tower-latitude"
          inputMode="decimal"
          value={values.latitude}
          onChange={set('latitude')}
          error={fieldErrors.latitude}
          placeholder="-23.55052"
        />
        <TextField
          label={t('towers.longitude')}
          testId="tower-longitude"
          inputMode="decimal"
          value={values.longitude}
          onChange={set('longitude')}
          error={fieldErrors.longitude}
          placeholder="-46.63331"
        />
      </div>
      <TextField label={t('towers.address')} testId="tower-address" value={values.address} onChange={set('address')} error={fieldErrors.address} />
      {tower ? (
        <SelectField
          label={t('towers.uplink')}
          testId="tower-uplink"
          value={values.uplinkDeviceId}
          onChange={set('uplinkDeviceId')}
          error={fieldErrors.uplinkDeviceId}
          hint={uplinkOptions.length === 0 ? t('towers.uplinkNewTower') : t('towers.uplinkHint')}
        >
          <option value="">{t('towers.uplinkNone')}</option>
          {uplinkOptions.map((option) => (
            <option key={option.id} value={option.id}>
              {option.label}
            </option>
          ))}
        </SelectField>
      ) : null}
      <TextareaField label={t('towers.notes')} testId="tower-notes" rows={3} value={values.notes} onChange={set('notes')} error={fieldErrors.notes} />
      {showGeneral ? <Alert tone="error" testId="tower-form-error">{errorMessage(serverError)}</Alert> : null}
      <FormActions onCancel={onCancel} pending={mutation.isPending} submitTestId="tower-submit" />
    </form>
  );
}
