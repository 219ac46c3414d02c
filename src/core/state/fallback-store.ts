// Keeps the bot answering while the shared store (Redis) is unreachable: every call falls back to
// this instance's memory, a warning is logged once and shown in /healthz, and the shared store is
// used again as soon as it answers. Writes go to both, so what happened during an outage is not forgotten here.
import type { MemoryStore } from './memory-store.js';
import type { RateDecision, StateHealth, StateStore } from './state-store.js';

/** A shared store that can say, without a round trip, whether it is connected. */
export interface SharedStore extends StateStore {
  /** False while disconnected: calls would fail, so the fallback skips them. */
  connected(): boolean;
}

export interface FallbackEvents {
  /** The shared store failed: state is per instance until it recovers. */
  onDegraded(error: unknown): void;
  /** The shared store answered again. */
  onRecovered(): void;
  /**
   * One command failed (timed out, say) while the shared store stayed connected: that call was
   * answered from memory, but the store is not down, so nothing is marked degraded.
   */
  onCommandFailed?(error: unknown): void;
}

export const DEGRADED_WARNING =
  'Redis is unreachable: this instance is using its own memory, so a retried Slack event may be answered twice, follow-ups and shares may not reach other instances, and rate limits count per instance';

export class FallbackStore implements StateStore {
  private degraded = false;

  constructor(
    private readonly shared: SharedStore,
    private readonly local: MemoryStore,
    private readonly events: FallbackEvents,
  ) {}

  async claim(keys: readonly string[], ttlMs: number): Promise<boolean> {
    // Claimed here as well: an event handled during an outage is still a repeat after it.
    const locally = await this.local.claim(keys, ttlMs);
    const shared = await this.attempt(() => this.shared.claim(keys, ttlMs));
    return locally && (shared ?? true);
  }

  async get(key: string): Promise<string | undefined> {
    const shared = await this.attempt(() => this.shared.get(key));
    return shared ?? (await this.local.get(key));
  }

  async set(key: string, value: string, ttlMs: number): Promise<void> {
    await this.local.set(key, value, ttlMs);
    await this.attempt(() => this.shared.set(key, value, ttlMs));
  }

  async take(key: string, limit: number, windowMs: number): Promise<RateDecision> {
    return (await this.attempt(() => this.shared.take(key, limit, windowMs))) ?? this.local.take(key, limit, windowMs);
  }

  health(): StateHealth {
    const shared = !this.degraded && this.shared.connected();
    return { store: 'redis', shared, ...(shared ? {} : { warning: DEGRADED_WARNING }) };
  }

  close(): Promise<void> {
    return this.shared.close();
  }

  /** The shared store has connected again (told by its client): use it from now on. */
  reconnected(): void {
    if (!this.degraded) return;
    this.degraded = false;
    this.events.onRecovered();
  }

  /** The shared store's result, or undefined when it is down or failed (then the caller uses memory). */
  private async attempt<T>(call: () => Promise<T>): Promise<T | undefined> {
    if (!this.shared.connected()) {
      this.markDegraded(new Error('not connected'));
      return undefined;
    }
    try {
      const result = await call();
      if (this.degraded) {
        this.degraded = false;
        this.events.onRecovered();
      }
      return result;
    } catch (error) {
      // Still connected: a slow or refused command, not an outage (a busy instance's timers can
      // fire before a reply is read). Only a lost connection makes this instance degraded.
      if (this.shared.connected()) this.events.onCommandFailed?.(error);
      else this.markDegraded(error);
      return undefined;
    }
  }

  private markDegraded(error: unknown): void {
    if (this.degraded) return;
    this.degraded = true;
    this.events.onDegraded(error);
  }
}
