import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { buttonClass } from '../../../components/ui/button';
import { COLUMN_LABEL_KEYS, DEVICE_COLUMNS, FIXED_COLUMNS, type DeviceColumn } from '../columns';


/** A menu of checkboxes, one per column; status and name always stay. */
export function ColumnChooser({ hidden, onToggle }: { hidden: ReadonlySet<DeviceColumn>; onToggle: (column: DeviceColumn) => void }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDetailsElement>(null);
  // A click anywhere else closes the menu, as a menu does.
  useEffect(() => {
    const close = (event: MouseEvent) => {
      if (ref.current?.open && !ref.current.contains(event.target as Node)) ref.current.open = false;
    };
    document.addEventListener('mousedown', close);
    return () => document.removeEventListener('mousedown', close);
  }, []);
  return (
    <details ref={ref} className="relative" data-testid="column-chooser">
      <summary className={`${buttonClass('secondary', true)} cursor-pointer list-none`} data-testid="column-chooser-toggle">
        {t('equipmentList.columns')}
      </summary>
      <fieldset className="absolute right-0 z-20 mt-1 w-56 space-y-1 rounded-lg border border-slate-200 bg-white p-3 text-sm shadow-lg">
        <legend className="sr-only">{t('equipmentList.columnsTitle')}</legend>
        {DEVICE_COLUMNS.map((column) => (
          <label key={column} className="flex items-center gap-2">
            <input type="checkbox" checked={!hidden.has(column)} disabled={FIXED_COLUMNS.includes(column)} onChange={() => onToggle(column)} data-testid={`column-${column}`} />
            {t(COLUMN_LABEL_KEYS[column])}
          </label>
        ))}
      </fieldset>
    </details>
  );
}
