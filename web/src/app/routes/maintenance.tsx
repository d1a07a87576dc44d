import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { PageHeader } from '../../components/ui/page-header';
import { MaintenanceForm } from '../../features/maintenance/components/maintenance-form';
import { MaintenanceLists } from '../../features/maintenance/components/maintenance-lists';
import { isMaintenanceScope } from '../../features/maintenance/maintenance-options';
import { cn } from '../../lib/cn';
import { canWrite } from '../../lib/permissions';
import { useCurrentUser } from '../session-context';

/** Maintenance windows: what is silenced now, what will be, what was; operators and admins create and end them. */
export function MaintenanceRoute() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const writable = canWrite(user.role);
  const [search] = useSearchParams();
  // `?scope=device&targetId=12`: the "put in maintenance" shortcut from a device or tower page.
  const scope = search.get('scope');
  const targetId = Number(search.get('targetId')) || null;
  const prefill = isMaintenanceScope(scope) ? { scope, targetId: scope === 'global' ? null : targetId } : undefined;

  return (
    <div data-testid="page-maintenance">
      <PageHeader title={t('maintenance.title')} />
      <p className="mb-4 max-w-3xl text-sm text-slate-600">{t('maintenance.intro')}</p>
      <div className={cn('grid items-start gap-6', writable && 'xl:grid-cols-[minmax(0,1fr)_22rem]')}>
        {writable ? (
          // One column (a phone): what is in maintenance now comes first, unless a shortcut brought a target.
          <section className={cn('space-y-3 rounded-lg border border-slate-200 bg-white p-4 xl:order-2', !prefill && 'order-2')} data-testid="maintenance-new">
            <h2 className="text-base font-semibold text-slate-900">{t('maintenance.newTitle')}</h2>
            {/* A new shortcut link starts the form over with its target. */}
            <MaintenanceForm key={search.toString()} prefill={prefill} />
          </section>
        ) : null}
        <div className="min-w-0 xl:order-1">
          <MaintenanceLists canEnd={writable} />
        </div>
      </div>
    </div>
  );
}
