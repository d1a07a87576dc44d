import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { MaintenanceView } from '@server/http/routes/maintenance/schema.js';
import { Alert } from '../../../components/ui/alert';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog';
import { useErrorMessage } from '../../../lib/use-error-message';
import { useEndMaintenanceWindow } from '../api/end-maintenance-window';
import { useMaintenanceWindows } from '../api/get-maintenance-windows';
import { useTargetLabel } from '../use-target-label';
import { MaintenanceTable } from './maintenance-table';

const byNextStart = (a: MaintenanceView, b: MaintenanceView) => (a.nextStartsAt ?? a.startsAt).localeCompare(b.nextStartsAt ?? b.startsAt);

function Section({ title, count, testId, children }: { title: string; count?: number; testId: string; children: ReactNode }) {
  return (
    <section className="space-y-2" data-testid={testId}>
      <h2 className="text-base font-semibold text-slate-900">
        {title}
        {count !== undefined ? <span className="ml-2 text-sm font-normal text-slate-500">({count})</span> : null}
      </h2>
      {children}
    </section>
  );
}

/** Active and upcoming windows (one request), and the ended ones when asked for. */
export function MaintenanceLists({ canEnd }: { canEnd: boolean }) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const targetLabel = useTargetLabel();
  const [showPast, setShowPast] = useState(false);
  const current = useMaintenanceWindows('current');
  const past = useMaintenanceWindows('past', { enabled: showPast });
  const end = useEndMaintenanceWindow();
  const [ending, setEnding] = useState<MaintenanceView | null>(null);

  const items = current.data?.items ?? [];
  const active = items.filter((w) => w.active);
  const upcoming = items.filter((w) => !w.active).sort(byNextStart);
  const onEnd = canEnd
    ? (w: MaintenanceView) => {
        end.reset();
        setEnding(w);
      }
    : null;

  return (
    <div className="space-y-6">
      {current.error ? <Alert tone="error">{errorMessage(current.error)}</Alert> : null}
      <Section title={t('maintenance.active')} count={current.data ? active.length : undefined} testId="maintenance-active">
        <MaintenanceTable windows={active} empty={t('maintenance.emptyActive')} loading={current.isPending} onEnd={onEnd} testId="maintenance-active-rows" />
      </Section>
      <Section title={t('maintenance.upcoming')} count={current.data ? upcoming.length : undefined} testId="maintenance-upcoming">
        <MaintenanceTable windows={upcoming} empty={t('maintenance.emptyUpcoming')} loading={current.isPending} onEnd={onEnd} testId="maintenance-upcoming-rows" />
      </Section>
      <section className="space-y-2" data-testid="maintenance-past">
        <h2 className="text-base font-semibold text-slate-900">
          <button type="button" aria-expanded={showPast} className="inline-flex items-center gap-1 hover:text-sky-800" onClick={() => setShowPast((v) => !v)} data-testid="maintenance-past-toggle">
            <span aria-hidden="true" className="text-xs text-slate-500">
              {showPast ? '▼' : '▶'}
            </span>
            {t('maintenance.past')}
          </button>
        </h2>
        {showPast ? (
          <>
            {past.error ? <Alert tone="error">{errorMessage(past.error)}</Alert> : null}
            <MaintenanceTable windows={past.data?.items ?? []} empty={t('maintenance.emptyPast')} loading={past.isPending} onEnd={null} testId="maintenance-past-rows" />
          </>
        ) : null}
      </section>
      <ConfirmDialog
        open={ending !== null}
        title={t('maintenance.confirmEndTitle')}
        message={ending ? t('maintenance.confirmEnd', { target: targetLabel(ending) }) : ''}
        confirmLabel={end.isPending ? t('maintenance.ending') : t('maintenance.endNow')}
        pending={end.isPending}
        error={end.error ? errorMessage(end.error) : null}
        onClose={() => setEnding(null)}
        onConfirm={() => {
          if (ending) end.mutate(ending.id, { onSuccess: () => setEnding(null) });
        }}
      />
    </div>
  );
}
