// `npm run eval`: every evaluation pack (the bundled knowledge and each folder of test/eval/packs)
// against this project and plain MiniSearch, per pack and pooled.
// `npm run eval -- [--knowledge DIR] FILE.yaml`: one question file; prints each miss and the pass
// rate and exits 1 below 100%, so it can gate changes to knowledge or code. With `--baseline` it
// also answers FILE with plain MiniSearch and prints both side by side.
import { evaluate, type EvalSummary } from '../../core/eval/evaluate.js';
import { BaselineAnswerer, compareSummaries, comparisonTable } from '../../core/eval/baseline.js';
import { crossPackTable, discoverPacks, evaluatePack, type EvalPack } from '../../core/eval/cross-pack.js';
import { readQuestionFile } from '../../core/eval/question-file.js';
import { answerText, formatRate } from '../../core/answer/present.js';
import { audienceOption, knowledgeDir, meaningOption, parseCommandLine } from './args.js';
import { assistantOrExit } from './load.js';

const USAGE = `Usage: npm run eval -- [--packs DIR] [--misses] [--no-meaning]
       npm run eval -- [--knowledge DIR] [--audience public|internal] [--baseline] [--no-meaning] FILE.yaml
  (no FILE)   every pack: the bundled knowledge with test/eval/bundled-questions.yaml, and each
              folder of --packs (default test/eval/packs) holding knowledge/ and questions.yaml.
  --misses    with no FILE: also print every question this project got wrong.
  --no-meaning  keep the search's own order of notes (as MEANING_MODEL=off does for the bot), to
              measure what ordering them by meaning adds.
  --baseline  also answer FILE with plain MiniSearch (default options, same passages) and compare;
              exits 1 when this project falls behind the baseline on any measure.`;

const BUNDLED: EvalPack = {
  name: 'bundled',
  knowledgeDir: 'knowledge',
  questionsFile: 'test/eval/bundled-questions.yaml',
};

const { values, positionals } = parseCommandLine(USAGE, {
  audience: { type: 'string' },
  baseline: { type: 'boolean' },
  packs: { type: 'string' },
  misses: { type: 'boolean' },
  'no-meaning': { type: 'boolean' },
});
const options = values['no-meaning'] ? { meaning: false as const } : meaningOption();
const file = positionals[0];
if (file) await evaluateFile(file);
else await evaluateAllPacks(values.packs ?? 'test/eval/packs');

async function evaluateAllPacks(dir: string): Promise<void> {
  const found = await discoverPacks(dir).catch((e: Error) => {
    process.stderr.write(`${e.message}\n`);
    process.exit(2);
  });
  const packs = [BUNDLED, ...found];
  const results = [];
  for (const pack of packs) {
    const result = await evaluatePack(pack, 'public', options).catch((e: Error) => {
      process.stderr.write(`${e.message}\n`);
      process.exit(1);
    });
    if (values.misses) printMisses(result.project, `[${pack.name}] `);
    results.push(result);
  }
  process.stdout.write(`${crossPackTable(results)}\n`);
}

async function evaluateFile(questionFile: string): Promise<void> {
  const audience = audienceOption(values.audience);
  const assistant = await assistantOrExit(knowledgeDir(values.knowledge), options);
  const questions = await readQuestionFile(questionFile).catch((e: Error) => {
    process.stderr.write(`${e.message}\n`);
    process.exit(2);
  });
  const summary = await evaluate(questions, (q) => assistant.answer(q, { audience, platform: 'eval' }));
  printMisses(summary);
  if (values.baseline) {
    const baseline = new BaselineAnswerer(assistant.knowledge);
    const rows = compareSummaries(summary, await evaluate(questions, (q) => baseline.answer(q, audience)));
    process.stdout.write(`${comparisonTable(rows)}\n`);
    process.exitCode = rows.every((r) => r.notBehind) ? 0 : 1;
  } else {
    process.stdout.write(
      `${summary.passed}/${summary.total} passed (${formatRate(summary.passed / summary.total)}); right answers ${formatRate(summary.rightAnswerRate)}, refusals ${formatRate(summary.refusalRate)}, MRR ${summary.meanReciprocalRank.toFixed(3)}\n`,
    );
    process.exitCode = summary.passed === summary.total ? 0 : 1;
  }
}

function printMisses(s: EvalSummary, prefix = ''): void {
  for (const r of s.results.filter((x) => !x.passed)) {
    process.stdout.write(
      `${prefix}MISS  ${r.question.ask}\n      ${r.misses.join('; ')}\n      answer: ${answerText(r.answer).replace(/\n/g, ' ').slice(0, 240)}\n`,
    );
  }
}
