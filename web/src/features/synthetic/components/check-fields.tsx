import { useTranslation } from 'react-i18next';
import { SelectField, TextField } from '../../../components/ui/field';
import { DNS_RECORD_TYPES, isDnsRecordType } from '../synthetic-options';
import type { CheckDrafts, SyntheticField } from '../synthetic-form-values';

export type FieldErrors = Partial<Record<SyntheticField, string>>;

interface DraftProps<K extends keyof CheckDrafts> {
  draft: CheckDrafts[K];
  errors: FieldErrors;
  onChange: (patch: Partial<CheckDrafts[K]>) => void;
}

function HostField({ value, error, onChange }: { value: string; error: string | undefined; onChange: (host: string) => void }) {
  const { t } = useTranslation();
  return <TextField label={t('synthetic.form.host')} testId="synthetic-host" value={value} maxLength={253} error={error} onChange={(e) => onChange(e.target.value)} />;
}

export function IcmpFields({ draft, errors, onChange }: DraftProps<'icmp'>) {
  return <HostField value={draft.host} error={errors['check.host']} onChange={(host) => onChange({ host })} />;
}

export function TcpFields({ draft, errors, onChange }: DraftProps<'tcp'>) {
  const { t } = useTranslation();
  return (
    <div className="grid gap-4 sm:grid-cols-[minmax(0,1fr)_8rem]">
      <HostField value={draft.host} error={errors['check.host']} onChange={(host) => onChange({ host })} />
      <TextField label={t('synthetic.form.port')} testId="synthetic-port" inputMode="numeric" value={draft.port} error={errors['check.port']} onChange={(e) => onChange({ port: e.target.value })} />
    </div>
  );
}

export function DnsFields({ draft, errors, onChange }: DraftProps<'dns'>) {
  const { t } = useTranslation();
  return (
    <>
      <div className="grid gap-4 sm:grid-cols-[minmax(0,1fr)_8rem]">
        <TextField label={t('synthetic.form.resolver')} testId="synthetic-resolver" value={draft.resolver} maxLength={45} error={errors['check.resolver']} onChange={(e) => onChange({ resolver: e.target.value })} />
        <TextField
          label={t('synthetic.form.port')}
          testId="synthetic-port"
          inputMode="numeric"
          placeholder="53"
          hint={t('synthetic.form.dnsPortHint')}
          value={draft.port}
          error={errors['check.port']}
          onChange={(e) => onChange({ port: e.target.value })}
        />
      </div>
      <div className="grid gap-4 sm:grid-cols-[minmax(0,1fr)_8rem]">
        <TextField label={t('synthetic.form.dnsName')} testId="synthetic-dns-name" value={draft.name} maxLength={253} error={errors['check.name']} onChange={(e) => onChange({ name: e.target.value })} />
        <SelectField
          label={t('synthetic.form.recordType')}
          testId="synthetic-record-type"
          value={draft.recordType}
          error={errors['check.recordType']}
          onChange={(e) => {
            if (isDnsRecordType(e.target.value)) onChange({ recordType: e.target.value });
          }}
        >
          {DNS_RECORD_TYPES.map((type) => (
            <option key={type} value={type}>
              {type}
            </option>
          ))}
        </SelectField>
      </div>
      <TextField
        label={t('synthetic.form.expected')}
        testId="synthetic-expected"
        hint={t('synthetic.form.expectedHint')}
        value={draft.expected}
        maxLength={253}
        error={errors['check.expected']}
        onChange={(e) => onChange({ expected: e.target.value })}
      />
    </>
  );
}

export function HttpFields({ draft, errors, onChange }: DraftProps<'http'>) {
  const { t } = useTranslation();
  return (
    <>
      <TextField
        label={t('synthetic.form.url')}
        testId="synthetic-url"
        type="url"
        placeholder="https://"
        value={draft.url}
        maxLength={2000}
        error={errors['check.url']}
        onChange={(e) => onChange({ url: e.target.value })}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          label={t('synthetic.form.expectedStatus')}
          testId="synthetic-expected-status"
          inputMode="numeric"
          hint={t('synthetic.form.expectedStatusHint')}
          value={draft.expectedStatus}
          error={errors['check.expectedStatus']}
          onChange={(e) => onChange({ expectedStatus: e.target.value })}
        />
        <TextField
          label={t('synthetic.form.certMinDays')}
          testId="synthetic-cert-min-days"
          inputMode="numeric"
          hint={t('synthetic.form.certMinDaysHint')}
          value={draft.certMinDays}
          error={errors['check.certMinDays']}
          onChange={(e) => onChange({ certMinDays: e.target.value })}
        />
      </div>
      <TextField
        label={t('synthetic.form.bodyMatch')}
        testId="synthetic-body-match"
        hint={t('synthetic.form.bodyMatchHint')}
        value={draft.bodyMatch}
        maxLength={200}
        error={errors['check.bodyMatch']}
        onChange={(e) => onChange({ bodyMatch: e.target.value })}
      />
    </>
  );
}
