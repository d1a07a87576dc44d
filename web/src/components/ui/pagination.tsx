import { useTranslation } from 'react-i18next';
import { Button } from './button';
import { SelectField } from './field';

interface PaginationProps {
  offset: number;
  limit: number;
  total: number;
  pageSizes: readonly number[];
  onOffsetChange: (offset: number) => void;
  onLimitChange: (limit: number) => void;
}

export function Pagination({ offset, limit, total, pageSizes, onOffsetChange, onLimitChange }: PaginationProps) {
  const { t } = useTranslation();
  const from = total === 0 ? 0 : offset + 1;
  const to = Math.min(offset + limit, total);
  return (
    <div className="flex flex-wrap items-end justify-between gap-3 text-sm" data-testid="pagination">
      <span className="text-slate-600" data-testid="pagination-summary">
        {t('devices.showing', { from, to, total })}
      </span>
      <div className="flex items-end gap-2">
        <SelectField label={t('devices.pageSize')} testId="page-size" value={limit} onChange={(e) => onLimitChange(Number(e.target.value))} className="w-24">
          {pageSizes.map((size) => (
            <option key={size} value={size}>
              {size}
            </option>
          ))}
        </SelectField>
        <Button variant="secondary" disabled={offset === 0} onClick={() => onOffsetChange(Math.max(0, offset - limit))} data-testid="page-previous">
          {t('devices.previous')}
        </Button>
        <Button variant="secondary" disabled={offset + limit >= total} onClick={() => onOffsetChange(offset + limit)} data-testid="page-next">
          {t('devices.next')}
        </Button>
      </div>
    </div>
  );
}
