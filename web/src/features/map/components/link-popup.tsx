import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import type { Link } from '@server/http/routes/links/schema.js';
import { StatusBadge } from '../../../components/ui/status-badge';
import { formatPercent, formatRelative } from '../../../lib/format';
import { formatBps, formatDbm } from '../../../lib/format-units';
import { BAND_STYLES, utilisationBand } from '../link-style';

// Recharts is heavy: the first render of 1,500 links must not wait for it.
const LinkTraffic = lazy(() => import('./link-traffic').then((m) => ({ default: m.LinkTraffic })));

/** A link's two ends, its figures from the last SNMP poll, and its radio interface's traffic. */
export function LinkPopupContent({ link }: { link: Link }) {
  const { t, i18n } = useTranslation();
  const band = utilisationBand(link.utilisationPercent);
  const rows: [string, string, string][] = [
    ['link-signal', t('map.link.signal'), formatDbm(link.signalDbm, i18n.language)],
    ['link-capacity', t('map.link.capacity'), formatBps(link.capacityBps, i18n.language)],
    ['link-in', t('map.link.trafficIn'), formatBps(link.trafficInBps, i18n.language)],
    ['link-out', t('map.link.trafficOut'), formatBps(link.trafficOutBps, i18n.language)],
  ];
  return (
    <div className="w-72 space-y-2 sm:w-80" data-testid={`link-popup-${link.id}`} data-status={link.status} data-band={band}>
      <p className="text-sm font-semibold text-slate-900">
        {link.fromTowerName} → {link.toTowerName}
      </p>
      <div className="flex flex-wrap items-center gap-2">
        <StatusBadge status={link.status} testId="link-popup-status" />
        {link.maintenance ? <span className="text-xs text-blue-700">{t('map.linkMaintenance')}</span> : null}
      </div>
      <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-0.5 text-xs">
        <dt className="text-slate-500">{t('map.link.ends')}</dt>
        <dd data-testid="link-ends">
          {link.fromTowerName}: {link.parentName}
          <br />
          {link.toTowerName}:{' '}
          <RouterLink to={`/equipment/${link.deviceId}`} data-testid="link-device">
            {link.deviceName}
          </RouterLink>
        </dd>
        {rows.map(([testId, label, value]) => (
          <Row key={testId} label={label} value={value} testId={testId} />
        ))}
        <dt className="text-slate-500">{t('map.link.utilisation')}</dt>
        <dd className="flex items-center gap-1.5 font-medium" data-testid="link-utilisation" data-band={band}>
          <span aria-hidden="true" className="inline-block h-1.5 w-4 rounded" style={{ background: BAND_STYLES[band].color }} />
          {formatPercent(link.utilisationPercent, i18n.language)}
        </dd>
      </dl>
      {link.snmpError ? <p className="text-xs text-red-700">{link.snmpError}</p> : null}
      {link.measuredAt ? <p className="text-[11px] text-slate-500">{t('map.link.measuredAt', { when: formatRelative(link.measuredAt, i18n.language) })}</p> : null}
      {link.ifIndex !== null ? (
        <Suspense fallback={<div className="h-48" />}>
          <LinkTraffic deviceId={link.deviceId} ifIndex={link.ifIndex} name={link.deviceName} />
        </Suspense>
      ) : <p className="text-xs text-slate-500">{t('map.link.noSnmp')}</p>}
    </div>
  );
}

function Row({ label, value, testId }: { label: string; value: string; testId: string }) {
  return (
    <>
      <dt className="text-slate-500">{label}</dt>
      <dd className="tabular-nums" data-testid={testId}>
        {value}
      </dd>
    </>
  );
}

