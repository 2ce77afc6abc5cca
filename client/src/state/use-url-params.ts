/**
 * Views keep their state in the URL's query string, so every view is a shareable link. This hook
 * reads the current parameters and replaces some of them, keeping the others (and the history
 * entry: state changes do not flood the back button).
 */
import { useCallback, useEffect, useState } from 'react';

/**
 * Replaces some parameters of the current URL (null or empty removes one), keeping the others and
 * the history entry. A plain side effect: views that only write their state to the link use it
 * from effects without re-rendering anything.
 */
export function writeUrlParams(changes: Record<string, string | null>): URLSearchParams {
  const next = new URLSearchParams(window.location.search);
  for (const [k, v] of Object.entries(changes)) {
    if (v === null || v === '') next.delete(k);
    else next.set(k, v);
  }
  const search = next.toString().replaceAll('%3A', ':').replaceAll('%2C', ',').replaceAll('%7E', '~');
  window.history.replaceState(null, '', `${window.location.pathname}${search ? `?${search}` : ''}`);
  return next;
}

export function useUrlParams(): [URLSearchParams, (changes: Record<string, string | null>) => void] {
  const [params, setParams] = useState(() => new URLSearchParams(window.location.search));

  useEffect(() => {
    const onPop = () => setParams(new URLSearchParams(window.location.search));
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);

  const update = useCallback((changes: Record<string, string | null>) => setParams(writeUrlParams(changes)), []);

  return [params, update];
}
