import { useEffect, useState } from 'react';

/** The current time, refreshed every minute, so what depends on it (a countdown, a closing window) moves without a reload. */
export const useNow = (): number => {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), 60_000);
    return () => window.clearInterval(timer);
  }, []);
  return now;
};
