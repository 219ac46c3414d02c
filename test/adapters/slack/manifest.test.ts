// The shipped Slack app manifests must ask for what the code listens to: the slash command,
// the events, interactivity, the Home tab and the assistant panel, with the same scopes in both modes.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { SLASH_COMMAND } from '../../../src/adapters/slack/help.js';

const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'src', 'adapters', 'slack');

interface Manifest {
  features: {
    app_home: { home_tab_enabled: boolean; messages_tab_enabled: boolean };
    assistant_view?: { assistant_description: string };
    slash_commands: { command: string; url?: string }[];
  };
  oauth_config: { scopes: { bot: string[] } };
  settings: {
    event_subscriptions: { request_url?: string; bot_events: string[] };
    interactivity: { is_enabled: boolean; request_url?: string };
    socket_mode_enabled: boolean;
  };
}

async function manifest(file: string): Promise<Manifest> {
  return parse(await readFile(path.join(dir, file), 'utf8')) as Manifest;
}

describe('Slack app manifests', () => {
  it.each([['manifest.yaml'], ['manifest.socket-mode.yaml']])(
    '%s declares the command, events, scopes, Home tab and interactivity the adapter uses',
    async (file) => {
      const m = await manifest(file);
      expect(m.features.slash_commands.map((c) => c.command)).toEqual([SLASH_COMMAND]);
      expect(m.features.app_home).toMatchObject({ home_tab_enabled: true, messages_tab_enabled: true });
      expect(m.settings.event_subscriptions.bot_events).toEqual([
        'app_home_opened',
        'app_mention',
        'assistant_thread_context_changed',
        'assistant_thread_started',
        'message.im',
      ]);
      expect(m.features.assistant_view?.assistant_description).toMatch(/\S/);
      expect(m.oauth_config.scopes.bot).toEqual([
        'app_mentions:read',
        'assistant:write',
        'chat:write',
        'chat:write.public',
        'commands',
        'files:write',
        'im:history',
      ]);
      expect(m.settings.interactivity.is_enabled).toBe(true);
    },
  );

  it('points every HTTP-mode URL at /slack/events, and Socket Mode at none', async () => {
    const http = await manifest('manifest.yaml');
    expect(http.settings.socket_mode_enabled).toBe(false);
    const urls = [
      http.features.slash_commands[0]!.url,
      http.settings.event_subscriptions.request_url,
      http.settings.interactivity.request_url,
    ];
    for (const url of urls) expect(url).toMatch(/^https:\/\/[^/]+\/slack\/events$/);
    const socket = await manifest('manifest.socket-mode.yaml');
    expect(socket.settings.socket_mode_enabled).toBe(true);
    expect([
      socket.features.slash_commands[0]!.url,
      socket.settings.event_subscriptions.request_url,
      socket.settings.interactivity.request_url,
    ]).toEqual([undefined, undefined, undefined]);
  });
});
