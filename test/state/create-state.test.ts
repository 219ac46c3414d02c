// Start-up with REDIS_URL set: the bot waits (briefly) for Redis before taking events, so its
// first claims are shared with the other instances; if Redis is not there, it says so and goes on.
import { pino } from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import type { StateStore } from '../../src/core/state/state-store.js';
import { redisMissing, startRedis, type RedisServer } from '../../src/bench/redis-server.js';
import { createState } from '../../src/state/create-state.js';

function capturingLogger() {
  const lines: { level: number; msg: string }[] = [];
  const logger = pino({ level: 'info' }, { write: (line: string) => void lines.push(JSON.parse(line)) });
  return { logger, lines };
}

describe.skipIf(redisMissing !== undefined)(
  `createState with REDIS_URL${redisMissing ? ` (skipped: ${redisMissing})` : ''}`,
  () => {
    let server: RedisServer | undefined;
    let state: StateStore | undefined;
    afterEach(async () => {
      await state?.close();
      await server?.close();
    });

    it('GIVEN Redis comes up just after the bot THEN start-up waits for it and state is shared from the first event', async () => {
      server = await startRedis();
      await server.stop();
      const { logger, lines } = capturingLogger();
      const starting = createState({ redis: { url: server.url } }, logger);
      await new Promise((resolve) => setTimeout(resolve, 300));
      await server.start();
      state = await starting;
      expect(state.health()).toEqual({ store: 'redis', shared: true });
      expect(lines.filter((l) => l.level >= 40).map((l) => l.msg)).not.toContainEqual(
        expect.stringContaining('not reachable yet'),
      );
    });

    it('GIVEN nothing answers at REDIS_URL THEN start-up goes on after the wait, says so, and answers from memory', async () => {
      server = await startRedis();
      await server.stop();
      const { logger, lines } = capturingLogger();
      state = await createState({ redis: { url: server.url } }, logger, { connectWaitMs: 200 });
      expect(lines.map((l) => l.msg)).toContainEqual(expect.stringContaining('Redis is not reachable yet'));
      expect(await state.claim(['event:E1'], 60_000)).toBe(true);
      expect(await state.claim(['event:E1'], 60_000)).toBe(false);
      expect(state.health()).toMatchObject({ shared: false, warning: expect.stringContaining('Redis') });
    });
  },
);
