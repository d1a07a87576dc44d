import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Device } from '@server/http/routes/devices/schema.js';
import { StatusBadge } from '../../../components/ui/status-badge';
import { cn } from '../../../lib/cn';
import { formatMs } from '../../../lib/format';
import { buildDeviceTree, customersOut, type DeviceNode } from '../device-tree';

type Row = Device;

/** Customers without service named under a closed group; the rest are counted. */
const NAMED_WHEN_CLOSED = 5;

function DeviceLine({ device, uplink }: { device: Row; uplink: boolean }) {
  const { t, i18n } = useTranslation();
  return (
    <div className="flex flex-wrap items-center gap-x-2 gap-y-0.5 py-1" data-testid={`tree-device-${device.id}`} data-status={device.status}>
      <StatusBadge status={device.status} since={device.statusSince} flapping={device.flapping} />
      <Link to={`/equipment/${device.id}`} className="font-medium text-sky-700 hover:underline">
        {device.name}
      </Link>
      <span className="text-xs text-slate-500">
        {t(`devices.types.${device.type}`)} · {device.host}
        {device.rttMs !== null ? ` · ${formatMs(device.rttMs, i18n.language)}` : ''}
      </span>
      {uplink ? <span className="rounded bg-sky-100 px-1.5 text-[11px] font-semibold uppercase text-sky-800">{t('towerView.devices.uplink')}</span> : null}
      {device.maintenance ? <span className="rounded bg-blue-50 px-1.5 text-[11px] text-blue-800">{t('maintenance.badge')}</span> : null}
    </div>
  );
}

/** Stations under one parent: a count line ("40 clientes · 3 fora"), opened on demand. */
function CustomerGroup({ customers, testId }: { customers: Row[]; testId: string }) {
  const { t } = useTranslation();
  const down = customersOut(customers);
  const [open, setOpen] = useState(false);
  if (customers.length === 0) return null;
  return (
    <div className="py-1" data-testid={testId}>
      <button type="button" className="flex items-center gap-2 text-sm text-slate-700 hover:text-slate-900" onClick={() => setOpen(!open)} aria-expanded={open} data-testid={`${testId}-toggle`}>
        <span aria-hidden="true" className="w-3 text-slate-400">{open ? '▾' : '▸'}</span>
        <span>{t('towerView.devices.customers', { count: customers.length })}</span>
        {down > 0 ? <span className="font-semibold text-red-700">· {t('towerView.devices.customersDown', { down })}</span> : null}
      </button>
      {open ? (
        <ul className="ml-5 border-l border-slate-200 pl-3">
          {customers.map((c) => (
            <li key={c.id}>
              <DeviceLine device={c} uplink={false} />
            </li>
          ))}
        </ul>
      ) : down > 0 ? (
        // Closed, the first ones without service are still named (they sort first).
        <ul className="ml-5 border-l border-red-200 pl-3">
          {customers.slice(0, Math.min(down, NAMED_WHEN_CLOSED)).map((c) => (
            <li key={c.id}>
              <DeviceLine device={c} uplink={false} />
            </li>
          ))}
          {down > NAMED_WHEN_CLOSED ? <li className="py-1 text-xs text-red-700">{t('towerView.devices.more', { count: down - NAMED_WHEN_CLOSED })}</li> : null}
        </ul>
      ) : null}
    </div>
  );
}

function NodeView({ node, uplinkId }: { node: DeviceNode<Row>; uplinkId: number | null }) {
  return (
    <li>
      <DeviceLine device={node.device} uplink={node.device.id === uplinkId} />
      {node.children.length > 0 || node.customers.length > 0 ? (
        <div className={cn('ml-3 border-l border-slate-200 pl-3')}>
          {node.children.length > 0 ? (
            <ul>
              {node.children.map((child) => (
                <NodeView key={child.device.id} node={child} uplinkId={uplinkId} />
              ))}
            </ul>
          ) : null}
          <CustomerGroup customers={node.customers} testId={`tree-customers-${node.device.id}`} />
        </div>
      ) : null}
    </li>
  );
}

/** The tower's devices as their dependency tree, with live status; customers folded under their AP. */
export function DeviceTreeView({ devices, uplinkId }: { devices: Row[]; uplinkId: number | null }) {
  const { t } = useTranslation();
  if (devices.length === 0) return <p className="text-sm text-slate-500">{t('towerView.devices.empty')}</p>;
  const tree = buildDeviceTree(devices, uplinkId);
  return (
    <div className="text-sm" data-testid="tower-device-tree">
      <ul>
        {tree.roots.map((node) => (
          <NodeView key={node.device.id} node={node} uplinkId={uplinkId} />
        ))}
      </ul>
      <CustomerGroup customers={tree.customers} testId="tree-customers-root" />
    </div>
  );
}
