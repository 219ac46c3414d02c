// Command-line options shared by the CLI commands (node:util parseArgs, no extra dependency).
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { DEFAULT_KNOWLEDGE_DIR, meaningModel } from '../../config.js';
import type { Audience } from '../../core/types.js';

/** Parse argv with the common `--knowledge DIR` option added; exits 2 with usage on bad options. */
export function parseCommandLine<T extends NonNullable<ParseArgsConfig['options']>>(
  usage: string,
  options: T,
  argv = process.argv.slice(2),
) {
  try {
    const parsed = parseArgs({
      args: argv,
      options: { ...options, knowledge: { type: 'string', short: 'k' }, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
      strict: true,
    });
    if ((parsed.values as Record<string, unknown>).help) {
      process.stdout.write(`${usage}\n`);
      process.exit(0);
    }
    return parsed;
  } catch (e) {
    process.stderr.write(`${(e as Error).message}\n\n${usage}\n`);
    process.exit(2);
  }
}

/** `--knowledge DIR`, else KNOWLEDGE_DIR, else the bundled knowledge. */
export function knowledgeDir(flag: unknown): string {
  return typeof flag === 'string' && flag !== '' ? flag : process.env.KNOWLEDGE_DIR || DEFAULT_KNOWLEDGE_DIR;
}

/** `--audience`, else CLI_AUDIENCE, else public: internal notes are shown only when asked for. */
export function audienceOption(flag: unknown): Audience {
  const value = typeof flag === 'string' ? flag : process.env.CLI_AUDIENCE || 'public';
  if (value !== 'public' && value !== 'internal') {
    process.stderr.write(`--audience must be "public" or "internal" (got "${value}")\n`);
    process.exit(2);
  }
  return value;
}

/** MEANING_MODEL, read by the bot's own rule (config.ts): `off` keeps the search's own order of notes (default on). */
export function meaningOption(): { meaning?: false } {
  const value = meaningModel.safeParse(process.env.MEANING_MODEL);
  if (!value.success) {
    process.stderr.write(`MEANING_MODEL must be "on" or "off" (got "${process.env.MEANING_MODEL}")\n`);
    process.exit(2);
  }
  return value.data === 'off' ? { meaning: false } : {};
}
