import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { MaintenanceView } from '@server/http/routes/maintenance/schema.js';
import { usePhone } from '../../../components/layouts/use-phone';
import { Button } from '../../../components/ui/button';
import { EmptyRow, Table, Td, Th, Tr } from '../../../components/ui/table';
import { formatDateTime } from '../../../lib/format';
import { formatWindowRange } from '../format-window';
import { targetHref } from '../maintenance-options';
import { useTargetLabel } from '../use-target-label';

interface MaintenanceTableProps {
  windows: MaintenanceView[];
  empty: string;
  loading: boolean;
  /** Null when the user may not end windows (viewers) or the list is of ended ones. */
  onEnd: ((window: MaintenanceView) => void) | null;
  testId: string;
}

function Target({ window: w }: { window: MaintenanceView }) {
  const { t } = useTranslation();
  const targetLabel = useTargetLabel();
  // A deleted target has no page to go to.
  const href = w.targetName !== null ? targetHref(w) : null;
  return (
    <>
      <div className="text-xs text-slate-500" data-testid="maintenance-scope-label">
        {t(`maintenance.scopes.${w.scope}`)}
      </div>
      {href ? (
        <Link to={href} className="font-medium text-sky-700 hover:underline" data-testid="maintenance-target-link">
          {targetLabel(w)}
        </Link>
      ) : (
        <span className="font-medium">{targetLabel(w)}</span>
      )}
    </>
  );
}

function When({ window: w }: { window: MaintenanceView }) {
  const { t, i18n } = useTranslation();
  return (
    <>
      <div className="whitespace-nowrap" data-testid="maintenance-range">
        {formatWindowRange(w.startsAt, w.endsAt, i18n.language)}
      </div>
      {w.recurrence === 'weekly' ? (
        <div className="mt-0.5 flex flex-wrap items-center gap-x-2 gap-y-0.5 text-xs text-slate-500">
          <span className="rounded-full bg-sky-50 px-2 py-0.5 font-medium text-sky-800 ring-1 ring-inset ring-sky-600/30" data-testid="maintenance-weekly-badge">
            {t('maintenance.weekly')}
          </span>
          {w.nextStartsAt ? <span data-testid="maintenance-next-start">{t('maintenance.nextStart', { time: formatDateTime(w.nextStartsAt, i18n.language) })}</span> : null}
        </div>
      ) : null}
      {w.endedAt ? <div className="text-xs text-slate-500">{t('maintenance.endedAt', { time: formatDateTime(w.endedAt, i18n.language) })}</div> : null}
    </>
  );
}

function Reason({ window: w }: { window: MaintenanceView }) {
  const { t } = useTranslation();
  return (
    <>
      <div data-testid="maintenance-reason">{w.reason ?? ''}</div>
      {w.createdBy ? (
        <div className="text-xs text-slate-500" data-testid="maintenance-created-by">
          {t('maintenance.createdByName', { name: w.createdBy })}
        </div>
      ) : null}
    </>
  );
}

function EndButton({ window: w, onEnd }: { window: MaintenanceView; onEnd: (window: MaintenanceView) => void }) {
  const { t } = useTranslation();
  return (
    <Button variant="secondary" small className="whitespace-nowrap" onClick={() => onEnd(w)} data-testid="maintenance-end">
      {t('maintenance.endNow')}
    </Button>
  );
}

/** On a phone: one card per window, its "end now" beside the target, never off-screen. */
function MaintenanceCards({ windows, empty, loading, onEnd, testId }: MaintenanceTableProps) {
  const { t } = useTranslation();
  return (
    <ul className={loading ? 'space-y-2 opacity-60' : 'space-y-2'} data-testid={testId}>
      {windows.length === 0 ? <li className="rounded-lg border border-slate-200 bg-white p-4 text-center text-sm text-slate-500">{loading ? t('common.loading') : empty}</li> : null}
      {windows.map((w) => (
        <li key={w.id} className="space-y-1.5 rounded-lg border border-slate-200 bg-white p-3 text-sm" data-testid={`maintenance-row-${w.id}`} data-scope={w.scope} data-target-id={w.targetId ?? undefined}>
          <div className="flex items-start justify-between gap-2">
            <div className="min-w-0 break-words">
              <Target window={w} />
            </div>
            {onEnd ? <EndButton window={w} onEnd={onEnd} /> : null}
          </div>
          <div className="text-xs tabular-nums text-slate-700">
            <When window={w} />
          </div>
          <div className="break-words text-slate-700">
            <Reason window={w} />
          </div>
        </li>
      ))}
    </ul>
  );
}

export function MaintenanceTable(props: MaintenanceTableProps) {
  const { t } = useTranslation();
  const phone = usePhone();
  const { windows, empty, loading, onEnd, testId } = props;
  if (phone) return <MaintenanceCards {...props} />;
  const columns = onEnd ? 4 : 3;
  return (
    <Table className={loading ? 'opacity-60' : undefined}>
      <thead>
        <tr>
          <Th>{t('maintenance.target')}</Th>
          <Th>{t('maintenance.when')}</Th>
          <Th>{t('maintenance.reason')}</Th>
          {onEnd ? <Th className="text-right">{t('common.actions')}</Th> : null}
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100" data-testid={testId}>
        {windows.length === 0 ? <EmptyRow colSpan={columns}>{loading ? t('common.loading') : empty}</EmptyRow> : null}
        {windows.map((w) => (
          <Tr key={w.id} data-testid={`maintenance-row-${w.id}`} data-scope={w.scope} data-target-id={w.targetId ?? undefined}>
            <Td className="min-w-32">
              <Target window={w} />
            </Td>
            <Td className="tabular-nums">
              <When window={w} />
            </Td>
            <Td className="min-w-32">
              <Reason window={w} />
            </Td>
            {onEnd ? (
              <Td className="text-right">
                <EndButton window={w} onEnd={onEnd} />
              </Td>
            ) : null}
          </Tr>
        ))}
      </tbody>
    </Table>
  );
}
