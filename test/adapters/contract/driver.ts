// The neutral test driver every platform's contract run goes through (in the spirit of hubot's
// DummyAdapter and errbot's test backend): ask, click, lastReply — whatever the platform.
// A new platform adds one driver file here and one line in drivers.ts (see README.md).
import type { Audience } from '../../../src/core/types.js';
import type { MemoryUsageLog } from '../../../src/core/usage/usage-log.js';

/** A reply as a person reads it, whatever the markup. */
export interface Reply {
  /** Every text the reply shows (answer, figures, sources, notices, buttons), in order, one per line. */
  text: string;
  /** The citation lines, e.g. "[1] Northshire Conducted Energy Device Manual — Northshire Police, 2024-05-01". */
  citations: string[];
  /** Suggested questions offered (as buttons or lines). */
  suggestions: string[];
  /** True when everyone in the conversation sees it; false when only the asker does. */
  public: boolean;
  /** The platform's own payload, for the inertness check. */
  raw: unknown;
}

/** What a click can be on the last reply. */
export type Click = 'share' | 'helpful' | 'not-helpful' | { suggestion: number };

export interface DriverOptions {
  pack: string;
  /** The audience of the conversations the driver asks in. */
  audience: Audience;
}

export interface Driver {
  readonly name: string;
  /**
   * What this platform offers; specs that need a missing capability are skipped for it.
   * `people`: several people share a conversation (the terminal has one person). `understood`:
   * a reply shows the question as the bot understood it (a rewritten follow-up, a title), which
   * is the asker's own text; the terminal shows only the answer.
   */
  readonly can: {
    click: boolean;
    share: boolean;
    figures: boolean;
    autocomplete: boolean;
    people: boolean;
    understood: boolean;
  };
  /** The usage and feedback log behind the bot. */
  readonly usage: MemoryUsageLog;
  /**
   * Ask as `user` (default the driver's one asker): privately (e.g. a slash command, where the
   * platform has one), or with `shared` in a conversation everyone sees (a thread, a channel).
   * Follow-ups continue the conversation. Resolves with the reply.
   */
  ask(question: string, options?: { user?: string; shared?: boolean }): Promise<Reply>;
  /** Click a button of the last reply; resolves with the reply the click produced. */
  click(click: Click): Promise<Reply>;
  /** `/taser figures force:<force>` (free text), where the platform has it. */
  figures(force: string): Promise<Reply>;
  /** What autocomplete offers for `typed`, as a reply whose raw payload is the choices. */
  autocomplete(typed: string): Promise<Reply>;
  lastReply(): Reply;
  /** How many replies the bot has sent since the driver started. */
  replyCount(): number;
  /**
   * Every live element of a raw payload that came from hostile input: a link, a mention or a
   * channel chip the platform would render, formatting, a control or bidi character.
   */
  live(raw: unknown): string[];
  close(): Promise<void>;
}

/** Control and bidi characters no reply may carry (line breaks and tabs aside). */
// eslint-disable-next-line no-control-regex
export const CONTROL_OR_BIDI = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;

/** Every string inside a JSON-like value. */
export function stringsIn(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(stringsIn);
  if (value && typeof value === 'object') return Object.values(value).flatMap(stringsIn);
  return [];
}
