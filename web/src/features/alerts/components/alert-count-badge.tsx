import { useTranslation } from 'react-i18next';
import { useOpenAlertCount } from '../api/get-alerts';

/** The sidebar's count of open, announced alerts; nothing when there are none. */
export function AlertCountBadge() {
  const { t } = useTranslation();
  const { data: count = 0 } = useOpenAlertCount();
  if (count === 0) return null;
  return (
    <span className="rounded-full bg-red-600 px-1.5 text-xs font-semibold leading-5 text-white tabular-nums" title={t('alerts.openCount', { count })} data-testid="nav-alerts-count">
      {count}
    </span>
  );
}
