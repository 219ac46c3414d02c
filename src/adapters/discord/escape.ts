// Discord text safety: markdown escaping for text from the knowledge, and `inert` for text a
// user wrote — the one function every Discord echo passes through.
import { truncate } from '../../core/answer/present.js';
import { brokenLinks, visibleControls } from '../shared/inert.js';

const URL_PART = /(https?:\/\/\S+)/;
const INLINE_MARKUP = /[\\*_~`|]/g;
const LINE_MARKUP = /^(\s*)([>#])/gm;
/** A zero-width space after "@" keeps @everyone / @here from even looking like a ping. */
const MASS_MENTION = /@(everyone|here)\b/g;

/**
 * Markdown-escape text from the knowledge, so it shows exactly as written.
 * Linear on purpose: discord.js's escapeMarkdown takes ~40 ms on a 1,000-character word.
 * Links are left alone so Discord still makes them clickable.
 */
export function escape(text: string): string {
  return text
    .split(URL_PART)
    .map((part, i) =>
      i % 2 === 1
        ? part
        : part.replace(INLINE_MARKUP, '\\$&').replace(LINE_MARKUP, '$1\\$2').replace(MASS_MENTION, '@\u200b$1'),
    )
    .join('');
}

/** Escaped text of at most `max` characters (cut before escaping too, as the rest is dropped anyway). */
export function escapeWithin(text: string, max: number, render: (s: string) => string = escape): string {
  return truncate(render(truncate(text, max)), max);
}

/** Every markdown character, the brackets and parentheses of masked links, and "<" of mentions. */
const USER_MARKUP = /[\\*_~`|[\]()<>#-]/g;

/**
 * Text a user wrote, shown only as inert text: controls and bidi characters made visible, every
 * markdown character escaped (so `[label](url)` masked links, `>`/`>>>` quotes, headings and
 * `<@id>`, `<@&id>`, `<#id>` chips show literally), bare URLs broken so Discord cannot link
 * them, and @everyone / @here broken. The `/taser figures force:` echo, the embed title and
 * every other echo pass through here.
 */
export function inert(text: string): string {
  return brokenLinks(visibleControls(text)).replace(USER_MARKUP, '\\$&').replace(MASS_MENTION, '@\u200b$1');
}

/**
 * `inert` for inside a code block, where Discord shows everything literally (no markdown, links
 * or mentions): controls and bidi characters made visible, and backticks replaced by a look-alike
 * so the block cannot close early. Paths and field names keep every character as written.
 */
export function inertCode(text: string): string {
  return visibleControls(text).replaceAll('`', 'ˋ');
}
