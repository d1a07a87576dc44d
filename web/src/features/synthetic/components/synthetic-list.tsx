import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SyntheticTarget } from '@server/http/routes/synthetic/schema.js';
import { usePhone } from '../../../components/layouts/use-phone';
import { Alert } from '../../../components/ui/alert';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog';
import { EmptyRow, Table, Th } from '../../../components/ui/table';
import { useErrorMessage } from '../../../lib/use-error-message';
import { useDeleteSyntheticTarget } from '../api/delete-synthetic-target';
import { useUpdateSyntheticTarget } from '../api/update-synthetic-target';
import { useNow } from '../../../lib/use-now';
import { SyntheticCard } from './synthetic-card';
import { SyntheticRow, type RowActions } from './synthetic-row';

interface SyntheticListProps {
  items: SyntheticTarget[];
  /** When the list arrived (ms): "since" is counted from there at least. */
  updatedAt: number;
  loading: boolean;
  selectedId: number | null;
  onSelect: (id: number) => void;
  /** Null for viewers: no enable, edit or delete. */
  onEdit: ((target: SyntheticTarget) => void) | null;
  onDeleted: (target: SyntheticTarget) => void;
}

/** The checks with their last result; operators enable, disable, edit and delete them here. */
export function SyntheticList({ items, updatedAt, loading, selectedId, onSelect, onEdit, onDeleted }: SyntheticListProps) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const now = Math.max(useNow(15_000), updatedAt);
  const toggle = useUpdateSyntheticTarget();
  const remove = useDeleteSyntheticTarget();
  const [deleting, setDeleting] = useState<SyntheticTarget | null>(null);
  const phone = usePhone();

  const actions: RowActions | null = onEdit
    ? {
        onToggle: (s) => toggle.mutate({ id: s.id, patch: { enabled: !s.enabled } }),
        onEdit,
        onDelete: (s) => {
          remove.reset();
          setDeleting(s);
        },
        togglingId: toggle.isPending ? (toggle.variables?.id ?? null) : null,
      }
    : null;

  return (
    <div className="space-y-2">
      {toggle.error ? <Alert tone="error">{errorMessage(toggle.error)}</Alert> : null}
      {phone ? (
        <ul className={loading ? 'space-y-2 opacity-60' : 'space-y-2'} data-testid="synthetic-rows">
          {items.length === 0 ? <li className="rounded-lg border border-slate-200 bg-white p-4 text-center text-sm text-slate-500">{loading ? t('common.loading') : t('synthetic.empty')}</li> : null}
          {items.map((s) => (
            <SyntheticCard key={s.id} target={s} selected={s.id === selectedId} onSelect={onSelect} actions={actions} now={now} />
          ))}
        </ul>
      ) : (
        <Table className={loading ? 'opacity-60' : undefined}>
          <thead>
            <tr>
              <Th>{t('synthetic.name')}</Th>
              <Th>{t('synthetic.kind')}</Th>
              <Th>{t('synthetic.target')}</Th>
              <Th>{t('synthetic.status')}</Th>
              <Th>{t('synthetic.latency')}</Th>
              <Th>{t('synthetic.external')}</Th>
              <Th>{t('synthetic.enabled')}</Th>
              {actions ? <Th className="text-right">{t('common.actions')}</Th> : null}
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100" data-testid="synthetic-rows">
            {items.length === 0 ? <EmptyRow colSpan={actions ? 8 : 7}>{loading ? t('common.loading') : t('synthetic.empty')}</EmptyRow> : null}
            {items.map((s) => (
              <SyntheticRow key={s.id} target={s} selected={s.id === selectedId} onSelect={onSelect} actions={actions} now={now} />
            ))}
          </tbody>
        </Table>
      )}
      <ConfirmDialog
        open={deleting !== null}
        title={t('synthetic.confirmDeleteTitle')}
        message={deleting ? t('synthetic.confirmDelete', { name: deleting.name }) : ''}
        confirmLabel={remove.isPending ? t('synthetic.deleting') : t('common.delete')}
        pending={remove.isPending}
        error={remove.error ? errorMessage(remove.error) : null}
        onClose={() => setDeleting(null)}
        onConfirm={() => {
          const target = deleting;
          if (target)
            remove.mutate(target.id, {
              onSuccess: () => {
                setDeleting(null);
                onDeleted(target);
              },
            });
        }}
      />
    </div>
  );
}
