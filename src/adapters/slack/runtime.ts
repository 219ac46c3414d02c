// What every Slack listener shares, built once in app.ts.
import type { StateStore } from '../../core/state/state-store.js';
import type { Audience } from '../../core/types.js';
import type { ReloadRuntime } from '../shared/reload.js';
import type { TurnRuntime } from '../shared/turn.js';
import type { SlackMessage } from './render.js';

/** Context a /taser subcommand runs with. */
export interface SubcommandContext {
  /** Text after the subcommand word. */
  args: string;
  user: string;
  channel: string;
  /** True when the user is listed in SLACK_ADMIN_USER_IDS. */
  isAdmin: boolean;
  /** Replies only the user sees. */
  respond: (message: SlackMessage) => Promise<void>;
  rt: SlackRuntime;
}

/**
 * A `/taser <word>` subcommand. The seam for admin commands (e.g. `reload`, see reload.ts):
 * add an entry to the map passed to createSlackApp.
 */
export interface SlashSubcommand {
  /** When false, `/taser <word> more words` is treated as a question, not this subcommand. */
  takesArguments: boolean;
  run(ctx: SubcommandContext): Promise<void>;
}

export interface SlackRuntime extends TurnRuntime, ReloadRuntime {
  /** SLACK_AUDIENCE: which knowledge this workspace may see. */
  audience: Audience;
  /** Where handled event ids and message ids are claimed (shared by every instance with Redis). */
  state: StateStore;
  adminUserIds: readonly string[];
  subcommands: Readonly<Record<string, SlashSubcommand>>;
}
