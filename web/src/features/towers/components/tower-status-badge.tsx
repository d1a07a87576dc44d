import { useTranslation } from 'react-i18next';
import { cn } from '../../../lib/cn';
import { formatDateTime, formatRelative } from '../../../lib/format';
import { TOWER_STATUS_STYLES, type TowerStatus } from '../tower-status';

interface TowerStatusBadgeProps {
  status: TowerStatus;
  /** ISO time the status began; shown as a tooltip. */
  since?: string | null;
  className?: string;
  testId?: string;
}

/** A tower's status (from its devices by role), coloured like the device statuses. */
export function TowerStatusBadge({ status, since, className, testId = 'tower-status-badge' }: TowerStatusBadgeProps) {
  const { t, i18n } = useTranslation();
  const title = since ? t('status.sinceTitle', { relative: formatRelative(since, i18n.language), time: formatDateTime(since, i18n.language) }) : undefined;
  return (
    <span
      className={cn('inline-flex items-center gap-1.5 whitespace-nowrap rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset', TOWER_STATUS_STYLES[status].badge, className)}
      data-testid={testId}
      data-status={status}
      title={title}
    >
      <span aria-hidden="true" className={cn('size-2 rounded-full', TOWER_STATUS_STYLES[status].dot)} />
      {t(`towerView.status.${status}`)}
    </span>
  );
}
