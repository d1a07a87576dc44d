import { useTranslation } from 'react-i18next';
import type { Tower } from '@server/http/routes/towers/schema.js';
import { cn } from '../../../lib/cn';

/** "3 / 40", red while any customer is without service; "sem clientes" on a tower with none. */
export function CustomersDown({ tower, className }: { tower: Pick<Tower, 'customers' | 'customersDown'>; className?: string }) {
  const { t } = useTranslation();
  if (tower.customers === 0) return <span className={cn('text-slate-400', className)}>{t('towerView.noCustomers')}</span>;
  return (
    <span className={cn('tabular-nums', tower.customersDown > 0 ? 'font-semibold text-red-700' : 'text-slate-600', className)} data-testid="tower-customers">
      {t('towerView.ofCustomers', { down: tower.customersDown, total: tower.customers })}
    </span>
  );
}

/** "1 cliente fora": said beside an `up` badge, so a customer outage is seen without painting the tower red. */
export function CustomersOutNote({ count }: { count: number }) {
  const { t } = useTranslation();
  if (count === 0) return null;
  return (
    <span className="whitespace-nowrap text-xs font-medium text-red-700" data-testid="tower-customers-out">
      {t('towerView.customersOut', { count })}
    </span>
  );
}
