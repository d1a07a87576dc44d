import { useTranslation } from 'react-i18next';
import { useHealth } from '../api/get-health';

/** Shown on every page while the server cannot ping: all statuses would be stale or unknown. */
export function IcmpBanner() {
  const { t } = useTranslation();
  const health = useHealth();
  if (!health.data || health.data.icmp.available) return null;
  return (
    <div role="alert" data-testid="icmp-banner" className="mb-4 rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900">
      <strong className="font-semibold">{t('monitoring.icmpUnavailable')}</strong> {health.data.icmp.reason ?? ''}
    </div>
  );
}
