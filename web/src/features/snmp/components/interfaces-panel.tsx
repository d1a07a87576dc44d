import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SnmpInterface } from '@server/http/routes/snmp/schema.js';
import type { TimeRange } from '../../../lib/time-ranges';
import { InterfacesTable, interfaceLabel } from './interfaces-table';
import { TrafficPanel } from './traffic-panel';
import type { ChartMark } from '../../../lib/baseline-band';

/** The first link that is up is what an operator most likely wants to see. */
const defaultInterface = (interfaces: SnmpInterface[]): number | null => (interfaces.find((i) => i.operStatus === 'up') ?? interfaces[0])?.ifIndex ?? null;

/** `marks`: traffic anomalies, each with the ifIndex it belongs to. */
export function InterfacesPanel({ deviceId, interfaces, marks = [] }: { deviceId: number; interfaces: SnmpInterface[]; marks?: (ChartMark & { index: number | null })[] }) {
  const { t } = useTranslation();
  const [picked, setPicked] = useState<number | null>(null);
  // Kept across interfaces: comparing links is done over the same window.
  const [range, setRange] = useState<TimeRange>('1h');
  // A picked interface that vanished (renumbered after a reboot) falls back to the default.
  const current = interfaces.find((i) => i.ifIndex === picked) ? picked : defaultInterface(interfaces);
  const selected = interfaces.find((i) => i.ifIndex === current);

  return (
    <div className="space-y-4" data-testid="interfaces-panel">
      <section className="space-y-2">
        <h2 className="text-base font-semibold text-slate-900">{t('snmpView.interfaces')}</h2>
        <InterfacesTable interfaces={interfaces} selected={current} onSelect={setPicked} />
      </section>
      {selected ? (
        <TrafficPanel deviceId={deviceId} ifIndex={selected.ifIndex} name={interfaceLabel(selected)} range={range} onRangeChange={setRange} marks={marks.filter((m) => m.index === selected.ifIndex)} />
      ) : interfaces.length > 0 ? (
        <p className="text-sm text-slate-500">{t('snmpView.selectInterface')}</p>
      ) : null}
    </div>
  );
}
