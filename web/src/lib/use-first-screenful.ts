import { startTransition, useEffect, useState } from 'react';

/**
 * A long list shows its first screenful at once and the rest right after, in a transition React
 * can interrupt: 300 open alerts paint their worst rows first instead of all rows after one long
 * render. Once everything has been shown, it stays shown.
 */
export function useFirstScreenful<T>(items: T[], first = 40): T[] {
  const [all, setAll] = useState(false);
  const more = items.length > first;
  useEffect(() => {
    if (more && !all) startTransition(() => setAll(true));
  }, [more, all]);
  return all || !more ? items : items.slice(0, first);
}
