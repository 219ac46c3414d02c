// The real composition (bot.ts) with Teams configured from the environment through the platform
// list: it starts, listens where TEAMS_HOST/TEAMS_PORT say, refuses a request without a Bot
// Framework token, and stops with the rest of the bot.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PLATFORMS } from '../../src/adapters/platforms.js';
import { startBot, type RunningBot } from '../../src/bot.js';
import { loadConfig } from '../../src/config.js';
import { loadKnowledge } from '../../src/core/knowledge/load.js';
import { fixturePack } from '../helpers/assistant.js';

interface LogLine {
  level: number;
  msg: string;
  port?: number;
}

let dataDir: string;
let bot: RunningBot;
const logs: LogLine[] = [];

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'start-bot-teams-'));
  const config = loadConfig(
    {
      TEAMS_APP_ID: '11111111-2222-3333-4444-555555555555',
      TEAMS_APP_PASSWORD: 'a-client-secret-value',
      TEAMS_TENANT_ID: 'aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee',
      TEAMS_PORT: '0',
      TEAMS_HOST: '127.0.0.1',
      KNOWLEDGE_DIR: fixturePack(),
      DATA_DIR: dataDir,
    },
    PLATFORMS,
  );
  const { knowledge } = await loadKnowledge(config.knowledgeDir, { today: '2026-01-01' });
  const logger = pino({ level: 'info' }, { write: (line: string) => void logs.push(JSON.parse(line) as LogLine) });
  bot = await startBot(config, knowledge!, logger);
});
afterAll(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

describe('GIVEN the TEAMS_* variables set', () => {
  it('THEN Teams is started from the platform list, listening on TEAMS_HOST', () => {
    expect(bot.platforms.map((p) => p.name)).toEqual(['Teams']);
    expect(logs.find((l) => l.msg === 'Teams: listening for activities')?.port).toBeGreaterThan(0);
  });

  it('WHEN an activity arrives without a Bot Framework token THEN 401', async () => {
    const port = logs.find((l) => l.msg === 'Teams: listening for activities')!.port!;
    const res = await fetch(`http://127.0.0.1:${port}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ type: 'message', text: 'Who removes the barbs?' }),
    });
    expect(res.status).toBe(401);
  });

  it('WHEN the bot stops THEN Teams stops listening and the exit code is 0', async () => {
    const port = logs.find((l) => l.msg === 'Teams: listening for activities')!.port!;
    expect(await bot.stop()).toBe(0);
    await expect(fetch(`http://127.0.0.1:${port}/api/messages`, { method: 'POST', body: '{}' })).rejects.toThrow();
    expect(logs.some((l) => l.msg === 'Teams: stopped')).toBe(true);
  });
});
