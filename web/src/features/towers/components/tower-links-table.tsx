import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Link as TowerLink } from '@server/http/routes/links/schema.js';
import { usePhone } from '../../../components/layouts/use-phone';
import { EmptyRow, Table, Td, Th, Tr } from '../../../components/ui/table';
import { cn } from '../../../lib/cn';
import { formatPercent } from '../../../lib/format';
import { formatBps, formatDbm } from '../../../lib/format-units';
import { TOWER_STATUS_STYLES } from '../tower-status';

const utilisationTone = (value: number | null) => (value === null ? '' : value >= 90 ? 'font-semibold text-red-700' : value >= 70 ? 'font-semibold text-amber-700' : '');

/** The tower's links: towards the core first (its feed), then those it feeds. */
export function TowerLinksTable({ links, towerId }: { links: TowerLink[]; towerId: number }) {
  const { t, i18n } = useTranslation();
  const phone = usePhone();
  const ordered = [...links].sort((a, b) => Number(b.toTowerId === towerId) - Number(a.toTowerId === towerId) || a.deviceName.localeCompare(b.deviceName));
  const badge = (link: TowerLink) => (
    <span className={cn('inline-flex items-center gap-1.5 whitespace-nowrap rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset', TOWER_STATUS_STYLES[link.status].badge)}>
      <span aria-hidden="true" className={cn('size-2 rounded-full', TOWER_STATUS_STYLES[link.status].dot)} />
      {t(`status.${link.status}`)}
    </span>
  );
  const otherEnd = (link: TowerLink) => (link.toTowerId === towerId ? { id: link.fromTowerId, name: link.fromTowerName, upstream: true } : { id: link.toTowerId, name: link.toTowerName, upstream: false });
  return (
    <>
      {/* Phones: one card per link; the table otherwise (never both in the DOM). */}
      {phone ? (
        <ul className="space-y-2" data-testid="tower-link-cards">
          {ordered.length === 0 ? <li className="rounded-lg border border-slate-200 bg-white p-4 text-center text-sm text-slate-500">{t('towerView.links.none')}</li> : null}
          {ordered.map((link) => {
            const other = otherEnd(link);
            return (
              <li key={link.id} className="rounded-lg border border-slate-200 bg-white p-3 text-sm" data-testid={`tower-link-card-${link.id}`} data-status={link.status}>
                <div className="flex items-start justify-between gap-2">
                  <div>
                    <Link to={`/towers/${other.id}`} className="font-medium text-sky-700 hover:underline">
                      {other.name}
                    </Link>
                    <span className="ml-1.5 text-xs text-slate-500">{other.upstream ? t('towerView.links.core') : t('towerView.links.behind')}</span>
                  </div>
                  {badge(link)}
                </div>
                <div className="mt-1 text-xs text-slate-600">
                  {link.parentName} → {link.deviceName}
                </div>
                <div className="mt-1 flex flex-wrap gap-x-3 text-xs tabular-nums text-slate-700">
                  <span>
                    {t('towerView.links.capacity')}: {formatBps(link.capacityBps, i18n.language)}
                  </span>
                  <span>
                    ↓ {formatBps(link.trafficInBps, i18n.language)} ↑ {formatBps(link.trafficOutBps, i18n.language)}
                  </span>
                  <span className={utilisationTone(link.utilisationPercent)}>
                    {t('towerView.links.utilisation')}: {formatPercent(link.utilisationPercent, i18n.language)}
                  </span>
                  <span>
                    {t('towerView.links.signal')}: {formatDbm(link.signalDbm, i18n.language)}
                  </span>
                </div>
              </li>
            );
          })}
        </ul>
      ) : (
        <Table>
        <thead>
          <tr>
            <Th>{t('towerView.statusColumn')}</Th>
            <Th>{t('towerView.links.towards')}</Th>
            <Th>{t('towerView.links.device')}</Th>
            <Th className="text-right">{t('towerView.links.capacity')}</Th>
            <Th className="text-right">{t('towerView.links.traffic')}</Th>
            <Th className="text-right">{t('towerView.links.utilisation')}</Th>
            <Th className="text-right">{t('towerView.links.signal')}</Th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {ordered.length === 0 ? <EmptyRow colSpan={7}>{t('towerView.links.none')}</EmptyRow> : null}
          {ordered.map((link) => {
            const other = otherEnd(link);
            return (
              <Tr key={link.id} data-testid={`tower-link-row-${link.id}`} data-status={link.status}>
                <Td>{badge(link)}</Td>
                <Td className="whitespace-nowrap">
                  <Link to={`/towers/${other.id}`} className="font-medium text-sky-700 hover:underline">
                    {other.name}
                  </Link>
                  <div className="text-xs text-slate-500">{other.upstream ? t('towerView.links.core') : t('towerView.links.behind')}</div>
                </Td>
                <Td className="whitespace-nowrap">
                  <Link to={`/equipment/${link.parentId}`} className="text-sky-700 hover:underline">
                    {link.parentName}
                  </Link>
                  <span className="text-slate-400"> → </span>
                  <Link to={`/equipment/${link.deviceId}`} className="text-sky-700 hover:underline">
                    {link.deviceName}
                  </Link>
                </Td>
                <Td className="whitespace-nowrap text-right tabular-nums">{formatBps(link.capacityBps, i18n.language)}</Td>
                <Td className="whitespace-nowrap text-right tabular-nums">
                  {formatBps(link.trafficInBps, i18n.language)} / {formatBps(link.trafficOutBps, i18n.language)}
                </Td>
                <Td className={cn('text-right tabular-nums', utilisationTone(link.utilisationPercent))}>{formatPercent(link.utilisationPercent, i18n.language)}</Td>
                <Td className="whitespace-nowrap text-right tabular-nums">{formatDbm(link.signalDbm, i18n.language)}</Td>
              </Tr>
            );
          })}
        </tbody>
        </Table>
      )}
    </>
  );
}
