// Bounds how many answers are worked on at once and how many may wait, so a burst of
// questions cannot pile up without limit; beyond the queue the caller is told to come back later.

export interface ConcurrencyGateOptions {
  /** Tasks running at once (≥ 1). */
  max: number;
  /** Tasks allowed to wait for a free slot (≥ 0); more are refused. */
  queueLimit: number;
}

/** A small semaphore with a capped queue. */
export class ConcurrencyGate {
  readonly max: number;
  readonly queueLimit: number;
  private running = 0;
  private readonly waiting: (() => void)[] = [];
  private idleWaiters: (() => void)[] = [];

  constructor(options: ConcurrencyGateOptions) {
    if (!Number.isInteger(options.max) || options.max < 1)
      throw new RangeError(`ConcurrencyGate: max must be a whole number ≥ 1 (got ${options.max})`);
    if (!Number.isInteger(options.queueLimit) || options.queueLimit < 0) {
      throw new RangeError(`ConcurrencyGate: queueLimit must be a whole number ≥ 0 (got ${options.queueLimit})`);
    }
    this.max = options.max;
    this.queueLimit = options.queueLimit;
  }

  /**
   * Run `task` when a slot is free. Returns `{ ran: false }` at once, without running it,
   * when every slot is busy and the queue is full.
   */
  async run<T>(task: () => Promise<T>): Promise<{ ran: true; value: T } | { ran: false }> {
    if (this.running >= this.max) {
      if (this.waiting.length >= this.queueLimit) return { ran: false };
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    } else {
      this.running += 1;
    }
    try {
      return { ran: true, value: await task() };
    } finally {
      this.release();
    }
  }

  /** Tasks running now. */
  get active(): number {
    return this.running;
  }

  /** Tasks waiting for a slot. */
  get queued(): number {
    return this.waiting.length;
  }

  /** Resolves once nothing is running or waiting (at once if that is already so): for shutdown. */
  idle(): Promise<void> {
    if (this.running === 0) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  /** Hand the slot straight to the next waiter, or free it. */
  private release(): void {
    const next = this.waiting.shift();
    if (next) {
      next();
      return;
    }
    this.running -= 1;
    if (this.running === 0) {
      const waiters = this.idleWaiters;
      this.idleWaiters = [];
      for (const resolve of waiters) resolve();
    }
  }
}
