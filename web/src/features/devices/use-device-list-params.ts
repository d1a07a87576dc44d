import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { positiveInt, withParams } from '../../lib/search-params';
import type { DeviceListQuery } from '@server/http/routes/devices/schema.js';
import { parseStatusList } from '../../lib/device-status';
import { isDeviceSort, isDeviceType, PAGE_SIZES } from './device-options';

export type DeviceListUpdate = Partial<Record<'q' | 'tower' | 'type' | 'status' | 'maintenance' | 'sort' | 'limit' | 'offset', string | number | undefined>>;

/** The list query lives in the URL, so a filtered page can be shared and survives "back". */
export function useDeviceListParams() {
  const [search, setSearch] = useSearchParams();

  const query = useMemo<DeviceListQuery>(() => {
    const type = search.get('type') ?? '';
    const sort = search.get('sort') ?? '';
    const limit = positiveInt(search.get('limit'));
    const statuses = parseStatusList(search.get('status'));
    return {
      q: search.get('q') || undefined,
      towerId: positiveInt(search.get('tower')),
      type: isDeviceType(type) ? type : undefined,
      status: statuses.length > 0 ? statuses.join(',') : undefined,
      maintenance: search.get('maintenance') === 'true' ? true : undefined,
      sort: isDeviceSort(sort) ? sort : 'name',
      limit: limit && (PAGE_SIZES as readonly number[]).includes(limit) ? limit : PAGE_SIZES[0],
      offset: positiveInt(search.get('offset')) ?? 0,
    };
  }, [search]);

  const update = useCallback(
    (changes: DeviceListUpdate) => {
      setSearch(
        (previous) => {
          const next = withParams(previous, changes);
          // Any change but paging goes back to the first page.
          if (!('offset' in changes)) next.delete('offset');
          return next;
        },
        { replace: true },
      );
    },
    [setSearch],
  );

  return { query, update };
}
