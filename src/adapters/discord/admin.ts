// What admins see in Discord about the knowledge: who counts as an admin, and a reload report
// (first line as text, problem lines in a code block, within 2,000 characters) for a reply or
// a post in DISCORD_ADMIN_CHANNEL_ID.
import { PermissionFlagsBits, Routes, type ChatInputCommandInteraction, type Client } from 'discord.js';
import type { ReloadReport } from '../../core/reload/describe.js';
import { LIMITS } from './limits.js';
import { fitWithEchoes, visibleControls } from '../shared/inert.js';
import { escape, escapeWithin, inert, inertCode } from './escape.js';

const OPEN = '\n```\n';
const CLOSE = '\n```';

/** Members with Manage Server (or Administrator), or with a role listed in DISCORD_ADMIN_ROLE_IDS. */
export function isDiscordAdmin(interaction: ChatInputCommandInteraction, adminRoleIds: readonly string[]): boolean {
  if (interaction.memberPermissions?.has(PermissionFlagsBits.ManageGuild)) return true;
  const member = interaction.member;
  if (!member || adminRoleIds.length === 0) return false;
  const roles = Array.isArray(member.roles) ? member.roles : [...member.roles.cache.keys()];
  return roles.some((id) => adminRoleIds.includes(id));
}

/**
 * "Reloaded: 1 note edited (aftercare)." (its ids inert); "Reload failed; …:" followed by the
 * `file:line:col: message` lines in a code block. Lines that do not fit in one message are
 * replaced by a count, so the block always closes.
 */
export function renderAdminReport(report: ReloadReport): string {
  // Ids, paths, field names and file names come from files anyone may have edited: the ids the
  // headline quotes and every problem line go through the inert functions, so none of it can
  // link, mention or reorder what admins read.
  const title = fitWithEchoes(visibleControls(report.headline), report.echoes?.map(visibleControls), LIMITS.content, {
    escape,
    inert,
    fit: (raw, max, render) => escapeWithin(raw, max, render),
  });
  if (report.problems.length === 0) return title;
  const room = LIMITS.content - title.length - OPEN.length - CLOSE.length;
  const lines = report.problems.map((l) => cutLine(inertCode(l), Math.max(1, room - 30)));
  let kept = lines.length;
  const body = () =>
    [...lines.slice(0, kept), ...(kept < lines.length ? [`… and ${lines.length - kept} more`] : [])].join('\n');
  while (kept > 0 && body().length > room) kept -= 1;
  return room > 0 ? `${title}${OPEN}${body()}${CLOSE}` : title;
}

/** Post an admin notice to a channel by id, pinging no one. Rejects with Discord's error on failure. */
export async function postAdminNotice(client: Client, channelId: string, report: ReloadReport): Promise<void> {
  // Straight to REST: the admin channel need not be in the client's cache.
  await client.rest.post(Routes.channelMessages(channelId), {
    body: { content: renderAdminReport(report), allowed_mentions: { parse: [] } },
  });
}

/** A line of at most `max` characters, cut with "…". */
function cutLine(line: string, max: number): string {
  return line.length <= max ? line : `${line.slice(0, max - 1)}…`;
}
