import { useTranslation } from 'react-i18next';
import { SelectField, TextField } from '../../../components/ui/field';
import { AUTH_PROTOCOLS, PRIV_PROTOCOLS } from '../device-options';
import type { SnmpPublic } from '@server/http/routes/devices/schema.js';
import { storedSecrets, type SnmpFormValues } from './device-form-values';
import { SnmpTest } from './snmp-test';

interface SnmpFieldsProps {
  values: SnmpFormValues;
  onChange: (values: SnmpFormValues) => void;
  errors: Record<string, string>;
  /** What the server has for this device; blank secrets keep the stored ones. */
  stored: SnmpPublic | null;
  /** The form's host and, when editing, the device: what "Test SNMP" polls. */
  host: string;
  deviceId?: number;
}

export function SnmpFields({ values, onChange, errors, stored, host, deviceId }: SnmpFieldsProps) {
  const { t } = useTranslation();
  const set = (key: keyof SnmpFormValues) => (event: { target: { value: string } }) => onChange({ ...values, [key]: event.target.value });
  const keep = t('snmp.keepSecretHint');
  const has = storedSecrets(stored);

  return (
    <fieldset className="space-y-4 rounded-md border border-slate-200 p-3">
      <legend className="px-1 text-sm font-semibold text-slate-700">{t('snmp.title')}</legend>
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField label={t('snmp.version')} testId="snmp-version" value={values.version} onChange={set('version')} error={errors['snmp'] ?? errors['snmp.version']}>
          <option value="">{t('snmp.none')}</option>
          <option value="1">v1</option>
          <option value="2c">v2c</option>
          <option value="3">v3</option>
        </SelectField>
        {values.version ? (
          <TextField label={t('snmp.port')} testId="snmp-port" inputMode="numeric" placeholder="161" value={values.port} onChange={set('port')} error={errors['snmp.port']} />
        ) : null}
      </div>
      {values.version === '1' || values.version === '2c' ? (
        <TextField
          label={t('snmp.community')}
          testId="snmp-community"
          autoComplete="off"
          value={values.community}
          onChange={set('community')}
          error={errors['snmp.community']}
          hint={has.community ? keep : undefined}
        />
      ) : null}
      {values.version === '3' ? (
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField label={t('snmp.username')} testId="snmp-username" autoComplete="off" value={values.username} onChange={set('username')} error={errors['snmp.username']} />
          <SelectField label={t('snmp.authProtocol')} testId="snmp-auth-protocol" value={values.authProtocol} onChange={set('authProtocol')} error={errors['snmp.authProtocol']}>
            {AUTH_PROTOCOLS.map((p) => (
              <option key={p} value={p}>
                {p.toUpperCase()}
              </option>
            ))}
          </SelectField>
          <TextField
            label={t('snmp.authKey')}
            testId="snmp-auth-key"
            type="password"
            autoComplete="new-password"
            value={values.authKey}
            onChange={set('authKey')}
            error={errors['snmp.authKey']}
            hint={has.authKey ? keep : t('snmp.keyHint')}
          />
          <SelectField label={t('snmp.privProtocol')} testId="snmp-priv-protocol" value={values.privProtocol} onChange={set('privProtocol')} error={errors['snmp.privProtocol']}>
            <option value="">{t('snmp.privNone')}</option>
            {PRIV_PROTOCOLS.map((p) => (
              <option key={p} value={p}>
                {p.toUpperCase()}
              </option>
            ))}
          </SelectField>
          {values.privProtocol ? (
            <TextField
              label={t('snmp.privKey')}
              testId="snmp-priv-key"
              type="password"
              autoComplete="new-password"
              value={values.privKey}
              onChange={set('privKey')}
              error={errors['snmp.privKey']}
              hint={has.privKey ? keep : t('snmp.keyHint')}
              className="sm:col-start-2"
            />
          ) : null}
        </div>
      ) : null}
      {/* Remounted on any change: a result only speaks for the settings it tried. */}
      {values.version ? <SnmpTest key={JSON.stringify([host, values])} host={host} values={values} deviceId={deviceId} /> : null}
    </fieldset>
  );
}
