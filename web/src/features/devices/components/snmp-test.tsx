import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { isApiError } from '../../../lib/api-client';
import { useErrorMessage } from '../../../lib/use-error-message';
import { useTestSnmp, type SnmpTestResult } from '../api/test-snmp';
import { snmpForPatch, type SnmpFormValues } from './device-form-values';

interface SnmpTestProps {
  host: string;
  values: SnmpFormValues;
  /** When editing: secrets left blank are tried with the stored ones. */
  deviceId?: number;
}

function Outcome({ result }: { result: SnmpTestResult }) {
  const { t } = useTranslation();
  if (!result.ok) {
    return (
      <Alert tone="error" testId="snmp-test-result">
        {t('snmp.testFailed', { ms: result.durationMs, error: result.error ?? '?' })}
      </Alert>
    );
  }
  const s = result.system;
  const identity = [s?.vendor, s?.platform, s?.model, s?.firmware].filter(Boolean).join(' · ');
  return (
    <Alert tone="success" testId="snmp-test-result">
      <p className="font-semibold">{t('snmp.testOk', { ms: result.durationMs })}</p>
      <p data-testid="snmp-test-identity">{identity || t('snmp.testGeneric')}</p>
      {s?.sysDescr ? <p className="text-xs opacity-80">{s.sysDescr}</p> : null}
      <p data-testid="snmp-test-counts">{t('snmp.testCounts', { interfaces: result.interfaces, radios: result.radios, clients: result.clients })}</p>
    </Alert>
  );
}

/** Asks the server to poll with the settings as typed, so a wrong community shows before saving. */
export function SnmpTest({ host, values, deviceId }: SnmpTestProps) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const test = useTestSnmp();
  const snmp = snmpForPatch(values);
  const missingHost = !host.trim();

  const run = () => {
    if (!snmp || missingHost) return;
    test.mutate({ host: host.trim(), snmp, ...(deviceId ? { deviceId } : {}) });
  };
  // A rejected request names the bad field (a missing community); say which.
  const fields = isApiError(test.error) ? Object.entries(test.error.fields) : [];

  return (
    <div className="space-y-2">
      <div className="flex flex-wrap items-center gap-3">
        <Button variant="secondary" onClick={run} disabled={test.isPending || !snmp} data-testid="snmp-test">
          {test.isPending ? t('snmp.testing') : t('snmp.test')}
        </Button>
        {missingHost ? <span className="text-xs text-slate-500">{t('snmp.testNeedsHost')}</span> : null}
      </div>
      {test.data && !test.isPending ? <Outcome result={test.data} /> : null}
      {test.error ? (
        <Alert tone="error" testId="snmp-test-result">
          {fields.length > 0 ? fields.map(([field, message]) => <p key={field}>{`${field}: ${message}`}</p>) : errorMessage(test.error)}
        </Alert>
      ) : null}
    </div>
  );
}
