import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { DeviceBulk, DeviceBulkAction } from '@server/http/routes/devices/schema.js';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { Dialog } from '../../../components/ui/dialog';
import { SelectField, TextField } from '../../../components/ui/field';
import { useErrorMessage } from '../../../lib/use-error-message';
import { useBulkDevices } from '../api/bulk-devices';
import type { TowerOption } from '../device-options';
import { ParentPicker } from './parent-picker';
import type { Selection } from './use-selection';

const DURATIONS = [
  ['m30', 30],
  ['h1', 60],
  ['h2', 120],
  ['h4', 240],
  ['h8', 480],
  ['h24', 1440],
  ['d7', 10_080],
] as const;

const ACTIONS: DeviceBulkAction[] = ['enable', 'disable', 'move', 'parent', 'maintenance'];

/** The bar over a selection: what is selected, and one dialog per action. */
export function BulkActions({ selection, towers }: { selection: Selection; towers: TowerOption[] }) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const bulk = useBulkDevices();
  const [action, setAction] = useState<DeviceBulkAction | null>(null);
  const [towerId, setTowerId] = useState('');
  const [parentId, setParentId] = useState<number | null>(null);
  const [minutes, setMinutes] = useState(60);
  const [reason, setReason] = useState('');
  const [done, setDone] = useState<number | null>(null);
  const count = selection.ids.length;

  if (count === 0 && done === null) return null;

  const open = (next: DeviceBulkAction) => {
    bulk.reset();
    setDone(null);
    setAction(next);
  };
  const close = () => setAction(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!action) return;
    const ids = selection.ids;
    const body: DeviceBulk =
      action === 'move'
        ? { ids, action, towerId: towerId === '' ? null : Number(towerId) }
        : action === 'parent'
          ? { ids, action, parentId }
          : action === 'maintenance'
            ? { ids, action, durationMinutes: minutes, reason: reason.trim() || null }
            : { ids, action };
    bulk.mutate(body, {
      onSuccess: (result) => {
        setDone(result.updated);
        selection.clear();
        close();
      },
    });
  };

  return (
    <div className="space-y-2">
      {count > 0 ? (
        <div className="flex flex-wrap items-center gap-2 rounded-lg border border-sky-200 bg-sky-50 p-2 text-sm" role="toolbar" aria-label={t('equipmentList.bulkActions')} data-testid="bulk-bar">
          <span className="font-medium text-sky-900" data-testid="bulk-count">
            {t('equipmentList.selected', { count })}
          </span>
          {ACTIONS.map((a) => (
            <Button key={a} variant="secondary" small onClick={() => open(a)} data-testid={`bulk-${a}`}>
              {t(`equipmentList.${a}`)}
            </Button>
          ))}
          <Button variant="ghost" small onClick={selection.clear} data-testid="bulk-clear">
            {t('equipmentList.clear')}
          </Button>
        </div>
      ) : null}
      {done !== null && count === 0 ? (
        <Alert tone="success" testId="bulk-done">
          {t('equipmentList.done', { count: done })}
        </Alert>
      ) : null}
      <Dialog open={action !== null} title={action ? t(`equipmentList.${action}Title`, { count }) : ''} onClose={close} testId="bulk-dialog">
        <form className="space-y-4" onSubmit={submit}>
          {action === 'disable' ? <p className="text-sm text-slate-700">{t('equipmentList.disableHint')}</p> : null}
          {action === 'move' ? (
            <SelectField label={t('equipmentList.tower')} testId="bulk-tower" value={towerId} onChange={(e) => setTowerId(e.target.value)}>
              <option value="">{t('equipmentList.noTower')}</option>
              {towers.map((tower) => (
                <option key={tower.id} value={tower.id}>
                  {tower.name}
                </option>
              ))}
            </SelectField>
          ) : null}
          {action === 'parent' ? (
            <>
              <ParentPicker value={parentId} onChange={setParentId} />
              <p className="text-xs text-slate-600">{t('equipmentList.parentHint')}</p>
            </>
          ) : null}
          {action === 'maintenance' ? (
            <>
              <SelectField label={t('equipmentList.duration')} testId="bulk-duration" value={minutes} onChange={(e) => setMinutes(Number(e.target.value))}>
                {DURATIONS.map(([key, value]) => (
                  <option key={key} value={value}>
                    {t(`equipmentList.durations.${key}`)}
                  </option>
                ))}
              </SelectField>
              <TextField label={t('equipmentList.reason')} testId="bulk-reason" value={reason} maxLength={500} onChange={(e) => setReason(e.target.value)} />
              <p className="text-xs text-slate-600">{t('equipmentList.maintenanceHint')}</p>
            </>
          ) : null}
          {bulk.error ? (
            <Alert tone="error" testId="bulk-error">
              {errorMessage(bulk.error)}
            </Alert>
          ) : null}
          <div className="flex justify-end gap-2">
            <Button variant="secondary" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" disabled={bulk.isPending} data-testid="bulk-apply">
              {bulk.isPending ? t('equipmentList.applying') : t('equipmentList.apply')}
            </Button>
          </div>
        </form>
      </Dialog>
    </div>
  );
}
