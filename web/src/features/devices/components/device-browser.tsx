import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/ui/alert';
import { Pagination } from '../../../components/ui/pagination';
import { useErrorMessage } from '../../../lib/use-error-message';
import { useDevices } from '../api/get-devices';
import { PAGE_SIZES, type TowerOption } from '../device-options';
import { useDeviceListParams } from '../use-device-list-params';
import { DeviceFilters } from './device-filters';
import { DevicesTable } from './devices-table';

/** Search, filters, table and paging; only one page of rows is ever in the DOM. */
export function DeviceBrowser({ towers }: { towers: TowerOption[] }) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const { query, update } = useDeviceListParams();
  const devices = useDevices(query);
  const limit = query.limit ?? PAGE_SIZES[0];

  return (
    <div className="space-y-4">
      <DeviceFilters query={query} towers={towers} onChange={update} />
      {devices.error ? <Alert tone="error">{errorMessage(devices.error)}</Alert> : null}
      <DevicesTable
        devices={devices.data?.items ?? []}
        sort={query.sort ?? 'name'}
        onSort={(sort) => update({ sort })}
        // Dim only while another page or filter loads, not on the live refetch after each round.
        loading={devices.isPending || devices.isPlaceholderData}
      />
      {devices.isPending ? <p className="text-sm text-slate-500">{t('common.loading')}</p> : null}
      <Pagination
        offset={query.offset ?? 0}
        limit={limit}
        total={devices.data?.total ?? 0}
        pageSizes={PAGE_SIZES}
        onOffsetChange={(offset) => update({ offset: offset || undefined })}
        onLimitChange={(size) => update({ limit: size })}
      />
    </div>
  );
}
