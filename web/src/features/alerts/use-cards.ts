import { useSyncExternalStore } from 'react';

/** Below Tailwind's `md` (768 px): a phone, where the alerts are cards. */
const PHONE_QUERY = '(max-width: 767.98px)';

const subscribe = (onChange: () => void) => {
  const list = window.matchMedia(PHONE_QUERY);
  list.addEventListener('change', onChange);
  return () => list.removeEventListener('change', onChange);
};

/** Cards or a table, not both hidden by CSS: half the DOM for a thousand open alerts, and one element per test id. */
export const useCards = (): boolean =>
  useSyncExternalStore(
    subscribe,
    () => window.matchMedia(PHONE_QUERY).matches,
    () => false,
  );
