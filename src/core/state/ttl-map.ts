// A bounded map whose entries expire: the in-memory store's building block. Insertion order is
// recency order, so the oldest entry is dropped first when the bound is reached.

export class TtlMap {
  private readonly entries = new Map<string, { value: string; expires: number }>();

  constructor(
    private readonly maxKeys: number,
    private readonly now: () => number,
  ) {}

  get(key: string): string | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (entry.expires <= this.now()) {
      this.entries.delete(key);
      return undefined;
    }
    return entry.value;
  }

  set(key: string, value: string, ttlMs: number): void {
    const now = this.now();
    this.prune(now);
    this.entries.delete(key);
    this.entries.set(key, { value, expires: now + ttlMs });
    while (this.entries.size > this.maxKeys) this.entries.delete(this.entries.keys().next().value!);
  }

  get size(): number {
    return this.entries.size;
  }

  /** Drop expired entries from the old end; enough to keep memory flat, since the bound does the rest. */
  private prune(now: number): void {
    for (const [key, entry] of this.entries) {
      if (entry.expires > now) break;
      this.entries.delete(key);
    }
  }
}
