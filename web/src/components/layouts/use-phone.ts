import { useSyncExternalStore } from 'react';

/** Below Tailwind's `md` (768 px): the layout of a phone, where lists are cards. */
export const PHONE_QUERY = '(max-width: 767.98px)';

const subscribe = (onChange: () => void) => {
  const list = window.matchMedia(PHONE_QUERY);
  list.addEventListener('change', onChange);
  return () => list.removeEventListener('change', onChange);
};

/**
 * True on a phone-sized screen, following rotation and resizing. A list renders either its
 * cards or its table, not both hidden by CSS: half the DOM, and one element per test id.
 */
export function usePhone(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => window.matchMedia(PHONE_QUERY).matches,
    () => false,
  );
}
