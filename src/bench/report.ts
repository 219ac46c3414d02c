// Formats benchmark figures as Markdown tables (to paste into the README) and checks the targets.
import os from 'node:os';
import type { ColdStartFigures } from './cold-start.js';
import type { InstancesFigures } from './instances.js';
import { QUESTION_KINDS } from './questions.js';
import type { SizeFigures } from './size-worker.js';
import type { LoadFigures } from './slack-load.js';
import { formatBytes, formatCount, formatMs } from './stats.js';

/** The targets of issue 6, on a 2-core machine. */
export const TARGETS = {
  indexMs: 5000,
  indexAtPassages: 100_000,
  p99Ms: 5,
  ratio: 1.5,
  coldStartMs: 1000,
  /** Slack's acknowledgement window: no reload may hold the event loop that long. */
  reloadStallMs: 3000,
} as const;

/** Date, cores, memory, Node version and load average: figures mean little without them. */
export function machineLine(date: Date): string {
  const load = os
    .loadavg()
    .map((x) => x.toFixed(1))
    .join(', ');
  return `Benchmark ${date.toISOString().slice(0, 10)} — ${os.cpus().length} cores, ${Math.round(os.totalmem() / 1024 ** 3)} GiB, Node ${process.versions.node}, load average ${load}\n`;
}

const pct = (x: number) => `${Math.round(x * 100)}%`;
const ratio = (a: number, b: number) => `${(a / b).toFixed(1)}×`;

function table(
  header: string[],
  rows: string[][],
  align: ('l' | 'r')[] = header.map((_, i) => (i === 0 ? 'l' : 'r')),
): string {
  return [
    `| ${header.join(' | ')} |`,
    `|${align.map((a) => (a === 'l' ? '---' : '---:')).join('|')}|`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ].join('\n');
}

export function sizeTables(sizes: SizeFigures[]): string {
  if (sizes.length === 0) return '';
  const build = table(
    [
      'Passages',
      'Notes',
      'Forces',
      'Statistics',
      'Validate (loadKnowledge)',
      'Index (createAssistant)',
      'Peak RSS',
      'Passage index as JSON',
      'Passage index alone: build / loadJSON',
    ],
    sizes.map((s) => [
      formatCount(s.passages),
      String(s.notes),
      String(s.forces),
      String(s.statistics),
      formatMs(s.loadMs),
      formatMs(s.buildMs),
      formatBytes(s.peakRssAfterBuild),
      formatBytes(s.serialisedBytes),
      `${formatMs(s.passageIndexBuildMs)} / ${formatMs(s.loadJsonMs)}`,
    ]),
  );
  const queries = table(
    [
      'Passages',
      'Ours p50',
      'Ours p95',
      'Ours p99',
      'Without meaning p50',
      'p99',
      'Plain MiniSearch p50',
      'p95',
      'p99',
      'Ratio p50',
      'Ratio p99',
      'Samples',
    ],
    sizes.map((s) => [
      formatCount(s.passages),
      formatMs(s.ours.all.p50),
      formatMs(s.ours.all.p95),
      formatMs(s.ours.all.p99),
      formatMs(s.oursKeywordsOnly.all.p50),
      formatMs(s.oursKeywordsOnly.all.p99),
      formatMs(s.baseline.all.p50),
      formatMs(s.baseline.all.p95),
      formatMs(s.baseline.all.p99),
      ratio(s.ours.all.p50, s.baseline.all.p50),
      ratio(s.ours.all.p99, s.baseline.all.p99),
      String(s.ours.all.samples),
    ]),
  );
  const kinds = table(
    ['Passages', 'Kind', 'Ours p50', 'Ours p99', 'Plain p50', 'Plain p99', 'Ours answered', 'Plain answered'],
    sizes.flatMap((s) =>
      QUESTION_KINDS.map((k) => [
        formatCount(s.passages),
        k,
        formatMs(s.ours.byKind[k].p50),
        formatMs(s.ours.byKind[k].p99),
        formatMs(s.baseline.byKind[k].p50),
        formatMs(s.baseline.byKind[k].p99),
        pct(s.ours.answered[k]),
        pct(s.baseline.answered[k]),
      ]),
    ),
  );
  const quality = table(
    ['Passages', 'Right note cited first (policy + typo questions): ours', 'plain MiniSearch'],
    sizes.map((s) => [formatCount(s.passages), pct(s.ours.rightNote), pct(s.baseline.rightNote)]),
  );
  const reload = table(
    [
      'Passages',
      'Reload, request to swap',
      'of which restoring here',
      'Longest event-loop stall',
      'Indexing on the event loop (createAssistant)',
    ],
    sizes.map((s) => [
      formatCount(s.passages),
      formatMs(s.reload.totalMs),
      formatMs(s.reload.restoreMs),
      formatMs(s.reload.longestStallMs),
      formatMs(s.buildMs),
    ]),
  );
  return [
    '### Build and memory (each size in its own process)',
    build,
    '',
    '### Query latency: `assistant.answer` vs plain MiniSearch on the same passages',
    queries,
    '',
    '### By question kind',
    kinds,
    '',
    '### Retrieval on the synthetic packs',
    quality,
    '',
    '### Live reload: load, check and index in a worker, restore on the event loop in slices',
    reload,
    '',
  ].join('\n');
}

