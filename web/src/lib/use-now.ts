import { useEffect, useState } from 'react';

/** The current time, updated every `everyMs`: "for 5 min" keeps counting between refetches. */
export function useNow(everyMs = 15_000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), everyMs);
    return () => clearInterval(timer);
  }, [everyMs]);
  return now;
}
