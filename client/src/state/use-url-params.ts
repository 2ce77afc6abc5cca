/**
 * Views keep their state in the URL's query string, so every view is a shareable link. This hook
 * reads the current parameters and replaces some of them, keeping the others (and the history
 * entry: state changes do not flood the back button).
 */
import { useCallback, useEffect, useState } from 'react';

export function useUrlParams(): [URLSearchParams, (changes: Record<string, string | null>) => void] {
  const [params, setParams] = useState(() => new URLSearchParams(window.location.search));

  useEffect(() => {
    const onPop = () => setParams(new URLSearchParams(window.location.search));
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);

  const update = useCallback((changes: Record<string, string | null>) => {
    const next = new URLSearchParams(window.location.search);
    for (const [k, v] of Object.entries(changes)) {
      if (v === null || v === '') next.delete(k);
      else next.set(k, v);
    }
    const search = next.toString().replaceAll('%3A', ':').replaceAll('%2C', ',');
    window.history.replaceState(null, '', `${window.location.pathname}${search ? `?${search}` : ''}`);
    setParams(next);
  }, []);

  return [params, update];
}
