// The concurrency bound: tasks beyond `max` wait in a capped queue; beyond the cap they are refused at once.
import { describe, expect, it } from 'vitest';
import { ConcurrencyGate } from '../../../src/core/limits/concurrency-gate.js';

/** A task the test finishes by hand, so ordering is decided by the test, not by timers. */
function manual<T>(value: T) {
  let finish!: () => void;
  const started = { value: false };
  const done = new Promise<void>((resolve) => (finish = resolve));
  const task = async () => {
    started.value = true;
    await done;
    return value;
  };
  return { task, finish, started };
}

describe('ConcurrencyGate', () => {
  it('runs up to `max` at once, queues up to `queueLimit`, and refuses the rest without running them', async () => {
    const gate = new ConcurrencyGate({ max: 2, queueLimit: 1 });
    const a = manual('a');
    const b = manual('b');
    const c = manual('c');
    const d = manual('d');
    const pa = gate.run(a.task);
    const pb = gate.run(b.task);
    const pc = gate.run(c.task);
    const pd = gate.run(d.task);
    expect(await pd).toEqual({ ran: false });
    expect(d.started.value).toBe(false);
    expect([gate.active, gate.queued]).toEqual([2, 1]);
    expect([a.started.value, b.started.value, c.started.value]).toEqual([true, true, false]);

    a.finish();
    expect(await pa).toEqual({ ran: true, value: 'a' });
    await Promise.resolve();
    expect(c.started.value).toBe(true);
    expect([gate.active, gate.queued]).toEqual([2, 0]);

    b.finish();
    c.finish();
    expect(await pb).toEqual({ ran: true, value: 'b' });
    expect(await pc).toEqual({ ran: true, value: 'c' });
    expect([gate.active, gate.queued]).toEqual([0, 0]);
  });

  it('frees the slot when a task throws, and passes the error on', async () => {
    const gate = new ConcurrencyGate({ max: 1, queueLimit: 0 });
    await expect(gate.run(async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(await gate.run(async () => 'next')).toEqual({ ran: true, value: 'next' });
  });

  it('idle() waits for running and queued tasks, and resolves at once when nothing runs', async () => {
    const gate = new ConcurrencyGate({ max: 1, queueLimit: 1 });
    await gate.idle();
    const a = manual('a');
    const b = manual('b');
    const finished: string[] = [];
    void gate.run(async () => finished.push(await a.task()));
    void gate.run(async () => finished.push(await b.task()));
    const idle = gate.idle().then(() => finished.push('idle'));
    a.finish();
    await new Promise((resolve) => setImmediate(resolve));
    expect(finished).toEqual(['a']);
    b.finish();
    await idle;
    expect(finished).toEqual(['a', 'b', 'idle']);
  });

  it('rejects nonsensical sizes with the option named', () => {
    expect(() => new ConcurrencyGate({ max: 0, queueLimit: 0 })).toThrow(
      'ConcurrencyGate: max must be a whole number ≥ 1 (got 0)',
    );
    expect(() => new ConcurrencyGate({ max: 1, queueLimit: -1 })).toThrow(
      'ConcurrencyGate: queueLimit must be a whole number ≥ 0 (got -1)',
    );
  });
});
