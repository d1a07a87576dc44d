import { useTranslation } from 'react-i18next';
import type { SnmpView } from '@server/http/routes/snmp/schema.js';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { formatDateTime, formatRelative } from '../../../lib/format';
import { formatDuration } from '../../../lib/format-units';
import { useErrorMessage } from '../../../lib/use-error-message';
import { usePollDeviceSnmp } from '../api/poll-device-snmp';
import { Fact } from './snmp-facts';

interface SnmpHeaderProps {
  deviceId: number;
  view: SnmpView;
  /** Operators and admins may poll on demand. */
  writable: boolean;
}

/** What the device says it is, when it last answered, and why it does not answer now. */
export function SnmpHeader({ deviceId, view, writable }: SnmpHeaderProps) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const errorMessage = useErrorMessage();
  const poll = usePollDeviceSnmp();
  const system = view.system;
  const text = (value: string | null | undefined) => value || '—';

  return (
    <section className="space-y-3 rounded-lg border border-slate-200 bg-white p-4" data-testid="snmp-header" data-polled-at={view.polledAt ?? ''}>
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 className="text-base font-semibold text-slate-900">{t('snmpView.system')}</h2>
        {writable ? (
          <Button variant="secondary" small onClick={() => poll.mutate(deviceId)} disabled={poll.isPending} data-testid="snmp-poll-now">
            {poll.isPending ? t('snmpView.polling') : t('snmpView.pollNow')}
          </Button>
        ) : null}
      </div>
      {poll.error ? <Alert tone="error">{errorMessage(poll.error)}</Alert> : null}
      {view.error ? (
        <Alert tone="error" testId="snmp-error-banner">
          <p className="font-semibold">{t('snmpView.errorBanner', { error: view.error })}</p>
          {view.errorSince ? <p>{t('snmpView.errorSince', { time: formatDateTime(view.errorSince, locale) })}</p> : null}
          {view.okAt ? <p>{t('snmpView.staleNote', { time: formatRelative(view.okAt, locale) })}</p> : null}
        </Alert>
      ) : null}
      <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4 lg:grid-cols-7">
        <Fact label={t('snmpView.vendor')} testId="snmp-vendor">
          {text(system?.vendor)}
        </Fact>
        <Fact label={t('snmpView.platform')} testId="snmp-platform">
          {text(system?.platform)}
        </Fact>
        <Fact label={t('snmpView.model')} testId="snmp-model">
          {text(system?.model)}
        </Fact>
        <Fact label={t('snmpView.firmware')} testId="snmp-firmware">
          {text(system?.firmware)}
        </Fact>
        <Fact label={t('snmpView.serial')} testId="snmp-serial">
          <span className="font-mono">{text(system?.serial)}</span>
        </Fact>
        <Fact label={t('snmpView.uptime')} testId="snmp-uptime">
          {formatDuration(system?.uptimeSeconds ?? null)}
        </Fact>
        <Fact label={t('snmpView.lastPoll')} testId="snmp-last-poll">
          <span title={formatDateTime(view.polledAt, locale)}>{view.polledAt ? formatRelative(view.polledAt, locale) : t('common.never')}</span>
        </Fact>
      </dl>
      {system?.sysName || system?.sysDescr ? (
        <p className="truncate text-xs text-slate-500" title={system.sysDescr ?? undefined}>
          {[system.sysName, system.sysDescr].filter(Boolean).join(' · ')}
        </p>
      ) : null}
    </section>
  );
}
