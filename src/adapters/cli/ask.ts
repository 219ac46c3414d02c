// `npm run --silent ask -- [--json] [--chart FILE] [--knowledge DIR] ["question"]`: one answer per
// question. With no question it reads standard input, one question per line (blank lines skipped).
import { createInterface } from 'node:readline';
import type { Answer } from '../../core/types.js';
import { audienceOption, knowledgeDir, meaningOption, parseCommandLine } from './args.js';
import { chartFileLine, writeChartFile } from './chart-file.js';
import { answerJson, answerOrFault } from './ask-lines.js';
import { assistantOrExit } from './load.js';
import { renderAnswer, terminalStyle, wantsColour } from './render.js';

const USAGE =
  'Usage: npm run --silent ask -- [--json] [--chart FILE] [--knowledge DIR] [--audience public|internal] ["question"]\n  Without a question, reads questions from standard input, one per line.\n  --chart FILE  draw a ranking, comparison or trend as a PNG in FILE (needs a question argument).';

const { values, positionals } = parseCommandLine(USAGE, {
  json: { type: 'boolean' },
  audience: { type: 'string' },
  chart: { type: 'string' },
});
if (values.chart !== undefined && positionals.length === 0) {
  process.stderr.write(`--chart needs the question as an argument (one answer, one file)\n\n${USAGE}\n`);
  process.exit(2);
}
const audience = audienceOption(values.audience);
const assistant = await assistantOrExit(knowledgeDir(values.knowledge), meaningOption());
const json = Boolean(values.json);
const style = terminalStyle(!json && wantsColour(process.stdout));

async function print(question: string): Promise<void> {
  const result = await answerOrFault(question, (q) => assistant.answer(q, { audience, platform: 'cli' }));
  if ('fault' in result) {
    process.stderr.write(`${result.fault.log}\n`);
    process.stdout.write(json ? `${result.fault.json}\n` : `${result.fault.text}\n\n`);
    return;
  }
  const { answer } = result;
  const chartFile = values.chart === undefined ? undefined : await chartOrExit(answer, values.chart);
  const chart = chartFile === undefined ? {} : { chartFile };
  const chartLine = chartFile === undefined ? '' : `${chartFileLine(chartFile)}\n\n`;
  process.stdout.write(
    json ? `${answerJson(question, answer, chart)}\n` : `${renderAnswer(answer, style)}\n\n${chartLine}`,
  );
}

/** Write the chart, or say why it could not be written and exit 1 (a bad path is the user's to fix). */
async function chartOrExit(answer: Answer, file: string): Promise<string | null> {
  try {
    return await writeChartFile(answer, file);
  } catch (e) {
    process.stderr.write(`${(e as Error).message}\n`);
    process.exit(1);
  }
}

if (positionals.length > 0) {
  await print(positionals.join(' '));
} else {
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of lines) {
    if (line.trim() !== '') await print(line);
  }
}
