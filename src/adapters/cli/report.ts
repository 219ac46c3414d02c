// `npm run report -- [--since DATE] [--data DIR] [--knowledge DIR] [--top N] [--json]`: what admins
// learn from use — unanswered questions grouped, notes with the most 👎, the most asked topics.
import { DEFAULT_DATA_DIR } from '../../config.js';
import { loadKnowledge } from '../../core/knowledge/load.js';
import { formatReport } from '../../core/report/format-report.js';
import { reportUsageFiles, usageLogFiles } from '../../core/report/report-file.js';
import { DEFAULT_TOP } from '../../core/report/usage-report.js';
import { isRealDate } from '../../core/text/dates.js';
import { UsageLogError } from '../../core/usage/read-usage.js';
import { USAGE_FILE } from '../../core/usage/usage-log.js';
import type { Knowledge } from '../../core/types.js';
import { knowledgeDir, parseCommandLine } from './args.js';

const USAGE = `Usage: npm run --silent report -- [--since DATE] [--data DIR] [--knowledge DIR] [--top N] [--json]
  --since DATE     only use from this date (YYYY-MM-DD, or an ISO date and time)
  --data DIR       folder holding ${USAGE_FILE}, or each instance's usage-ID.jsonl, merged
                   (default: DATA_DIR, else ./${DEFAULT_DATA_DIR})
  --knowledge DIR  knowledge used to name topics and notes (default: KNOWLEDGE_DIR, else ./knowledge)
  --top N          rows per section (default ${DEFAULT_TOP})
  --json           print the report as JSON`;

const { values } = parseCommandLine(USAGE, {
  since: { type: 'string' },
  data: { type: 'string' },
  top: { type: 'string' },
  json: { type: 'boolean' },
});

const since = values.since === undefined ? undefined : parseSince(values.since);
const top = values.top === undefined ? DEFAULT_TOP : parseTop(values.top);
const dataDir = values.data || process.env.DATA_DIR || DEFAULT_DATA_DIR;
const knowledge = await topicsFrom(knowledgeDir(values.knowledge));

try {
  const report = await reportUsageFiles(await usageLogFiles(dataDir), { since, knowledge, top });
  process.stdout.write(values.json ? `${JSON.stringify(report, null, 2)}\n` : formatReport(report));
} catch (e) {
  if (!(e instanceof UsageLogError)) throw e;
  process.stderr.write(`${e.message}\n`);
  process.exitCode = 1;
}

function parseSince(value: string): Date {
  const time =
    /^\d{4}-\d{2}-\d{2}$/.test(value) && isRealDate(value)
      ? Date.parse(`${value}T00:00:00Z`)
      : /^\d{4}-\d{2}-\d{2}T/.test(value)
        ? Date.parse(value)
        : NaN;
  if (Number.isNaN(time)) fail(`--since must be a date such as 2026-01-31 (or an ISO date and time); got "${value}"`);
  return new Date(time);
}

function parseTop(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) fail(`--top must be a whole number of at least 1; got "${value}"`);
  return n;
}

/** The knowledge, to name topics; without it the report falls back to note ids and says why. */
async function topicsFrom(dir: string): Promise<Knowledge | undefined> {
  const { knowledge, problems } = await loadKnowledge(dir);
  if (!knowledge) {
    const first = problems.find((p) => p.severity === 'error');
    process.stderr.write(
      `Topics are shown as note ids: the knowledge in ${dir} could not be loaded${first ? ` (${first.message})` : ''}; npm run validate says more.\n`,
    );
  }
  return knowledge;
}

function fail(message: string): never {
  process.stderr.write(`${message}\n\n${USAGE}\n`);
  process.exit(2);
}
