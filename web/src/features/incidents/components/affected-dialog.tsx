import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Alert } from '../../../components/ui/alert';
import { Dialog } from '../../../components/ui/dialog';
import { StatusBadge } from '../../../components/ui/status-badge';
import { isApiError } from '../../../lib/api-client';
import { useIncidentAffected } from '../api/get-incident-affected';

/** The devices an incident takes out, its causes first; each opens its page. */
export function AffectedDialog({ incidentKey, title, onClose }: { incidentKey: string | null; title: string; onClose: () => void }) {
  const { t } = useTranslation();
  const affected = useIncidentAffected(incidentKey);
  const items = affected.data?.items ?? [];
  return (
    <Dialog open={incidentKey !== null} title={t('incidents.affected.title', { what: title })} onClose={onClose} testId="incident-affected-dialog">
      {affected.error ? <Alert tone={isApiError(affected.error) && affected.error.status === 404 ? 'info' : 'error'}>{t('incidents.affected.ended')}</Alert> : null}
      {affected.isPending ? <p className="text-sm text-slate-500">{t('common.loading')}</p> : null}
      {affected.isSuccess && items.length === 0 ? <p className="text-sm text-slate-500">{t('incidents.affected.empty')}</p> : null}
      <ul className="divide-y divide-slate-100">
        {items.map((d) => (
          <li key={d.id} className="flex flex-wrap items-center justify-between gap-x-3 gap-y-1 py-2" data-testid="incident-affected-device">
            <div className="min-w-0">
              <Link to={`/equipment/${d.id}`} className="font-medium text-sky-700 hover:underline" onClick={onClose}>
                {d.name}
              </Link>
              {d.cause ? <span className="ml-2 rounded bg-red-100 px-1.5 text-xs font-medium text-red-800">{t('incidents.affected.cause')}</span> : null}
              <p className="text-xs text-slate-500">
                {t(`devices.types.${d.type}`, { defaultValue: d.type })} ·{' '}
                {d.tower ? (
                  <Link to={`/towers/${d.tower.id}`} className="hover:underline" onClick={onClose}>
                    {d.tower.name}
                  </Link>
                ) : (
                  t('incidents.affected.noTower')
                )}
              </p>
            </div>
            <StatusBadge status={d.status} since={d.since} />
          </li>
        ))}
      </ul>
    </Dialog>
  );
}
