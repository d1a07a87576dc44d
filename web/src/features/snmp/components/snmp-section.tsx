import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { SnmpView } from '@server/http/routes/snmp/schema.js';
import { Alert } from '../../../components/ui/alert';
import { Loading } from '../../../components/ui/spinner';
import { cn } from '../../../lib/cn';
import { useErrorMessage } from '../../../lib/use-error-message';
import { useDeviceSnmp } from '../api/get-device-snmp';
import { SnmpHeader } from './snmp-header';

interface SnmpSectionProps {
  deviceId: number;
  /** Whether the device has SNMP settings at all. */
  configured: boolean;
  writable: boolean;
  /** A tab's content, drawn from the last answer; without it only the header shows. */
  children?: (view: SnmpView) => ReactNode;
}

/**
 * The header and, under it, a tab's content. A device that stopped answering keeps its last
 * data on screen, dimmed and marked stale, rather than an empty page.
 */
export function SnmpSection({ deviceId, configured, writable, children }: SnmpSectionProps) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const snmp = useDeviceSnmp(deviceId, { enabled: configured });

  if (!configured) {
    return children ? <Alert testId="snmp-not-configured">{t('snmpView.notConfigured')}</Alert> : null;
  }
  if (snmp.isPending) return <Loading />;
  if (snmp.error) return <Alert tone="error">{errorMessage(snmp.error)}</Alert>;

  const view = snmp.data;
  const stale = view.error !== null && view.okAt !== null;
  return (
    <div className="space-y-4">
      <SnmpHeader deviceId={deviceId} view={view} writable={writable} />
      {children && view.okAt === null ? <Alert testId="snmp-not-polled">{t('snmpView.notPolled')}</Alert> : null}
      {children && view.okAt !== null ? (
        <div className={cn('relative space-y-4', stale && 'opacity-70 grayscale-[40%]')} data-testid="snmp-content" data-stale={stale ? 'true' : 'false'}>
          {stale ? (
            <span className="inline-block rounded bg-amber-100 px-2 py-0.5 text-xs font-semibold uppercase text-amber-900" data-testid="snmp-stale">
              {t('snmpView.stale')}
            </span>
          ) : null}
          {children(view)}
        </div>
      ) : null}
    </div>
  );
}
