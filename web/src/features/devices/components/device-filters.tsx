import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DeviceListQuery } from '@server/http/routes/devices/schema.js';
import { SelectField, TextField } from '../../../components/ui/field';
import { parseStatusList, STATUSES } from '../../../lib/device-status';
import { useDebouncedValue } from '../../../lib/use-debounced-value';
import { DEVICE_TYPES, type TowerOption } from '../device-options';
import type { DeviceListUpdate } from '../use-device-list-params';

interface DeviceFiltersProps {
  query: DeviceListQuery;
  towers: TowerOption[];
  onChange: (changes: DeviceListUpdate) => void;
}

export function DeviceFilters({ query, towers, onChange }: DeviceFiltersProps) {
  const { t } = useTranslation();
  const [text, setText] = useState(query.q ?? '');
  const debounced = useDebouncedValue(text, 300);

  useEffect(() => {
    if (debounced !== (query.q ?? '')) onChange({ q: debounced.trim() || undefined });
    // Only the typed text drives this; the URL value is compared, not followed.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [debounced]);

  const problems = 'down,unreachable,degraded';
  const MAINTENANCE = 'maintenance';
  const status = query.maintenance ? MAINTENANCE : (query.status ?? '');
  const known = status === '' || status === problems || status === MAINTENANCE || STATUSES.some((s) => s === status);

  return (
    <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-[2fr_1fr_1fr_1fr]">
      <TextField label={t('common.search')} testId="device-search" type="search" placeholder={t('devices.search')} value={text} onChange={(e) => setText(e.target.value)} />
      <SelectField label={t('devices.tower')} testId="device-filter-tower" value={query.towerId ?? ''} onChange={(e) => onChange({ tower: e.target.value || undefined })}>
        <option value="">{t('devices.allTowers')}</option>
        {towers.map((tower) => (
          <option key={tower.id} value={tower.id}>
            {tower.name}
          </option>
        ))}
      </SelectField>
      <SelectField label={t('devices.type')} testId="device-filter-type" value={query.type ?? ''} onChange={(e) => onChange({ type: e.target.value || undefined })}>
        <option value="">{t('devices.allTypes')}</option>
        {DEVICE_TYPES.map((type) => (
          <option key={type} value={type}>
            {t(`devices.types.${type}`)}
          </option>
        ))}
      </SelectField>
      <SelectField label={t('status.filter')} testId="status-filter" value={status} onChange={(e) =>
          e.target.value === MAINTENANCE ? onChange({ status: undefined, maintenance: 'true' }) : onChange({ status: e.target.value || undefined, maintenance: undefined })
        }
      >
        <option value="">{t('status.all')}</option>
        <option value={problems}>{t('status.problems')}</option>
        {STATUSES.map((s) => (
          <option key={s} value={s}>
            {t(`status.${s}`)}
          </option>
        ))}
        <option value={MAINTENANCE}>{t('status.maintenance')}</option>
        {/* A combination from a shared link that the menu does not offer still shows as chosen. */}
        {known ? null : <option value={status}>{parseStatusList(status).map((s) => t(`status.${s}`)).join(', ')}</option>}
      </SelectField>
    </div>
  );
}
