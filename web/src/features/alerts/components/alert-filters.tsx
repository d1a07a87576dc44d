import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CheckboxField, SelectField, TextField } from '../../../components/ui/field';
import { useDebouncedValue } from '../../../lib/use-debounced-value';
import { useAlertTowers } from '../api/get-alert-towers';
import { DEVICE_TYPES, isDeviceType, isSeverity, SEVERITIES } from '../alert-options';
import type { AlertListState, AlertListUpdate } from '../use-alert-list-params';

interface AlertFiltersProps {
  state: AlertListState;
  onChange: (changes: AlertListUpdate) => void;
}

/** Text (here), severity, tower, device type and "not sent" (on the server). */
export function AlertFilters({ state, onChange }: AlertFiltersProps) {
  const { t } = useTranslation();
  const [text, setText] = useState(state.q);
  const debounced = useDebouncedValue(text, 300);
  // The towers are fetched once someone reaches for the filter (or a link set it): not on every visit.
  const [wantTowers, setWantTowers] = useState(state.towerId !== undefined);
  const towers = useAlertTowers(wantTowers);

  useEffect(() => {
    if (debounced !== state.q) onChange({ q: debounced.trim() || undefined });
    // Only the typed text drives this; the URL value is compared, not followed.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [debounced]);

  return (
    <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-[2fr_1fr_1fr_1fr_auto] lg:items-end">
      <TextField label={t('common.search')} testId="alerts-search" type="search" placeholder={t('alerts.search')} value={text} onChange={(e) => setText(e.target.value)} />
      <SelectField
        label={t('alerts.severity')}
        testId="alerts-severity"
        value={state.severity ?? ''}
        onChange={(e) => onChange({ severity: isSeverity(e.target.value) ? e.target.value : undefined })}
      >
        <option value="">{t('alerts.allSeverities')}</option>
        {SEVERITIES.map((s) => (
          <option key={s} value={s}>
            {t(`alerts.severities.${s}`)}
          </option>
        ))}
      </SelectField>
      <SelectField
        label={t('alerts.tower')}
        testId="alerts-tower"
        value={state.towerId ?? ''}
        onFocus={() => setWantTowers(true)}
        onPointerDown={() => setWantTowers(true)}
        onChange={(e) => onChange({ towerId: e.target.value || undefined })}
      >
        <option value="">{t('alerts.allTowers')}</option>
        {towers.data?.map((tower) => (
          <option key={tower.id} value={tower.id}>
            {tower.name}
          </option>
        ))}
        {state.towerId !== undefined && !towers.data ? <option value={state.towerId}>{t('common.loading')}</option> : null}
      </SelectField>
      <SelectField label={t('alerts.type')} testId="alerts-type" value={state.type ?? ''} onChange={(e) => onChange({ type: isDeviceType(e.target.value) ? e.target.value : undefined })}>
        <option value="">{t('alerts.allTypes')}</option>
        {DEVICE_TYPES.map((type) => (
          <option key={type} value={type}>
            {t(`devices.types.${type}`)}
          </option>
        ))}
      </SelectField>
      <CheckboxField
        label={t('alerts.notSentOnly')}
        testId="alerts-not-sent"
        className="pb-2"
        checked={state.notSent}
        onChange={(e) => onChange({ notSent: e.target.checked ? '1' : undefined })}
      />
    </div>
  );
}
