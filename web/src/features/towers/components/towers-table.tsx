import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Tower } from '@server/http/routes/towers/schema.js';
import { usePhone } from '../../../components/layouts/use-phone';
import { Button } from '../../../components/ui/button';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog';
import { EmptyRow, Table, Td, Th, Tr } from '../../../components/ui/table';
import { formatDateTime, formatRelative } from '../../../lib/format';
import { useErrorMessage } from '../../../lib/use-error-message';
import { useNow } from '../../../lib/use-now';
import { useDeleteTower } from '../api/delete-tower';
import { CustomersDown, CustomersOutNote } from './customers-cell';
import { TowerReason } from './tower-reason';
import { TowerStatusBadge } from './tower-status-badge';

interface TowersTableProps {
  /** Already in display order (worst first). */
  towers: Tower[];
  canWrite: boolean;
}

function Since({ iso }: { iso: string | null }) {
  const { i18n } = useTranslation();
  if (!iso) return <span className="text-slate-400">—</span>;
  return (
    <time dateTime={iso} title={formatDateTime(iso, i18n.language)} className="whitespace-nowrap" data-testid="tower-since">
      {formatRelative(iso, i18n.language)}
    </time>
  );
}

const nameLink = (tower: Tower) => (
  <Link to={`/towers/${tower.id}`} className="font-medium text-sky-700 hover:underline" data-testid={`tower-link-${tower.id}`}>
    {tower.name}
  </Link>
);

export function TowersTable({ towers, canWrite }: TowersTableProps) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const remove = useDeleteTower();
  const [pending, setPending] = useState<Tower | null>(null);
  useNow(); // one clock for the table: "há 12 min" keeps counting between refetches
  const phone = usePhone();

  const close = () => {
    setPending(null);
    remove.reset();
  };
  const deleteButton = (tower: Tower) =>
    canWrite ? (
      <Button variant="ghost" small onClick={() => setPending(tower)} data-testid={`tower-delete-${tower.id}`}>
        {t('common.delete')}
      </Button>
    ) : null;

  return (
    <>
      {/* Phones: one card per tower, status first; the table otherwise (never both in the DOM). */}
      {phone ? (
        <ul className="space-y-2" data-testid="towers-cards">
          {towers.length === 0 ? <li className="rounded-lg border border-slate-200 bg-white p-4 text-center text-sm text-slate-500">{t('towers.empty')}</li> : null}
          {towers.map((tower) => (
            <li key={tower.id} className="rounded-lg border border-slate-200 bg-white p-3 text-sm" data-testid={`tower-card-${tower.id}`} data-status={tower.status}>
              <div className="flex items-start justify-between gap-2">
                <div className="min-w-0">
                  {nameLink(tower)}
                  {tower.code ? <span className="ml-1.5 text-xs text-slate-500">{tower.code}</span> : null}
                </div>
                <TowerStatusBadge status={tower.status} since={tower.statusSince} />
              </div>
              <div className="mt-1 flex flex-wrap items-center gap-x-3 gap-y-1 text-xs text-slate-600">
                <Since iso={tower.statusSince} />
                <span>
                  {t('towerView.customersDown')}: <CustomersDown tower={tower} />
                </span>
                {tower.infraDown > 0 ? (
                  <span className="font-semibold text-red-700">
                    {t('towerView.infraDown')}: {tower.infraDown}
                  </span>
                ) : null}
              </div>
              {tower.reason ? (
                <p className="mt-1 text-xs text-slate-700" data-testid="tower-card-reason">
                  <TowerReason tower={tower} />
                </p>
              ) : null}
            </li>
          ))}
        </ul>
      ) : (
        <Table>
          <thead>
            <tr>
              <Th>{t('towerView.statusColumn')}</Th>
              <Th>{t('towers.name')}</Th>
              <Th>{t('towerView.since')}</Th>
              <Th className="text-right">{t('towerView.customersDown')}</Th>
              <Th className="text-right">{t('towerView.infraDown')}</Th>
              <Th>{t('towerView.reason')}</Th>
              <Th className="text-right">{t('towers.deviceCount')}</Th>
              <Th>{t('towers.uplink')}</Th>
              <Th>
                <span className="sr-only">{t('common.actions')}</span>
              </Th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {towers.length === 0 ? <EmptyRow colSpan={9}>{t('towers.empty')}</EmptyRow> : null}
            {towers.map((tower) => (
              <Tr key={tower.id} data-testid={`tower-row-${tower.id}`} data-status={tower.status}>
                <Td>
                  <div className="flex flex-col items-start gap-0.5">
                    <TowerStatusBadge status={tower.status} since={tower.statusSince} />
                    <CustomersOutNote count={tower.customersDown} />
                  </div>
                </Td>
                <Td>
                  {nameLink(tower)}
                  {tower.code ? <span className="ml-1.5 text-xs text-slate-500">{tower.code}</span> : null}
                </Td>
                <Td>
                  <Since iso={tower.statusSince} />
                </Td>
                <Td className="text-right">
                  <CustomersDown tower={tower} />
                </Td>
                <Td className={tower.infraDown > 0 ? 'text-right font-semibold text-red-700' : 'text-right text-slate-600'} data-testid="tower-infra-down">
                  {tower.infraDown}
                </Td>
                <Td className="max-w-xs text-slate-700" data-testid="tower-reason">
                  <TowerReason tower={tower} />
                </Td>
                <Td className="text-right">
                  <Link to={`/equipment?tower=${tower.id}`} className="text-sky-700 hover:underline">
                    {tower.deviceCount}
                  </Link>
                </Td>
                <Td className="whitespace-nowrap">{tower.uplinkDeviceName ?? ''}</Td>
                <Td className="whitespace-nowrap text-right">{deleteButton(tower)}</Td>
              </Tr>
            ))}
          </tbody>
        </Table>
      )}
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
