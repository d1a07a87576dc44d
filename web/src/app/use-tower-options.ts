import { useMemo } from 'react';
import { useTowers } from '../features/towers/api/get-towers';

/** Towers as pickers in other features need them (the features never import each other). */
export function useTowerOptions() {
  const towers = useTowers();
  const options = useMemo(() => (towers.data?.items ?? []).map(({ id, name, code }) => ({ id, name, code })), [towers.data]);
  return { options, isPending: towers.isPending };
}
