import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import type { DeviceType } from '@server/http/routes/devices/schema.js';
import { positiveInt, withParams } from '../../lib/search-params';
import { isDeviceType, isHistoryRange, isSeverity, type AlertTab, type HistoryRange, type Severity } from './alert-options';

export interface AlertListState {
  tab: AlertTab;
  range: HistoryRange;
  severity: Severity | undefined;
  towerId: number | undefined;
  type: DeviceType | undefined;
  /** Only the alerts kept unsent (below the minimum severity sent). */
  notSent: boolean;
  q: string;
  /** Set when another page links here for one device (`?deviceId=`). */
  deviceId: number | undefined;
}

export type AlertListUpdate = Partial<Record<'tab' | 'range' | 'severity' | 'towerId' | 'type' | 'notSent' | 'q' | 'deviceId', string | number | undefined>>;

/** How many of the folded filters are set (the phone's "Filters (2)" button). */
export const activeFilters = (s: AlertListState) => [s.severity, s.towerId, s.type, s.notSent || undefined, s.q || undefined].filter((v) => v !== undefined).length;

/** Tab and filters live in the URL, so a filtered view can be shared and survives "back". */
export function useAlertListParams() {
  const [search, setSearch] = useSearchParams();

  const state = useMemo<AlertListState>(() => {
    const range = search.get('range');
    const severity = search.get('severity');
    const type = search.get('type');
    return {
      tab: search.get('tab') === 'history' ? 'history' : 'open',
      range: isHistoryRange(range) ? range : '24h',
      severity: isSeverity(severity) ? severity : undefined,
      towerId: positiveInt(search.get('towerId')),
      type: isDeviceType(type) ? type : undefined,
      notSent: search.get('notSent') === '1',
      q: search.get('q') ?? '',
      deviceId: positiveInt(search.get('deviceId')),
    };
  }, [search]);

  const update = useCallback(
    (changes: AlertListUpdate) => {
      setSearch((previous) => withParams(previous, changes), { replace: true });
    },
    [setSearch],
  );

  return { state, update };
}
