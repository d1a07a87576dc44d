import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Tower } from '@server/http/routes/towers/schema.js';
import { Button } from '../../../components/ui/button';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog';
import { EmptyRow, Table, Td, Th, Tr } from '../../../components/ui/table';
import { formatCoordinate } from '../../../lib/format';
import { useErrorMessage } from '../../../lib/use-error-message';
import { useDeleteTower } from '../api/delete-tower';

interface TowersTableProps {
  towers: Tower[];
  /** Uplink device labels by id, supplied by the page. */
  canWrite: boolean;
}

export function TowersTable({ towers, canWrite }: TowersTableProps) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const remove = useDeleteTower();
  const [pending, setPending] = useState<Tower | null>(null);

  const close = () => {
    setPending(null);
    remove.reset();
  };

  return (
    <>
      <Table>
        <thead>
          <tr>
            <Th>{t('towers.name')}</Th>
            <Th>{t('towers.code')}</Th>
            <Th>{t('towers.coordinates')}</Th>
            <Th className="text-right">{t('towers.deviceCount')}</Th>
            <Th>{t('towers.uplink')}</Th>
            <Th>
              <span className="sr-only">{t('common.actions')}</span>
            </Th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {towers.length === 0 ? <EmptyRow colSpan={6}>{t('towers.empty')}</EmptyRow> : null}
          {towers.map((tower) => (
            <Tr key={tower.id} data-testid={`tower-row-${tower.id}`}>
              <Td className="font-medium">
                <Link to={`/towers/${tower.id}`} className="text-sky-700 hover:underline">
                  {tower.name}
                </Link>
              </Td>
              <Td>{tower.code ?? ''}</Td>
              <Td className="whitespace-nowrap font-mono text-xs">
                {formatCoordinate(tower.latitude)}, {formatCoordinate(tower.longitude)}
              </Td>
              <Td className="text-right">
                <Link to={`/equipment?tower=${tower.id}`} className="text-sky-700 hover:underline">
                  {tower.deviceCount}
                </Link>
              </Td>
              <Td>{tower.uplinkDeviceName ?? ''}</Td>
              <Td className="whitespace-nowrap text-right">
                {canWrite ? (
                  <Button variant="ghost" small onClick={() => setPending(tower)} data-testid={`tower-delete-${tower.id}`}>
                    {t('common.delete')}
                  </Button>
                ) : null}
              </Td>
            </Tr>
          ))}
        </tbody>
      </Table>
      <ConfirmDialog
        open={pending !== null}
        title={t('common.delete')}
        message={t('common.confirmDelete', { name: pending?.name ?? '' })}
        pending={remove.isPending}
        error={remove.error ? errorMessage(remove.error) : null}
        onClose={close}
        onConfirm={() => {
          if (pending) remove.mutate(pending.id, { onSuccess: close });
        }}
      />
    </>
  );
}
