// The usage report for a log file: streams the file through the report, noting lines skipped.
import { readUsageLog, type SkippedLine } from '../usage/read-usage.js';
import { buildUsageReport, type ReportOptions, type UsageReport } from './usage-report.js';

/** Skipped lines listed by number; beyond this only the count is kept. */
const SKIPPED_LISTED = 10;

export interface FileReport extends UsageReport {
  file: string;
  skipped: { count: number; lines: SkippedLine[] };
}

/** Build the report for `file`; throws UsageLogError when the file cannot be read at all. */
export async function reportUsageFile(file: string, options: ReportOptions = {}): Promise<FileReport> {
  const skipped = { count: 0, lines: [] as SkippedLine[] };
  const events = readUsageLog(file, {
    onSkip: (s) => {
      skipped.count += 1;
      if (skipped.lines.length < SKIPPED_LISTED) skipped.lines.push(s);
    },
  });
  const report = await buildUsageReport(events, options);
  return { file, ...report, skipped };
}
