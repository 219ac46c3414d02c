// The usage report for one or more log files (one per instance): streams them through the report
// in time order, noting lines skipped.
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { readUsageLog, type SkippedLine } from '../usage/read-usage.js';
import { USAGE_FILE, type UsageEvent } from '../usage/usage-log.js';
import { buildUsageReport, type ReportOptions, type UsageReport } from './usage-report.js';

/** Skipped lines listed by number; beyond this only the count is kept. */
const SKIPPED_LISTED = 10;

/** `usage.jsonl` and each instance's `usage-<INSTANCE_ID>.jsonl` (see usageFileName). */
const USAGE_LOG_NAME = /^usage(-[A-Za-z0-9_.-]+)?\.jsonl$/;

export interface FileReport extends UsageReport {
  /** The logs read, merged in time order. */
  files: string[];
  skipped: { count: number; lines: (SkippedLine & { file: string })[] };
}

/**
 * Every usage log in `dataDir`, sorted by name; `[dataDir/usage.jsonl]` when there is none, so
 * reading it says plainly that no log exists there. Throws when the folder cannot be listed.
 */
export async function usageLogFiles(dataDir: string): Promise<string[]> {
  const names = await readdir(dataDir).catch((e: NodeJS.ErrnoException) => {
    if (e.code === 'ENOENT' || e.code === 'ENOTDIR') return [];
    throw e;
  });
  const logs = names.filter((n) => USAGE_LOG_NAME.test(n)).sort();
  return (logs.length > 0 ? logs : [USAGE_FILE]).map((n) => path.join(dataDir, n));
}

/**
 * Build the report for `files` (several instances' logs) as one log: their events merged by time,
 * so a vote cast on one instance for an answer given on another, or a changed vote, counts as in
 * one log. Throws UsageLogError when a file cannot be read at all.
 */
export async function reportUsageFiles(files: string[], options: ReportOptions = {}): Promise<FileReport> {
  const skipped: FileReport['skipped'] = { count: 0, lines: [] };
  const streams = files.map((file) =>
    readUsageLog(file, {
      onSkip: (s) => {
        skipped.count += 1;
        if (skipped.lines.length < SKIPPED_LISTED) skipped.lines.push({ file, ...s });
      },
    }),
  );
  const report = await buildUsageReport(mergeByTime(streams), options);
  return { files, ...report, skipped };
}

/** Each log is in time order (appended as events happen): yield the earliest head each time. */
async function* mergeByTime(streams: AsyncGenerator<UsageEvent>[]): AsyncGenerator<UsageEvent> {
  const heads: { stream: AsyncGenerator<UsageEvent>; event: UsageEvent }[] = [];
  for (const stream of streams) {
    const next = await stream.next();
    if (!next.done) heads.push({ stream, event: next.value });
  }
  while (heads.length > 0) {
    let earliest = 0;
    for (let i = 1; i < heads.length; i++)
      if (Date.parse(heads[i]!.event.at) < Date.parse(heads[earliest]!.event.at)) earliest = i;
    const head = heads[earliest]!;
    yield head.event;
    const next = await head.stream.next();
    if (next.done) heads.splice(earliest, 1);
    else head.event = next.value;
  }
}
