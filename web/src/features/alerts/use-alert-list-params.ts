import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { positiveInt, withParams } from '../../lib/search-params';
import { isHistoryRange, isSeverity, type AlertTab, type HistoryRange, type Severity } from './alert-options';

export interface AlertListState {
  tab: AlertTab;
  range: HistoryRange;
  severity: Severity | undefined;
  q: string;
  /** Set when another page links here for one device (`?deviceId=`). */
  deviceId: number | undefined;
}

export type AlertListUpdate = Partial<Record<'tab' | 'range' | 'severity' | 'q' | 'deviceId', string | number | undefined>>;

/** Tab and filters live in the URL, so a filtered view can be shared and survives "back". */
export function useAlertListParams() {
  const [search, setSearch] = useSearchParams();

  const state = useMemo<AlertListState>(() => {
    const range = search.get('range');
    const severity = search.get('severity');
    return {
      tab: search.get('tab') === 'history' ? 'history' : 'open',
      range: isHistoryRange(range) ? range : '24h',
      severity: isSeverity(severity) ? severity : undefined,
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
