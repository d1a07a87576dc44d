import { useTranslation } from 'react-i18next';
import type { SnmpInterface } from '@server/http/routes/snmp/schema.js';
import { EmptyRow, Table, Td, Th, Tr } from '../../../components/ui/table';
import { cn } from '../../../lib/cn';
import { formatBps, formatCount } from '../../../lib/format-units';
import { IfStatusBadge } from './if-status-badge';

interface InterfacesTableProps {
  interfaces: SnmpInterface[];
  selected: number | null;
  onSelect: (ifIndex: number) => void;
}

export const interfaceLabel = (i: SnmpInterface): string => i.name ?? i.descr ?? `ifIndex ${i.ifIndex}`;

/** "3 / 0", in red when anything went wrong during the last poll interval. */
function Pair({ a, b }: { a: number | null; b: number | null }) {
  const { i18n } = useTranslation();
  const bad = (a ?? 0) > 0 || (b ?? 0) > 0;
  return <span className={cn('tabular-nums', bad ? 'font-semibold text-red-700' : 'text-slate-600')}>{`${formatCount(a, i18n.language)} / ${formatCount(b, i18n.language)}`}</span>;
}

/** Rates, errors and discards are over the last poll interval; a row is a button to its traffic chart. */
export function InterfacesTable({ interfaces, selected, onSelect }: InterfacesTableProps) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  return (
    <Table>
      <thead>
        <tr>
          <Th>{t('snmpView.ifName')}</Th>
          <Th>{t('snmpView.ifStatus')}</Th>
          <Th className="text-right">{t('snmpView.speed')}</Th>
          <Th className="text-right">{t('snmpView.inRate')}</Th>
          <Th className="text-right">{t('snmpView.outRate')}</Th>
          <Th className="text-right">{t('snmpView.errors')}</Th>
          <Th className="text-right">{t('snmpView.discards')}</Th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {interfaces.length === 0 ? <EmptyRow colSpan={7}>{t('snmpView.noInterfaces')}</EmptyRow> : null}
        {interfaces.map((i) => {
          const isSelected = i.ifIndex === selected;
          return (
            <Tr
              key={i.ifIndex}
              data-testid={`interface-row-${i.ifIndex}`}
              aria-selected={isSelected}
              className={cn('cursor-pointer', isSelected && 'bg-sky-50 hover:bg-sky-50')}
              onClick={() => onSelect(i.ifIndex)}
            >
              <Td>
                <button type="button" className="text-left font-medium text-sky-700 hover:underline" data-testid="interface-name" title={i.descr ?? undefined} onClick={() => onSelect(i.ifIndex)}>
                  {interfaceLabel(i)}
                </button>
                {i.alias ? <div className="text-xs text-slate-500">{i.alias}</div> : null}
              </Td>
              <Td>
                <IfStatusBadge admin={i.adminStatus} oper={i.operStatus} />
              </Td>
              <Td className="whitespace-nowrap text-right tabular-nums">{formatBps(i.speedBps, locale)}</Td>
              <Td className="whitespace-nowrap text-right tabular-nums" data-testid="interface-in">
                {formatBps(i.inBps, locale)}
              </Td>
              <Td className="whitespace-nowrap text-right tabular-nums" data-testid="interface-out">
                {formatBps(i.outBps, locale)}
              </Td>
              <Td className="whitespace-nowrap text-right">
                <Pair a={i.inErrors} b={i.outErrors} />
              </Td>
              <Td className="whitespace-nowrap text-right">
                <Pair a={i.inDiscards} b={i.outDiscards} />
              </Td>
            </Tr>
          );
        })}
      </tbody>
    </Table>
  );
}
