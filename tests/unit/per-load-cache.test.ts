import { describe, expect, it } from 'vitest';
import { PerLoadCache } from '../../server/src/cache/per-load-cache.js';

describe('PerLoadCache', () => {
  it('keeps at most its capacity, dropping the least recently used entry first', () => {
    const cache = new PerLoadCache<number>(2);
    cache.set('load-1|a', 1);
    cache.set('load-1|b', 2);
    expect(cache.get('load-1|a')).toBe(1); // a is now the most recently used
    cache.set('load-1|c', 3);
    expect(cache.get('load-1|b')).toBeUndefined();
    expect(cache.get('load-1|a')).toBe(1);
    expect(cache.get('load-1|c')).toBe(3);
    expect(cache.size).toBe(2);
  });

  it('replaces a value set again under the same key without growing', () => {
    const cache = new PerLoadCache<number>(2);
    cache.set('k', 1);
    cache.set('k', 5);
    expect(cache.get('k')).toBe(5);
    expect(cache.size).toBe(1);
  });
});
