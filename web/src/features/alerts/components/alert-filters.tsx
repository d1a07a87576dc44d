import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField, TextField } from '../../../components/ui/field';
import { useDebouncedValue } from '../../../lib/use-debounced-value';
import { isSeverity, SEVERITIES } from '../alert-options';
import type { AlertListState, AlertListUpdate } from '../use-alert-list-params';

interface AlertFiltersProps {
  state: AlertListState;
  onChange: (changes: AlertListUpdate) => void;
}

export function AlertFilters({ state, onChange }: AlertFiltersProps) {
  const { t } = useTranslation();
  const [text, setText] = useState(state.q);
  const debounced = useDebouncedValue(text, 300);

  useEffect(() => {
    if (debounced !== state.q) onChange({ q: debounced.trim() || undefined });
    // Only the typed text drives this; the URL value is compared, not followed.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [debounced]);

  return (
    <div className="grid gap-3 sm:grid-cols-[2fr_1fr]">
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
    </div>
  );
}
