// chat.postMessage with the settings every bot post shares: no link previews, no @name linking.
import type { webApi } from '@slack/bolt';
import type { SlackMessage } from './render.js';

/** Post a rendered message to a channel (optionally in a thread); resolves to the new message's ts. */
export async function postMessage(
  client: webApi.WebClient,
  args: SlackMessage & { channel: string; thread_ts?: string },
): Promise<string | undefined> {
  const posted = await client.chat.postMessage({
    ...args,
    unfurl_links: false,
    unfurl_media: false,
    link_names: false,
  });
  return posted.ts;
}
