// What admins see in Slack about the knowledge: a reload report (its first line as text, any
// problem lines in a code block) as a /taser reload reply or a post in SLACK_ADMIN_CHANNEL.
import type { webApi } from '@slack/bolt';
import { reportText, type ReloadReport } from '../../core/reload/describe.js';
import { visibleControls } from '../shared/inert.js';
import { MAX_FALLBACK_TEXT, MAX_SECTION_TEXT } from './limits.js';
import { postMessage } from './post.js';
import { codeBlock, fitEscaped, type Block, type SlackMessage } from './render.js';

/**
 * "Reloaded: 1 note edited (aftercare)." as one section; "Reload failed; …:" followed by the
 * `file:line:col: message` lines in a code block, so paths and field names show exactly.
 * Everything is escaped: a note id or a path can never format text or mention anyone.
 */
export function renderAdminReport(raw: ReloadReport): SlackMessage {
  // Paths, ids and field names come from files anyone may have edited: no control or bidi
  // character may act on or reorder what the admin reads.
  const report = { headline: visibleControls(raw.headline), problems: raw.problems.map(visibleControls) };
  const blocks: Block[] = [
    { type: 'section', text: { type: 'mrkdwn', text: fitEscaped(report.headline, MAX_SECTION_TEXT) } },
  ];
  if (report.problems.length > 0)
    blocks.push({ type: 'section', text: { type: 'mrkdwn', text: codeBlock(report.problems) } });
  return { text: fitEscaped(reportText(report), MAX_FALLBACK_TEXT), blocks };
}

/** Post an admin notice (e.g. a failed reload) to the admin channel. Throws what Slack answers on failure. */
export async function postAdminNotice(client: webApi.WebClient, channel: string, report: ReloadReport): Promise<void> {
  await postMessage(client, { channel, ...renderAdminReport(report) });
}