export function coldStartTable(c: ColdStartFigures): string {
  const p = c.phases;
  return [
    `### Cold start to first answer, bundled knowledge (median of ${c.runs})`,
    table(
      ['Way', 'Time'],
      [
        [
          `\`npm start\` (\`${shortCommand(c.startCommand)}\`): spawn to the terminal prompt`,
          formatMs(c.startToPromptMs),
        ],
        ['… its first start, before the knowledge cache exists', formatMs(c.firstStartToPromptMs)],
        ['`tsx src/adapters/cli/ask.ts QUESTION` (spawn to exit)', formatMs(c.askCommandMs)],
        ['`node --import tsx src/adapters/cli/ask.ts QUESTION` (spawn to exit)', formatMs(c.askNodeImportMs)],
        ['In process, `node --import tsx`: start to first answer', formatMs(p.totalMs)],
        ['… Node start and tsx loader', formatMs(p.bootMs)],
        ['… importing (and compiling) the core', formatMs(p.importMs)],
        ['… loadKnowledge', formatMs(p.loadMs)],
        ['… createAssistant', formatMs(p.buildMs)],
        ['… first answer', formatMs(p.answerMs)],
      ],
    ),
    '',
  ].join('\n');
}

/** `/usr/bin/node --import tsx src/main.ts` as `node --import tsx src/main.ts`. */
function shortCommand(command: string): string {
  return command.replace(/^\S*\bnode\b/, 'node');
}

export function loadTable(l: LoadFigures): string {
  return [
    `### Slack load: ${l.questions} concurrent signed app_mention events, Bolt HTTP receiver on 127.0.0.1, fake Web API`,
    table(
      ['Measure', 'Value'],
      [
        ['Throughput (first request → last reply)', `${l.throughput.toFixed(0)} questions/s (${formatMs(l.wallMs)})`],
        [
          'Reply latency p50 / p95 / p99 (request sent → chat.postMessage received)',
          `${formatMs(l.reply.p50)} / ${formatMs(l.reply.p95)} / ${formatMs(l.reply.p99)}`,
        ],
        [
          'HTTP ack latency p50 / p95 / p99',
          `${formatMs(l.ack.p50)} / ${formatMs(l.ack.p95)} / ${formatMs(l.ack.p99)}`,
        ],
        ['Questions with exactly one reply', `${l.exactlyOne}/${l.questions}`],
        ['Missing / duplicated replies, HTTP errors', `${l.missing} / ${l.duplicated}, ${l.httpErrors}`],
      ],
    ),
    '',
  ].join('\n');
}

/** 1 vs N instances side by side, or why the comparison was skipped. */
export function instancesTable(f: InstancesFigures): string {
  if ('skipped' in f) return `### Instances: skipped — ${f.skipped}\n`;
  const first = f.runs[0]!;
  return [
    `### Instances: ${first.events} signed Slack events (${first.retried} also retried) through a round-robin proxy, bot processes sharing redis-server on 127.0.0.1`,
    table(
      [
        'Instances',
        'Answers/s',
        'Reply p50',
        'Reply p99',
        'Exactly one reply',
        'Duplicated / missing',
        'Unacknowledged',
      ],
      f.runs.map((r) => [
        String(r.instances),
        `${r.throughput.toFixed(1)} (${formatMs(r.wallMs)})`,
        formatMs(r.reply.p50),
        formatMs(r.reply.p99),
        `${r.exactlyOne}/${r.events}`,
        `${r.duplicated} / ${r.missing}`,
        String(r.unacknowledged),
      ]),
    ),
    '',
  ].join('\n');
}

/** One line per target: met or missed, by how much. */
export function targetLines(sizes: SizeFigures[], cold?: ColdStartFigures, load?: LoadFigures): string {
  const lines = ['### Targets'];
  const verdict = (ok: boolean) => (ok ? 'met' : 'MISSED');
  const big = sizes.find((s) => s.passages === TARGETS.indexAtPassages);
  if (big) {
    lines.push(
      `- ${formatCount(big.passages)} passages indexed in under ${formatMs(TARGETS.indexMs)}: ${verdict(big.buildMs < TARGETS.indexMs)} — createAssistant ${formatMs(big.buildMs)}; with validation (loadKnowledge) ${formatMs(big.loadMs + big.buildMs)}`,
    );
  }
  for (const s of sizes) {
    lines.push(
      `- ${formatCount(s.passages)}: a reload holds the event loop under ${formatMs(TARGETS.reloadStallMs)}: ${verdict(s.reload.longestStallMs < TARGETS.reloadStallMs)} (longest stall ${formatMs(s.reload.longestStallMs)})`,
      `- ${formatCount(s.passages)}: query p99 under ${TARGETS.p99Ms} ms: ${verdict(s.ours.all.p99 < TARGETS.p99Ms)} (${formatMs(s.ours.all.p99)}); within ${TARGETS.ratio}× plain MiniSearch: ${verdict(s.ours.all.p50 <= TARGETS.ratio * s.baseline.all.p50 && s.ours.all.p99 <= TARGETS.ratio * s.baseline.all.p99)} (p50 ${ratio(s.ours.all.p50, s.baseline.all.p50)}, p99 ${ratio(s.ours.all.p99, s.baseline.all.p99)})`,
    );
  }
  if (cold)
    lines.push(
      `- Cold start to first answer under ${formatMs(TARGETS.coldStartMs)}: ${verdict(cold.askCommandMs < TARGETS.coldStartMs)} (ask command ${formatMs(cold.askCommandMs)}; in process ${formatMs(cold.phases.totalMs)}, of which Node + tsx + imports ${formatMs(cold.phases.bootMs + cold.phases.importMs)})`,
      `- \`npm start\` to the terminal prompt under ${formatMs(TARGETS.coldStartMs)}: ${verdict(cold.startToPromptMs < TARGETS.coldStartMs)} (${formatMs(cold.startToPromptMs)}; ${formatMs(cold.firstStartToPromptMs)} the first time, before the knowledge cache exists)`,
    );
  if (load)
    lines.push(
      `- Every question got exactly one reply: ${verdict(load.exactlyOne === load.questions)} (${load.exactlyOne}/${load.questions})`,
    );
  return `${lines.join('\n')}\n`;
}
