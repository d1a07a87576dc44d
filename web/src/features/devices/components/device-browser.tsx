import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { usePhone } from '../../../components/layouts/use-phone';
import { Alert } from '../../../components/ui/alert';
import { FiltersFold } from '../../../components/ui/filters-fold';
import { Pagination } from '../../../components/ui/pagination';
import { useErrorMessage } from '../../../lib/use-error-message';
import { useDevices } from '../api/get-devices';
import { visibleColumns } from '../columns';
import { PAGE_SIZES, type TowerOption } from '../device-options';
import { useDeviceListParams } from '../use-device-list-params';
import { useHiddenColumns } from '../use-hidden-columns';
import { BulkActions } from './bulk-actions';
import { ColumnChooser } from './column-chooser';
import { DeviceCards } from './device-cards';
import { DeviceFilters } from './device-filters';
import { DevicesTable } from './devices-table';
import { useSelection } from './use-selection';

/**
 * Search, filters, table (cards on a phone) and paging; only one page of rows is ever in the
 * DOM. Those who may write tick rows for bulk actions; a selection lives on its page only.
 */
export function DeviceBrowser({ towers, writable }: { towers: TowerOption[]; writable: boolean }) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const { query, update } = useDeviceListParams();
  const devices = useDevices(query);
  const limit = query.limit ?? PAGE_SIZES[0];
  const { hidden, toggle } = useHiddenColumns();
  const phone = usePhone();
  const selection = useSelection();
  const { clear } = selection;
  const queryKey = JSON.stringify(query);
  useEffect(() => clear(), [queryKey, clear]);
  const active = [query.q, query.towerId, query.type, query.status ?? (query.maintenance ? 'maintenance' : undefined)].filter((v) => v !== undefined).length;
  const items = devices.data?.items ?? [];
  // Dim only while another page or filter loads, not on the live refetch after each round.
  const loading = devices.isPending || devices.isPlaceholderData;

  return (
    <div className="space-y-4">
      <FiltersFold active={active} testId="device-filters-toggle">
        <DeviceFilters query={query} towers={towers} onChange={update} />
      </FiltersFold>
      {devices.error ? <Alert tone="error">{errorMessage(devices.error)}</Alert> : null}
      {phone ? null : (
        <div className="flex justify-end">
          <ColumnChooser hidden={hidden} onToggle={toggle} />
        </div>
      )}
      {writable ? <BulkActions selection={selection} towers={towers} /> : null}
      {phone ? (
        <DeviceCards devices={items} loading={loading} selection={writable ? selection : undefined} />
      ) : (
        <DevicesTable devices={items} columns={visibleColumns(hidden)} sort={query.sort ?? 'name'} onSort={(sort) => update({ sort })} loading={loading} selection={writable ? selection : undefined} />
      )}
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
