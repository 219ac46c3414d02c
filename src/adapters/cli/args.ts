// Command-line options shared by the CLI commands (node:util parseArgs, no extra dependency).
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { DEFAULT_KNOWLEDGE_DIR } from '../../config.js';

/** Parse argv with the common `--knowledge DIR` option added; exits 2 with usage on bad options. */
export function parseCommandLine<T extends NonNullable<ParseArgsConfig['options']>>(usage: string, options: T, argv = process.argv.slice(2)) {
  try {
    const parsed = parseArgs({
      args: argv,
      options: { ...options, knowledge: { type: 'string', short: 'k' }, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
      strict: true,
    });
    if (parsed.values.help) {
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
