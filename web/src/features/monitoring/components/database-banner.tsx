import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../lib/format';
import { useHealth } from '../api/get-health';
import { databaseProblem } from '../database-problem';

/**
 * Shown on every page while the database is gone or refuses writes: the server keeps pinging,
 * but rounds are dropped and statuses wait for the database, so the screen is going stale.
 */
export function DatabaseBanner() {
  const { t, i18n } = useTranslation();
  const health = useHealth();
  const problem = databaseProblem(health.data);
  if (!problem) return null;
  return (
    <div role="alert" data-testid="database-banner" className="mb-4 rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-900">
      <strong className="font-semibold">
        {problem.kind === 'unreachable'
          ? t('monitoring.databaseUnreachable')
          : t('monitoring.databaseWritesFailing', { since: formatDateTime(problem.since, i18n.language) })}
      </strong>{' '}
      {t('monitoring.databaseDropping', { count: problem.dropped })}
      {problem.detail ? <span className="block text-xs text-red-800">{problem.detail}</span> : null}
    </div>
  );
}
