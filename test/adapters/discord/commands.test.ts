// The `/taser` definition and `npm run discord:deploy`, which registers it over REST: guild-scoped
// when DISCORD_GUILD_ID is set, global otherwise. Also: a bad token stops start-up with advice.
import { execFile } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTaserCommand } from '../../../src/adapters/discord/command-definition.js';
import { startDiscord } from '../../../src/adapters/discord/start.js';
import { silentLogger } from '../../../src/logger.js';
import { fixturePack, makeAssistant } from '../../helpers/assistant.js';
import { APP_ID, GUILD_ID, startFakeDiscord, type FakeDiscord } from './fake-discord.js';

const run = promisify(execFile);
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const DEPLOY = path.join(ROOT, 'src/adapters/discord/deploy-commands.ts');
/** Each run starts a Node process with tsx: seconds, not milliseconds, on a busy machine. */
const PROCESS_TIMEOUT = 60_000;

let fake: FakeDiscord;
beforeAll(async () => {
  fake = await startFakeDiscord();
});
afterAll(async () => {
  await fake.close();
});

const FORCES = [
  { id: 'northshire', name: 'Northshire Police' },
  { id: 'westmarch', name: 'Westmarch Constabulary' },
];
const METRICS = [
  { id: 'incidents', label: 'incidents involving a device' },
  { id: 'discharges', label: 'discharges' },
];

describe('the /taser command', () => {
  it('GIVEN up to 25 forces THEN subcommands ask (autocomplete), figures (force and metric choices), help, forces and reload', () => {
    const command = buildTaserCommand({ forces: FORCES, metrics: METRICS, maxQuestionLength: 500 });
    expect(command.name).toBe('taser');
    expect(command.options).toEqual([
      expect.objectContaining({
        type: 1,
        name: 'ask',
        options: [
          expect.objectContaining({ type: 3, name: 'question', required: true, autocomplete: true, max_length: 500 }),
        ],
      }),
      expect.objectContaining({
        type: 1,
        name: 'figures',
        options: [
          expect.objectContaining({
            type: 3,
            name: 'force',
            required: true,
            choices: [
              { name: 'Northshire Police', value: 'northshire' },
              { name: 'Westmarch Constabulary', value: 'westmarch' },
            ],
          }),
          expect.objectContaining({
            type: 3,
            name: 'metric',
            required: false,
            choices: [
              { name: 'incidents involving a device', value: 'incidents' },
              { name: 'discharges', value: 'discharges' },
            ],
          }),
        ],
      }),
      expect.objectContaining({ type: 1, name: 'help' }),
      { type: 1, name: 'forces', description: 'Every force I have figures for', options: [] },
      {
        type: 1,
        name: 'reload',
        description: 'Admins only: reload the knowledge now and see what changed',
        options: [],
      },
    ]);
    // Not hidden by Discord's default permissions: admins by role must see it; the bot checks.
    expect(command.default_member_permissions).toBeUndefined();
  });

  it('GIVEN more than 25 forces THEN the force option autocompletes instead of listing choices', () => {
    const forces = Array.from({ length: 26 }, (_, i) => ({ id: `f${i}`, name: `Force ${i}` }));
    const command = buildTaserCommand({ forces, metrics: METRICS, maxQuestionLength: 500 });
    const figures = command.options!.find((o) => o.name === 'figures') as unknown as {
      options: Record<string, unknown>[];
    };
    expect(figures.options[0]).toMatchObject({ name: 'force', autocomplete: true });
    expect(figures.options[0]!.choices).toBeUndefined();
  });
});

describe('npm run discord:deploy', { timeout: PROCESS_TIMEOUT }, () => {
  const env = (extra: Record<string, string>) => ({
    PATH: process.env.PATH,
    DISCORD_TOKEN: 'fake-token',
    DISCORD_APP_ID: APP_ID,
    DISCORD_API_URL: fake.apiUrl,
    KNOWLEDGE_DIR: fixturePack(),
    ...extra,
  });

  it('GIVEN DISCORD_GUILD_ID THEN /taser is registered in that guild, with the knowledge forces as choices', async () => {
    const after = fake.calls.length;
    const { stdout } = await run(process.execPath, ['--import', 'tsx', DEPLOY], {
      cwd: ROOT,
      env: env({ DISCORD_GUILD_ID: GUILD_ID }),
    });
    expect(stdout).toBe(
      `Registered /taser in server ${GUILD_ID}: usable there now (user installs need the global registration: run again without DISCORD_GUILD_ID).\n`,
    );
    const put = fake.calls.slice(after).find((c) => c.method === 'PUT')!;
    expect(put.path).toBe(`/applications/${APP_ID}/guilds/${GUILD_ID}/commands`);
    expect(put.auth).toBe('Bot fake-token');
    expect(put.body).toHaveLength(1);
    expect(put.body[0].options[1].options[0].choices).toEqual([
      { name: 'Northshire Police', value: 'northshire' },
      { name: 'Westmarch Constabulary', value: 'westmarch' },
    ]);
  });

  it('GIVEN no DISCORD_GUILD_ID THEN /taser is registered globally', async () => {
    const after = fake.calls.length;
    const { stdout } = await run(process.execPath, ['--import', 'tsx', DEPLOY], { cwd: ROOT, env: env({}) });
    expect(stdout).toBe('Registered /taser globally: Discord can take up to an hour to show it everywhere.\n');
    const put = fake.calls.slice(after).find((c) => c.method === 'PUT')!;
    expect(put.path).toBe(`/applications/${APP_ID}/commands`);
    // Installable to servers (0) and to users (1); usable in servers (0), the bot's DMs (1) and
    // other DMs and group DMs (2), where a user install lets an officer call it.
    expect(put.body[0]).toMatchObject({ name: 'taser', integration_types: [0, 1], contexts: [0, 1, 2] });
  });

  it('GIVEN no Discord credentials THEN it says which variables to set and exits 1', async () => {
    const failure = await run(process.execPath, ['--import', 'tsx', DEPLOY], {
      cwd: ROOT,
      env: { PATH: process.env.PATH },
    }).catch((e) => e);
    expect(failure.code).toBe(1);
    expect(failure.stderr).toBe(
      'Set DISCORD_TOKEN and DISCORD_APP_ID (Developer Portal → your application) and run again.\n',
    );
  });
});

describe('startDiscord', () => {
  it('GIVEN a token Discord rejects THEN start-up fails with what to check', async () => {
    const assistant = await makeAssistant();
    const config = {
      token: 'wrong',
      appId: APP_ID,
      apiUrl: fake.apiUrl,
      audience: 'public' as const,
      adminRoleIds: [],
      internalChannelIds: [],
    };
    await expect(startDiscord({ assistant, config, logger: silentLogger() }, { restRetries: 0 })).rejects.toThrow(
      /^Discord: login failed \(.+\)\. Check DISCORD_TOKEN is the bot token from the Developer Portal \(Bot → Reset Token\)\.$/,
    );
  });
});
