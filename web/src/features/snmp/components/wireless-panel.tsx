import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SnmpView } from '@server/http/routes/snmp/schema.js';
import { Alert } from '../../../components/ui/alert';
import type { TimeRange } from '../../../lib/time-ranges';
import { ClientsTable } from './clients-table';
import { RadioCard } from './radio-card';
import { RadioHistoryPanel } from './radio-history-panel';

/** Radio cards, the chosen radio's history, and every client of the device. */
export function WirelessPanel({ deviceId, view }: { deviceId: number; view: SnmpView }) {
  const { t } = useTranslation();
  const [picked, setPicked] = useState(0);
  const [range, setRange] = useState<TimeRange>('1h');
  const names = new Map(view.interfaces.map((i) => [i.ifIndex, i.name ?? i.descr]));
  const interfaceName = (ifIndex: number | null) => (ifIndex === null ? '—' : (names.get(ifIndex) ?? `ifIndex ${ifIndex}`));

  if (view.wireless.length === 0) return <Alert testId="snmp-no-radios">{t('snmpView.noRadios')}</Alert>;

  // Radios are told apart by position: a device may report two on one ifIndex (a 60 GHz link beside an AP).
  const position = picked < view.wireless.length ? picked : 0;
  const titleOf = (index: number) => {
    const ifIndex = view.wireless[index]!.ifIndex;
    const name = ifIndex === null ? null : names.get(ifIndex);
    return name ? `${t('snmpView.radio', { n: index + 1 })} · ${name}` : t('snmpView.radio', { n: index + 1 });
  };
  const selected = view.wireless[position]!;

  return (
    <div className="space-y-4" data-testid="wireless-panel">
      <section className="space-y-2">
        <h2 className="text-base font-semibold text-slate-900">{t('snmpView.radios')}</h2>
        <div className="grid gap-4 md:grid-cols-2">
          {view.wireless.map((radio, i) => (
            <RadioCard key={i} radio={radio} position={i} title={titleOf(i)} selected={i === position} onSelect={() => setPicked(i)} />
          ))}
        </div>
      </section>
      <RadioHistoryPanel deviceId={deviceId} radio={selected.historyKey} title={titleOf(position)} range={range} onRangeChange={setRange} />
      <ClientsTable clients={view.clients} interfaceName={interfaceName} />
    </div>
  );
}
