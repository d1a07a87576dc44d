import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Change } from '@server/http/routes/incidents/schema.js';
import { formatStatusReason } from '../../../lib/status-reason';

/** The server's reason in words; "depends on X" names X and links to it, never its id. */
export function ChangeReason({ change }: { change: Change }) {
  const { t } = useTranslation();
  const [kind, , status = ''] = (change.reason ?? '').split('|');
  if (kind === 'upstream' && change.upstream) {
    const statusText = t(`status.${status as 'down'}`, { defaultValue: status }).toLowerCase();
    return (
      <span>
        {t('incidents.changes.upstreamBefore')}
        <Link to={`/equipment/${change.upstream.id}`} className="text-sky-700 hover:underline" data-testid="change-upstream">
          {change.upstream.name}
        </Link>
        {t('incidents.changes.upstreamAfter', { status: statusText })}
      </span>
    );
  }
  // An upstream reason whose device is gone: say so without its number.
  if (kind === 'upstream') return <span>{t('incidents.changes.upstream', { name: '—', status: t(`status.${status as 'down'}`, { defaultValue: status }).toLowerCase() })}</span>;
  return <span>{formatStatusReason(t, change.reason)}</span>;
}
