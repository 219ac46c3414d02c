// Activities shaped as Teams sends them to a bot: a channel post that @mentions it, a personal
// chat message, and the invoke an Action.Execute button sends. Ids follow Teams' formats.
import { randomUUID } from 'node:crypto';
import { APP_ID, TENANT_ID } from './fake-bot-connector.js';

export const BOT = { id: `28:${APP_ID}`, name: 'Taser Policy' };
export const USER = {
  id: '29:1xYzUserIdFromTeams',
  name: 'Alex Officer',
  aadObjectId: '7d6f1c2e-0000-4000-8000-000000000001',
};
export const TEAM_ID = '19:teamGeneral0000@thread.tacv2';
export const CHANNEL_ID = '19:policyChannel0000@thread.tacv2';
export const INTERNAL_TEAM_ID = '19:internalTeam0000@thread.tacv2';
export const INTERNAL_CHANNEL_ID = '19:internalChannel0000@thread.tacv2';
export const PERSONAL_CHAT_ID = 'a:1personalChatIdFromTeams0000';

let nextId = 1_718_000_000_000;
/** A Teams message id: numeric, increasing. */
export const messageId = () => String(nextId++);

interface Where {
  serviceUrl: string;
  team?: string;
  channel?: string;
  /** Root post of the thread; unset for a new top-level post. */
  threadRoot?: string;
  tenant?: string;
}

function channelConversation(where: Where, id: string) {
  const channel = where.channel ?? CHANNEL_ID;
  return {
    isGroup: true,
    conversationType: 'channel',
    tenantId: where.tenant ?? TENANT_ID,
    id: `${channel};messageid=${where.threadRoot ?? id}`,
  };
}

function channelData(where: Where) {
  const team = where.team ?? TEAM_ID;
  const channel = where.channel ?? CHANNEL_ID;
  return {
    teamsChannelId: channel,
    teamsTeamId: team,
    channel: { id: channel },
    team: { id: team },
    tenant: { id: where.tenant ?? TENANT_ID },
  };
}

const common = (serviceUrl: string) => ({
  timestamp: new Date().toISOString(),
  localTimestamp: new Date().toISOString(),
  serviceUrl,
  channelId: 'msteams',
  from: USER,
  recipient: BOT,
  locale: 'en-GB',
});

/** A channel post (or thread reply) that @mentions the bot, as `<at>Taser Policy</at> …`. */
export function channelMention(question: string, where: Where & { mentionBot?: boolean }) {
  const id = messageId();
  const mention = `<at>${BOT.name}</at>`;
  return {
    type: 'message',
    id,
    ...common(where.serviceUrl),
    conversation: channelConversation(where, id),
    textFormat: 'plain',
    text: where.mentionBot === false ? `${question}\n` : `${mention} ${question}\n`,
    entities: [
      ...(where.mentionBot === false ? [] : [{ type: 'mention', text: mention, mentioned: BOT }]),
      { type: 'clientInfo', locale: 'en-GB', country: 'GB', platform: 'Web', timezone: 'Europe/London' },
    ],
    channelData: channelData(where),
  };
}

/** A message in the personal (1:1) chat with the bot. */
export function personalMessage(text: string, where: { serviceUrl: string; tenant?: string }) {
  return {
    type: 'message',
    id: messageId(),
    ...common(where.serviceUrl),
    conversation: { conversationType: 'personal', tenantId: where.tenant ?? TENANT_ID, id: PERSONAL_CHAT_ID },
    textFormat: 'plain',
    text,
    entities: [{ type: 'clientInfo', locale: 'en-GB', country: 'GB', platform: 'Desktop', timezone: 'Europe/London' }],
    channelData: { tenant: { id: where.tenant ?? TENANT_ID } },
  };
}

/** The invoke Teams sends when someone clicks an Action.Execute button on a card the bot posted. */
export function cardAction(
  action: { verb: string; data: unknown },
  on: {
    serviceUrl: string;
    cardId: string;
    conversation: { id: string; conversationType: string };
    channelData?: unknown;
  },
) {
  return {
    type: 'invoke',
    name: 'adaptiveCard/action',
    id: `f:${randomUUID()}`,
    ...common(on.serviceUrl),
    conversation: { ...on.conversation, tenantId: TENANT_ID },
    replyToId: on.cardId,
    value: { action: { type: 'Action.Execute', verb: action.verb, data: action.data }, trigger: 'manual' },
    channelData: on.channelData ?? { tenant: { id: TENANT_ID } },
  };
}
