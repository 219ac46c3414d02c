// What admins see in Slack about the knowledge: a reload report (its first line as text, any
// problem lines in a code block) as a /taser reload reply or a post in SLACK_ADMIN_CHANNEL.
import type { webApi } from '@slack/bolt';
import type { ReloadReport } from '../../core/reload/describe.js';
import { fitWithEchoes, visibleControls } from '../shared/inert.js';
import { escapeMrkdwn, inertCode, inertMrkdwn } from './escape.js';
import { MAX_FALLBACK_TEXT, MAX_SECTION_TEXT } from './limits.js';
import { postMessage } from './post.js';
import { codeBlock, fitEscaped, type Block, type SlackMessage } from './render.js';

/**
 * "Reloaded: 1 note edited (aftercare)." as one section; "Reload failed; …:" followed by the
 * `file:line:col: message` lines in a code block, so paths and field names show as written.
 * Ids, paths, field names and file names come from files anyone may have edited, so all of it
 * goes through the inert functions: it can never format, link, mention anyone, or reorder what
 * the admin reads.
 */
export function renderAdminReport(report: ReloadReport): SlackMessage {
  const blocks: Block[] = [
    { type: 'section', text: { type: 'mrkdwn', text: headline(report.headline, report.echoes, MAX_SECTION_TEXT) } },
  ];
  if (report.problems.length > 0)
    blocks.push({ type: 'section', text: { type: 'mrkdwn', text: codeBlock(report.problems, inertCode) } });
  // The notification text: the same lines, whole lines dropped from the end to fit.
  const lines = [
    headline(report.headline, report.echoes, MAX_FALLBACK_TEXT),
    ...report.problems.map((p) => fitEscaped(p, MAX_FALLBACK_TEXT, inertCode)),
  ];
  let kept = lines.length;
  while (kept > 1 && lines.slice(0, kept).join('\n').length > MAX_FALLBACK_TEXT) kept--;
  return { text: lines.slice(0, kept).join('\n'), blocks };
}

/** The core's words escaped, the ids and file text it quotes inert, within `max`. */
function headline(text: string, echoes: string[] | undefined, max: number): string {
  return fitWithEchoes(visibleControls(text), echoes?.map(visibleControls), max, {
    escape: escapeMrkdwn,
    inert: inertMrkdwn,
    fit: fitEscaped,
  });
}

/** Post an admin notice (e.g. a failed reload) to the admin channel. Throws what Slack answers on failure. */
export async function postAdminNotice(client: webApi.WebClient, channel: string, report: ReloadReport): Promise<void> {
  await postMessage(client, { channel, ...renderAdminReport(report) });
}
