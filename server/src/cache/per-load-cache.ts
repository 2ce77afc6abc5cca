/**
 * Values computed from the loaded data, kept until it changes: each entry's key starts with the
 * graph's loaded-data key (runtime/graph-meta.ts loadedDataKey), so a new load, or a new chunk of
 * one, makes every older entry unreachable. Bounded: the least recently used entry goes first.
 */
export class PerLoadCache<V> {
  private readonly entries = new Map<string, V>();

  constructor(private readonly capacity: number) {}

  get(key: string): V | undefined {
    const value = this.entries.get(key);
    if (value !== undefined) {
      // Re-inserted: a Map iterates in insertion order, so the oldest used entry stays first.
      this.entries.delete(key);
      this.entries.set(key, value);
    }
    return value;
  }

  set(key: string, value: V): void {
    this.entries.delete(key);
    this.entries.set(key, value);
    while (this.entries.size > this.capacity) {
      const oldest = this.entries.keys().next();
      if (oldest.done) break;
      this.entries.delete(oldest.value);
    }
  }

  get size(): number {
    return this.entries.size;
  }
}
