// Teams text safety. Cards show every text as an Adaptive Card TextRun, which Teams never parses
// as Markdown and which cannot carry a mention; what is left to neutralise is what a client may
// still act on: control and bidi characters that reorder or hide text, and link-looking text that
// a client might make clickable. Links are offered only where the renderer sets one on purpose.

/** Zero-width space: splits a link-looking token without changing what the reader sees. */
const ZWSP = '\u200B';

/**
 * Control, format (zero-width, bidi embedding/override/isolate) and line/paragraph separator
 * characters; line feeds are kept, as paragraphs and chart lines need them.
 */
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu;

/** Scheme links, "www." hosts, e-mail addresses and bare host names such as evil.example. */
const LINK_LIKE =
  /\b[a-z][a-z0-9+.-]*:\/\/\S+|\bwww\.\S+|[^\s@]+@[^\s@]+\.[^\s@]+|\b[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}\b/giu;

/** Text that shows exactly as written and can do nothing: no hidden reordering, no live links. */
export function inert(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(INVISIBLE, (ch) => (ch === '\n' ? ch : ch === '\t' ? ' ' : ''))
    .replace(LINK_LIKE, (link) => link.replace(/[.:@/]/g, (ch) => `${ch}${ZWSP}`));
}

/** Common HTML entities in Teams message text, decoded (a Map: "&constructor;" names no entity). */
const ENTITIES = new Map([
  ['amp', '&'],
  ['lt', '<'],
  ['gt', '>'],
  ['quot', '"'],
  ['apos', "'"],
  ['nbsp', ' '],
]);

/**
 * The words a person typed, from the `text` of a Teams message: `<at>…</at>` mentions of others
 * become their names, any other tag is dropped, and HTML entities are decoded. (Mentions of the
 * bot are removed before this; see question.ts.)
 */
export function plainFromTeamsText(text: string): string {
  return text
    .replace(/<at[^>]*>([\s\S]*?)<\/at>/gi, '$1')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
      if (name.startsWith('#')) {
        const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
        return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
      }
      return ENTITIES.get(name.toLowerCase()) ?? whole;
    })
    .replace(/\s+/g, ' ')
    .trim();
}
