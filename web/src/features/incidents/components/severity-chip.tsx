import { useTranslation } from 'react-i18next';
import type { Incident } from '@server/http/routes/incidents/schema.js';
import { cn } from '../../../lib/cn';

type Severity = NonNullable<Incident['severity']>;
const STYLES: Record<Severity, string> = {
  critical: 'bg-red-50 text-red-800 ring-red-600/30',
  major: 'bg-orange-50 text-orange-800 ring-orange-600/30',
  warning: 'bg-amber-50 text-amber-800 ring-amber-600/30',
  info: 'bg-slate-100 text-slate-700 ring-slate-500/30',
};

export function SeverityChip({ severity }: { severity: Severity }) {
  const { t } = useTranslation();
  return (
    <span className={cn('inline-flex whitespace-nowrap rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset', STYLES[severity])} data-testid="incident-severity" data-severity={severity}>
      {t(`alerts.severities.${severity}`)}
    </span>
  );
}
