// Who is asking and where: audience per channel (threads inherit), conversation ids, and
// the bot's mention removed from a question.
import { describe, expect, it } from 'vitest';
import { audienceFor, discordContext, stripBotMention } from '../../../src/adapters/discord/conversation.js';

const config = { audience: 'public' as const, internalChannelIds: ['900'] };

describe('audienceFor', () => {
  it('GIVEN a listed channel, or a thread under one THEN internal; elsewhere the configured audience', () => {
    expect(audienceFor(config, { channelId: '900', userId: 'u' })).toBe('internal');
    expect(audienceFor(config, { channelId: '901', parentId: '900', userId: 'u' })).toBe('internal');
    expect(audienceFor(config, { channelId: '902', parentId: null, userId: 'u' })).toBe('public');
    expect(audienceFor({ ...config, audience: 'internal' }, { channelId: '902', userId: 'u' })).toBe('internal');
  });
});

describe('discordContext', () => {
  it('GIVEN a shared conversation THEN it follows the channel; a private one the user in that channel', () => {
    expect(discordContext(config, { channelId: '902', userId: '7' }, 'shared')).toEqual({
      conversationId: 'discord:902',
      audience: 'public',
      userId: 'discord:7',
      platform: 'discord',
    });
    expect(discordContext(config, { channelId: '900', userId: '7' }, 'private')).toEqual({
      conversationId: 'discord:900:7',
      audience: 'internal',
      userId: 'discord:7',
      platform: 'discord',
    });
  });
});

describe('stripBotMention', () => {
  it('THEN both mention forms of the bot go, other mentions stay', () => {
    expect(stripBotMention('<@123> where is it?  <@!123>', '123')).toBe('where is it?');
    expect(stripBotMention('<@123> ask <@456>', '123')).toBe('ask <@456>');
  });
});
