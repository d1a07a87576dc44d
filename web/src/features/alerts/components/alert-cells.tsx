import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { AlertListItem } from '@server/http/routes/alerts/schema.js';
import { formatDateTime } from '../../../lib/format';
import { alertDurationMs } from '../alert-list';
import { formatDuration } from '../format-duration';

/** The device by name, linked; the internet outage's evidence is on the Synthetic page. */
export function AlertSubjectLink({ alert }: { alert: AlertListItem }) {
  const { t } = useTranslation();
  if (alert.kind === 'internet') {
    return (
      <Link to="/synthetic" className="font-medium text-sky-700 hover:underline" data-testid="alert-synthetic">
        {t('nav.synthetic')}
      </Link>
    );
  }
  if (alert.deviceId === null) return null;
  return (
    <Link to={`/equipment/${alert.deviceId}`} className="font-medium text-sky-700 hover:underline" data-testid="alert-device">
      {alert.deviceName ?? t('alerts.deletedDevice')}
    </Link>
  );
}

export function AlertTowerLink({ alert }: { alert: AlertListItem }) {
  if (alert.towerId === null || alert.towerName === null) return null;
  return (
    <Link to={`/towers/${alert.towerId}`} className="text-sky-700 hover:underline" data-testid="alert-tower">
      {alert.towerName}
    </Link>
  );
}

/** "12 min" (how long it lasted), or "open for 12 min"; the start and end times on hover. */
export function AlertDuration({ alert, now }: { alert: AlertListItem; now: number }) {
  const { t, i18n } = useTranslation();
  const duration = formatDuration(alertDurationMs(alert, now), i18n.language);
  const started = formatDateTime(alert.startedAt, i18n.language);
  const title = alert.resolvedAt ? `${started} – ${formatDateTime(alert.resolvedAt, i18n.language)}` : started;
  return (
    <span className="whitespace-nowrap tabular-nums" title={title} data-testid="alert-duration">
      {alert.resolvedAt ? duration : t('alerts.openFor', { duration })}
    </span>
  );
}

/** "15 equipamentos afetados", opening the list of them. */
export function AffectedButton({ alert, onOpen }: { alert: AlertListItem; onOpen?: (alert: AlertListItem) => void }) {
  const { t } = useTranslation();
  if (alert.affected.length === 0) return null;
  const label = t('alerts.affected', { count: alert.affected.length });
  if (!onOpen) {
    return (
      <span className="font-medium text-slate-700" data-testid="alert-affected" data-count={alert.affected.length}>
        {label}
      </span>
    );
  }
  return (
    <button type="button" className="font-medium text-sky-700 hover:underline" data-testid="alert-affected" data-count={alert.affected.length} onClick={() => onOpen(alert)}>
      {label}
    </button>
  );
}
