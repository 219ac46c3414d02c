// Reads the usage log back, one line at a time so a log of any size fits in memory.
// A line cut short by a crash (or edited by hand into nonsense) is skipped and reported, never fatal.
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { z } from 'zod';
import type { UsageEvent } from './usage-log.js';

const timestamp = z.string().refine((v) => !Number.isNaN(Date.parse(v)), 'not a date and time');
const ids = z.array(z.string()).default([]);

const eventSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('question'),
    at: timestamp,
    answerId: z.string(),
    question: z.string(),
    status: z.enum(['answered', 'no_answer']),
    notes: ids,
    statistics: ids,
    platform: z.string().optional(),
    user: z.string().optional(),
  }),
  z.object({
    type: z.literal('feedback'),
    at: timestamp,
    answerId: z.string(),
    vote: z.enum(['up', 'down']),
    notes: ids,
    question: z.string().optional(),
    platform: z.string().optional(),
    user: z.string().optional(),
  }),
]);

/** A line that could not be read as an event: its 1-based number and why. */
export interface SkippedLine {
  line: number;
  reason: string;
}

export interface ReadUsageOptions {
  /** Told about every line skipped; skipping is silent without it. */
  onSkip?: (skipped: SkippedLine) => void;
}

/** Thrown when the log file itself cannot be read (missing, a folder, no permission). */
export class UsageLogError extends Error {
  constructor(
    message: string,
    readonly code?: string,
  ) {
    super(message);
    this.name = 'UsageLogError';
  }
}

/** Every well-formed event in `file`, in order; blank lines ignored, unreadable lines skipped. */
export async function* readUsageLog(file: string, options: ReadUsageOptions = {}): AsyncGenerator<UsageEvent> {
  const lines = createInterface({ input: createReadStream(file, { encoding: 'utf8' }), crlfDelay: Infinity });
  let n = 0;
  try {
    for await (const text of lines) {
      n += 1;
      if (text.trim() === '') continue;
      const event = parseLine(text);
      if (typeof event === 'string') options.onSkip?.({ line: n, reason: event });
      else yield event;
    }
  } catch (e) {
    throw toUsageLogError(file, e);
  } finally {
    lines.close();
  }
}

/** The event on one line, or why it is not one. */
function parseLine(text: string): UsageEvent | string {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    // Not JSON: typically the last line of a crashed run, cut short. The reason is the result.
    return 'not a complete JSON line (cut short by a crash?)';
  }
  const type = (json as { type?: unknown } | null)?.type;
  if (type !== 'question' && type !== 'feedback')
    return `not a usage event: type must be "question" or "feedback" (got ${JSON.stringify(type) ?? 'nothing'})`;
  const parsed = eventSchema.safeParse(json);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  return `not a usage event: ${issue ? `${issue.path.join('.') || 'line'}: ${issue.message}` : 'unexpected shape'}`;
}

function toUsageLogError(file: string, e: unknown): Error {
  const error = e as NodeJS.ErrnoException;
  if (error.code === 'ENOENT') {
    return new UsageLogError(
      `No usage log at ${file}: the bot writes it when the first question is asked (check --data or DATA_DIR).`,
      error.code,
    );
  }
  if (error.code === 'EISDIR') return new UsageLogError(`${file} is a folder, not the usage log file.`, error.code);
  if (error.code === 'EACCES') return new UsageLogError(`No permission to read the usage log ${file}.`, error.code);
  return e instanceof Error ? e : new Error(String(e));
}
