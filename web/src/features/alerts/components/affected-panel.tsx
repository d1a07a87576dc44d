import { useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { AlertListItem } from '@server/http/routes/alerts/schema.js';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { Dialog } from '../../../components/ui/dialog';
import { StatusBadge } from '../../../components/ui/status-badge';
import { useErrorMessage } from '../../../lib/use-error-message';
import { AFFECTED_PAGE, useAlertAffected } from '../api/get-alert-affected';

/** The devices a root alert took down with it: name, host, type and role, tower, status; a page of 50 at a time. */
export function AffectedPanel({ alert, onClose }: { alert: AlertListItem | null; onClose: () => void }) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const [offset, setOffset] = useState(0);
  const [shownFor, setShownFor] = useState<number | null>(null);
  // A different alert starts at its first page.
  if ((alert?.id ?? null) !== shownFor) {
    setShownFor(alert?.id ?? null);
    setOffset(0);
  }
  const affected = useAlertAffected(alert?.id ?? null, offset);
  const total = affected.data?.total ?? alert?.affected.length ?? 0;
  const title = alert ? t('alerts.affectedTitle', { count: total, name: alert.kind === 'internet' ? t('alerts.kinds.internet') : (alert.deviceName ?? t('alerts.deletedDevice')) }) : '';

  return (
    <Dialog open={alert !== null} title={title} onClose={onClose} testId="alert-affected-panel">
      {affected.error ? <Alert tone="error">{errorMessage(affected.error)}</Alert> : null}
      {affected.isPending ? <p className="text-sm text-slate-500">{t('common.loading')}</p> : null}
      <ul className="divide-y divide-slate-100 text-sm" data-testid="alert-affected-list">
        {affected.data?.items.map((d) => (
          <li key={d.id} className="flex min-w-0 items-start justify-between gap-3 py-2" data-testid="alert-affected-device">
            <div className="min-w-0">
              <Link to={`/equipment/${d.id}`} className="break-words font-medium text-sky-700 hover:underline">
                {d.name}
              </Link>
              <div className="break-words text-xs text-slate-500">
                {d.host} · {t(`devices.types.${d.type}`)} · {t(`alerts.roles.${d.role}`)}
                {d.towerId !== null && d.towerName !== null ? (
                  <>
                    {' · '}
                    <Link to={`/towers/${d.towerId}`} className="text-sky-700 hover:underline">
                      {d.towerName}
                    </Link>
                  </>
                ) : null}
              </div>
            </div>
            <StatusBadge status={d.status} />
          </li>
        ))}
      </ul>
      {total > AFFECTED_PAGE ? (
        <div className="mt-3 flex items-center justify-between gap-2 text-sm">
          <span className="text-slate-600">{t('alerts.affectedRange', { from: offset + 1, to: Math.min(offset + AFFECTED_PAGE, total), total })}</span>
          <div className="flex gap-2">
            <Button variant="secondary" small disabled={offset === 0} onClick={() => setOffset(Math.max(0, offset - AFFECTED_PAGE))}>
              {t('alerts.previous')}
            </Button>
            <Button variant="secondary" small disabled={offset + AFFECTED_PAGE >= total} onClick={() => setOffset(offset + AFFECTED_PAGE)}>
              {t('alerts.next')}
            </Button>
          </div>
        </div>
      ) : null}
    </Dialog>
  );
}
