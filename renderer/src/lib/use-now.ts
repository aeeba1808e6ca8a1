import { useEffect, useState } from 'react';

/**
 * The current time, re-read every `intervalMs` so relative times ("12 s ago") keep counting.
 * This re-renders the page only; it never fetches data.
 */
export function useNow(intervalMs = 1000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), intervalMs);
    return () => window.clearInterval(timer);
  }, [intervalMs]);
  return now;
}
