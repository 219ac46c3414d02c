// Evaluation over many knowledge packs at once: each pack's questions against this project and
// against plain MiniSearch, per pack and pooled, so retrieval is judged on knowledge it was not
// written alongside.
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { createAssistant, type AssistantOptions } from '../create-assistant.js';
import { loadKnowledge } from '../knowledge/load.js';
import { errors, formatProblem } from '../knowledge/problems.js';
import type { Audience } from '../types.js';
import { BaselineAnswerer } from './baseline.js';
import { evaluate, noOutcomes, OUTCOMES, share, type EvalSummary, type Outcome } from './evaluate.js';
import { formatRate } from '../answer/present.js';
import { readQuestionFile, type EvalQuestion } from './question-file.js';

/** A knowledge pack with its question file. */
export interface EvalPack {
  name: string;
  knowledgeDir: string;
  questionsFile: string;
}

export interface PackResult {
  pack: EvalPack;
  project: EvalSummary;
  baseline: EvalSummary;
  /**
   * Answerable questions none of whose expected facts any note of the pack says: the source had
   * the fact but the pack's author left it out. Worked out from the files, before any answer; the
   * question is still scored as written, and the honest answer to it is a refusal.
   */
  lacking: number;
}

/** In a packs folder, each sub-folder holding `knowledge/` and `questions.yaml` is a pack. */
export async function discoverPacks(dir: string): Promise<EvalPack[]> {
  if (!(await isDirectory(dir))) throw new Error(`${dir}: no such folder of evaluation packs`);
  const names = (await readdir(dir)).sort();
  const packs: EvalPack[] = [];
  for (const name of names) {
    const knowledgeDir = path.join(dir, name, 'knowledge');
    const questionsFile = path.join(dir, name, 'questions.yaml');
    if ((await isDirectory(knowledgeDir)) && (await isFile(questionsFile)))
      packs.push({ name, knowledgeDir, questionsFile });
  }
  return packs;
}

/** Ask a pack's questions of this project (built with `options`) and of plain MiniSearch over the same passages. */
export async function evaluatePack(
  pack: EvalPack,
  audience: Audience = 'public',
  options: AssistantOptions = {},
): Promise<PackResult> {
  const { knowledge, problems } = await loadKnowledge(pack.knowledgeDir);
  if (!knowledge) {
    throw new Error(
      `${pack.name}: the knowledge in ${pack.knowledgeDir} is invalid:\n${errors(problems).map(formatProblem).join('\n')}`,
    );
  }
  const questions = await readQuestionFile(pack.questionsFile);
  const assistant = createAssistant(knowledge, options);
  const baseline = new BaselineAnswerer(knowledge);
  const said = knowledge.notes.map((n) => `${n.text}\n${n.quote ?? ''}`.toLowerCase());
  return {
    pack,
    project: await evaluate(questions, (q) => assistant.answer(q, { audience, platform: 'eval' })),
    baseline: await evaluate(questions, (q) => baseline.answer(q, audience)),
    lacking: questions.filter((q) => q.expect === 'answered' && !packSays(q, said, knowledge.statistics.length > 0))
      .length,
  };
}

/** True when some note says one of the question's expected facts (or the fact may be a figure). */
function packSays(question: EvalQuestion, said: string[], hasFigures: boolean): boolean {
  const facts = [...question.contains, ...question.contains_any].map((f) => f.toLowerCase());
  if (facts.length === 0 || question.cites.length > 0 || hasFigures) return true;
  return facts.some((fact) => said.some((text) => text.includes(fact)));
}

/** Outcome counts summed over packs. */
export function pooled(summaries: EvalSummary[]): Record<Outcome, number> {
  const total = noOutcomes();
  for (const s of summaries) for (const key of OUTCOMES) total[key] += s.outcomes[key];
  return total;
}

/** Share of answerable questions answered right, and of out-of-scope questions refused. */
export function rates(o: Record<Outcome, number>): { answers: number; refusals: number } {
  return {
    answers: share(o.right_answer, o.right_answer + o.false_refusal + o.wrong_answer),
    refusals: share(o.right_refusal, o.right_refusal + o.answered_out_of_scope),
  };
}

/** Per pack and pooled, this project beside plain MiniSearch, as a Markdown table. */
export function crossPackTable(results: PackResult[]): string {
  const rows = results.map((r) => row(r.pack.name, r.project.outcomes, r.baseline.outcomes, r.lacking));
  if (results.length > 1) {
    const lacking = results.reduce((sum, r) => sum + r.lacking, 0);
    rows.push(
      row('**pooled**', pooled(results.map((r) => r.project)), pooled(results.map((r) => r.baseline)), lacking),
    );
  }
  return [
    '| Pack | Right answers | False refusals | Wrong answers | Right refusals | Answered out of scope | Answerable, but no note says the fact | Plain MiniSearch: right answers / right refusals |',
    '|---|---:|---:|---:|---:|---:|---:|---:|',
    ...rows,
  ].join('\n');
}

function row(name: string, o: Record<Outcome, number>, b: Record<Outcome, number>, lacking: number): string {
  const answerable = o.right_answer + o.false_refusal + o.wrong_answer;
  const outOfScope = o.right_refusal + o.answered_out_of_scope;
  const r = rates(o);
  const base = rates(b);
  return `| ${name} | ${o.right_answer}/${answerable} (${formatRate(r.answers)}) | ${o.false_refusal} | ${o.wrong_answer} | ${o.right_refusal}/${outOfScope} (${formatRate(r.refusals)}) | ${o.answered_out_of_scope} | ${lacking} | ${formatRate(base.answers)} / ${formatRate(base.refusals)} |`;
}

async function isDirectory(p: string): Promise<boolean> {
  return (await stat(p).catch(() => undefined))?.isDirectory() ?? false;
}

async function isFile(p: string): Promise<boolean> {
  return (await stat(p).catch(() => undefined))?.isFile() ?? false;
}
