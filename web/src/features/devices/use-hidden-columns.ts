import { useCallback, useState } from 'react';
import { loadHiddenColumns, saveHiddenColumns, toggleColumn, type DeviceColumn } from './columns';

const storage = () => (typeof window === 'undefined' ? undefined : window.localStorage);

/** The columns hidden from the equipment table, remembered in this browser. */
export function useHiddenColumns() {
  const [hidden, setHidden] = useState(() => loadHiddenColumns(storage()));
  const toggle = useCallback((column: DeviceColumn) => {
    setHidden((previous) => {
      const next = toggleColumn(previous, column);
      saveHiddenColumns(storage(), next);
      return next;
    });
  }, []);
  return { hidden, toggle };
}
