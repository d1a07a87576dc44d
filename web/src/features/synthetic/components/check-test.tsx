import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { SyntheticCheck, SyntheticTestResult } from '@server/http/routes/synthetic/schema.js';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { isApiError } from '../../../lib/api-client';
import { formatMs } from '../../../lib/format';
import { useErrorMessage } from '../../../lib/use-error-message';
import { useTestSyntheticCheck } from '../api/test-synthetic-check';

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The parts of a test's `detail` worth a line: HTTP status, certificate days, DNS answers, the pinged address. */
function describeDetail(detail: unknown, t: TFunction): string[] {
  if (!isRecord(detail)) return [];
  const parts: string[] = [];
  if (typeof detail.status === 'number') parts.push(t('synthetic.detail.status', { status: detail.status }));
  if (typeof detail.certDaysLeft === 'number') parts.push(t('synthetic.detail.certDays', { days: detail.certDaysLeft }));
  if (Array.isArray(detail.answers) && detail.answers.length > 0) parts.push(t('synthetic.detail.answers', { answers: detail.answers.map(String).join(', ') }));
  if (typeof detail.address === 'string') parts.push(t('synthetic.detail.address', { address: detail.address }));
  return parts;
}

function Outcome({ result }: { result: SyntheticTestResult }) {
  const { t, i18n } = useTranslation();
  const latency = result.latencyMs === null ? null : formatMs(result.latencyMs, i18n.language);
  const detail = describeDetail(result.detail, t);
  const headline = result.ok
    ? latency
      ? t('synthetic.form.testOk', { latency })
      : t('synthetic.form.testOkNoLatency')
    : t('synthetic.form.testFailed', { reason: [result.reason ?? '?', latency].filter(Boolean).join(' · ') });
  return (
    <div data-testid="synthetic-test-result" data-ok={result.ok ? 'true' : 'false'}>
      <Alert tone={result.ok ? 'success' : 'error'}>
        <p className="font-semibold">{headline}</p>
        {detail.length > 0 ? <p data-testid="synthetic-test-detail">{detail.join(' · ')}</p> : null}
      </Alert>
    </div>
  );
}

interface CheckTestProps {
  /** The check as typed, or null when it is not complete (the form then shows why). */
  prepare: () => SyntheticCheck | null;
}

/**
 * "Testar": the server runs the check once as typed and stores nothing, so a wrong URL or
 * resolver shows before saving. Remount it (a `key`) when the check changes: an old result
 * would describe another check.
 */
export function CheckTest({ prepare }: CheckTestProps) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const test = useTestSyntheticCheck();
  const fields = isApiError(test.error) ? Object.entries(test.error.fields) : [];

  return (
    <div className="space-y-2">
      <Button
        variant="secondary"
        disabled={test.isPending}
        data-testid="synthetic-test"
        onClick={() => {
          const check = prepare();
          if (check) test.mutate(check);
        }}
      >
        {test.isPending ? t('synthetic.form.testing') : t('synthetic.form.test')}
      </Button>
      {test.data && !test.isPending ? <Outcome result={test.data} /> : null}
      {test.error ? (
        <div data-testid="synthetic-test-result" data-ok="false">
          <Alert tone="error">{fields.length > 0 ? fields.map(([field, message]) => <p key={field}>{`${field}: ${message}`}</p>) : errorMessage(test.error)}</Alert>
        </div>
      ) : null}
    </div>
  );
}
