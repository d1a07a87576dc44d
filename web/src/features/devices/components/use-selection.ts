import { useCallback, useMemo, useState } from 'react';

/** Devices ticked on the current page for a bulk action. */
export interface Selection {
  ids: number[];
  has: (id: number) => boolean;
  toggle: (id: number) => void;
  setAll: (ids: number[]) => void;
  clear: () => void;
}

export function useSelection(): Selection {
  const [ids, setIds] = useState<number[]>([]);
  const set = useMemo(() => new Set(ids), [ids]);
  const has = useCallback((id: number) => set.has(id), [set]);
  const toggle = useCallback((id: number) => setIds((prev) => (prev.includes(id) ? prev.filter((x) => x !== id) : [...prev, id])), []);
  const setAll = useCallback((all: number[]) => setIds(all), []);
  const clear = useCallback(() => setIds([]), []);
  return useMemo(() => ({ ids, has, toggle, setAll, clear }), [ids, has, toggle, setAll, clear]);
}
