import { useTranslation } from 'react-i18next';
import type { WirelessRadio } from '@server/probers/snmp/model.js';
import { QualityValue } from '../../../components/ui/quality-value';
import { cn } from '../../../lib/cn';
import { formatPercent } from '../../../lib/format';
import { formatBps, formatCount, formatDb, formatDbm, formatMeters, formatMhz } from '../../../lib/format-units';
import { ccqQuality, signalQuality } from '../../../lib/link-quality';
import { Fact } from './snmp-facts';

interface RadioCardProps {
  radio: WirelessRadio;
  position: number;
  title: string;
  selected: boolean;
  onSelect: () => void;
}

/** "5805 MHz / 20 MHz", or whichever half the device reports. */
function frequency(radio: WirelessRadio, locale: string): string {
  if (radio.frequencyMhz === null && radio.channelWidthMhz === null) return '—';
  return `${formatMhz(radio.frequencyMhz, locale)} / ${formatMhz(radio.channelWidthMhz, locale)}`;
}

/** One radio's figures at the last poll; selecting it shows its history below. */
export function RadioCard({ radio, position, title, selected, onSelect }: RadioCardProps) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  return (
    <section
      className={cn('space-y-3 rounded-lg border bg-white p-4', selected ? 'border-sky-600 ring-1 ring-sky-600' : 'border-slate-200')}
      data-testid={`radio-${position}`}
      data-if-index={radio.ifIndex ?? ''}
      data-selected={selected ? 'true' : 'false'}
    >
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div className="min-w-0">
          <h3 className="truncate text-base font-semibold text-slate-900">{title}</h3>
          <p className="text-xs text-slate-600">
            <span data-testid="radio-mode">{t(`snmpView.modes.${radio.mode}`)}</span>
            {radio.ssid ? (
              <>
                {' · '}
                <span className="font-mono" data-testid="radio-ssid">
                  {radio.ssid}
                </span>
              </>
            ) : null}
          </p>
        </div>
        <button type="button" aria-pressed={selected} onClick={onSelect} className="text-sm text-sky-700 hover:underline" data-testid={`radio-history-${position}`}>
          {t('snmpView.showHistory')}
        </button>
      </div>
      <dl className="grid grid-cols-2 gap-3 sm:grid-cols-3">
        <Fact label={t('snmpView.signal')}>
          <QualityValue quality={signalQuality(radio.signalDbm)} testId="radio-signal">
            {formatDbm(radio.signalDbm, locale)}
          </QualityValue>
        </Fact>
        <Fact label={t('snmpView.noise')} testId="radio-noise">
          {formatDbm(radio.noiseDbm, locale)}
        </Fact>
        <Fact label={t('snmpView.snr')} testId="radio-snr">
          {formatDb(radio.snrDb, locale)}
        </Fact>
        <Fact label={t('snmpView.ccq')}>
          <QualityValue quality={ccqQuality(radio.ccqPercent)} testId="radio-ccq">
            {formatPercent(radio.ccqPercent, locale)}
          </QualityValue>
        </Fact>
        <Fact label={t('snmpView.txRate')} testId="radio-tx-rate">
          {formatBps(radio.txRateBps, locale)}
        </Fact>
        <Fact label={t('snmpView.rxRate')} testId="radio-rx-rate">
          {formatBps(radio.rxRateBps, locale)}
        </Fact>
        <Fact label={t('snmpView.frequency')} testId="radio-frequency">
          {frequency(radio, locale)}
        </Fact>
        <Fact label={t('snmpView.clients')} testId="radio-clients">
          {formatCount(radio.clients, locale)}
        </Fact>
        <Fact label={t('snmpView.distance')} testId="radio-distance">
          {formatMeters(radio.distanceMeters, locale)}
        </Fact>
        <Fact label={t('snmpView.txPower')} testId="radio-tx-power">
          {formatDbm(radio.txPowerDbm, locale)}
        </Fact>
      </dl>
    </section>
  );
}
