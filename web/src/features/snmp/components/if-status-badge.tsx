import { useTranslation } from 'react-i18next';
import type { IfStatus } from '@server/probers/snmp/model.js';
import { cn } from '../../../lib/cn';

const TONE: Record<IfStatus, string> = {
  up: 'bg-emerald-50 text-emerald-800 ring-emerald-600/30',
  down: 'bg-red-50 text-red-800 ring-red-600/30',
  lowerLayerDown: 'bg-red-50 text-red-800 ring-red-600/30',
  dormant: 'bg-amber-50 text-amber-800 ring-amber-600/30',
  testing: 'bg-amber-50 text-amber-800 ring-amber-600/30',
  unknown: 'bg-slate-100 text-slate-700 ring-slate-500/30',
  notPresent: 'bg-slate-100 text-slate-700 ring-slate-500/30',
};

const BADGE = 'inline-flex whitespace-nowrap rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset';

/** The link state; an interface switched off by its admin is grey, not an alarm. */
export function IfStatusBadge({ admin, oper }: { admin: IfStatus | null; oper: IfStatus | null }) {
  const { t } = useTranslation();
  if (admin === 'down') {
    return (
      <span className={cn(BADGE, 'bg-slate-100 text-slate-600 ring-slate-400/30')} data-testid="if-status" data-status="admin-down">
        {t('snmpView.adminDown')}
      </span>
    );
  }
  const status = oper ?? 'unknown';
  return (
    <span className={cn(BADGE, TONE[status])} data-testid="if-status" data-status={status}>
      {t(`snmpView.ifStatuses.${status}`)}
    </span>
  );
}
