// Slack text safety. Everything that comes from a question or from the knowledge passes through
// here on its way out, so nothing we post can format a link, ping a channel, a group or a person.
// Text a user wrote goes through `inertMrkdwn`, the one function for every Slack echo.
import { brokenLinks, visibleControls } from '../shared/inert.js';

/** Zero-width space: breaks a mention token without changing what the reader sees. */
const ZWSP = '\u200B';

/** Words Slack may turn into a broadcast ping when written as plain text. */
const BROADCAST_WORDS = /@(channel|here|everyone)\b/gi;

/** "@here" → "@\u200Bhere": reads the same, pings no one. */
function neutraliseBroadcastWords(text: string): string {
  return text.replace(BROADCAST_WORDS, `@${ZWSP}$1`);
}

/**
 * Text for a mrkdwn field: escapes the three control characters (&, <, >), so `<!channel>`,
 * `<@U123>`, `<!subteam^…>` and `<url|label>` show as literal text, and breaks @here-style words.
 */
export function escapeMrkdwn(text: string): string {
  const escaped = text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return neutraliseBroadcastWords(escaped);
}

/**
 * Text for a plain_text field (buttons, headers): Slack shows it literally, so it is not
 * entity-escaped, but mention-looking tokens are still broken in case a client parses them.
 */
export function safePlainText(text: string): string {
  return neutraliseBroadcastWords(text.replace(/<([!@#])/g, `<${ZWSP}$1`));
}

/** mrkdwn characters that format (bold, italic, strike, code) or link, and look-alikes that cannot. */
const FORMATTING: Record<string, string> = { '*': '∗', _: 'ˍ', '~': '˜', '`': 'ˋ', '#': '＃', '@': '＠', '|': '¦' };

/**
 * Text a user wrote, for mrkdwn, shown only as inert text: controls and bidi characters made
 * visible, `*bold*`, `_italic_`, `~strike~`, code, `#channel` and `@name` shown with look-alikes
 * that cannot format or link, URLs and bare domains broken so Slack cannot auto-link them, and
 * &, <, > escaped. Every Slack echo (the "Understood as" line, the share preface, the asker's
 * words inside an answer) passes through here.
 */
export function inertMrkdwn(text: string): string {
  const visible = brokenLinks(visibleControls(text)).replace(/[*_~`#@|]/g, (c) => FORMATTING[c] ?? c);
  return visible.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Text for inside a ``` code block: escaped like mrkdwn, and unable to close the block early. */
export function escapeCode(text: string): string {
  return escapeMrkdwn(text).replace(/```/g, `\`${ZWSP}\`\``);
}

/**
 * `inertMrkdwn` for inside a ``` code block, where nothing formats but Slack may still link
 * URLs: controls and bidi characters made visible, `://` and `www.` broken, mentions and
 * broadcasts escaped, and no way to close the block early. Paths and field names keep their `_`,
 * `*` and dots as written, so an admin can copy them.
 */
export function inertCode(text: string): string {
  const unlinked = visibleControls(text)
    .replace(/:\/\//g, '\uA789//')
    .replace(/\bwww\./gi, (w) => `${w.slice(0, 3)}\u2024`);
  return escapeCode(unlinked);
}

/** A mrkdwn link `<url|label>` when the URL is a plain http(s) address; otherwise just the label. */
export function mrkdwnLink(url: string | undefined, label: string): string {
  if (!url || !/^https?:\/\/[^\s<>|]+$/i.test(url)) return escapeMrkdwn(label);
  // A "|" in the label would end the link text early.
  return `<${url.replace(/&/g, '&amp;')}|${escapeMrkdwn(label).replace(/\|/g, '¦')}>`;
}

/**
 * Turn the text of a Slack message into the question a person typed: drops mentions of the bot,
 * shows other mentions, channels and links as the words a reader sees, and decodes &amp; &lt; &gt;.
 */
export function questionFromSlackText(text: string, botUserId?: string): string {
  const decoded = text.replace(/<([^<>]*)>/g, (_whole, inner: string) => readableToken(inner, botUserId));
  return decoded.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&').replace(/\s+/g, ' ').trim();
}

/** What a reader sees for one `<…>` token of Slack's message format. */
function readableToken(inner: string, botUserId: string | undefined): string {
  const bar = inner.indexOf('|');
  const target = bar === -1 ? inner : inner.slice(0, bar);
  const label = bar === -1 ? undefined : inner.slice(bar + 1);
  if (target.startsWith('@')) {
    if (botUserId && target.slice(1) === botUserId) return ' ';
    return label ? `@${label.replace(/^@/, '')}` : target;
  }
  if (target.startsWith('#')) return `#${label ?? 'channel'}`;
  if (target.startsWith('!')) {
    const [command] = target.slice(1).split('^');
    if (label) return label.startsWith('@') || command === 'date' ? label : `@${label}`;
    return command === 'subteam' ? '@group' : `@${command}`;
  }
  return label ?? target;
}
