// Counts the work a platform has started and not finished (a question being answered and its
// reply sent), so a shutdown can stop accepting new work and still finish what it began.

/** A counter of running tasks that can say when none are left. */
export class InFlight {
  private running = 0;
  private open = true;
  private waiters: (() => void)[] = [];

  /** False once `close()` has been called: the platform turns new work away. */
  get accepting(): boolean {
    return this.open;
  }

  /** Stop accepting; resolves once the work already running is done. */
  close(): Promise<void> {
    this.open = false;
    return this.idle();
  }

  /** Run `work`, counted until it settles; its result or error passes through unchanged. */
  async run<T>(work: () => Promise<T>): Promise<T> {
    this.running += 1;
    try {
      return await work();
    } finally {
      this.running -= 1;
      if (this.running === 0) this.wake();
    }
  }

  /** Tasks running now. */
  get size(): number {
    return this.running;
  }

  /** Resolves once nothing is running (at once if that is already so). */
  idle(): Promise<void> {
    if (this.running === 0) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  private wake(): void {
    const waiters = this.waiters;
    this.waiters = [];
    for (const resolve of waiters) resolve();
  }
}
