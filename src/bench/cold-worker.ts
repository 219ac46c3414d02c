// Child process for the cold-start figure: from process start to the first answer, in phases.
// Modules are imported dynamically so their load and compile time is measured, not hidden.
// Usage (from main.ts): node --import tsx src/bench/cold-worker.ts KNOWLEDGE_DIR QUESTION
const startedMs = performance.now();
const [dir, question] = process.argv.slice(2);
if (!dir || !question) {
  process.stderr.write('cold-worker: run by src/bench/main.ts with KNOWLEDGE_DIR QUESTION\n');
  process.exit(2);
}
const { loadKnowledge } = await import('../core/knowledge/load.js');
const { createAssistant } = await import('../core/create-assistant.js');
const importedMs = performance.now();
const { knowledge, problems } = await loadKnowledge(dir);
if (!knowledge) throw new Error(`cold-worker: ${dir} does not validate (${problems.length} problems)`);
const loadedMs = performance.now();
const assistant = createAssistant(knowledge);
const builtMs = performance.now();
const answer = await assistant.answer(question);
const answeredMs = performance.now();

/** Milliseconds since the process started, by phase; `status` shows the answer was real. */
export interface ColdStart {
  bootMs: number;
  importMs: number;
  loadMs: number;
  buildMs: number;
  answerMs: number;
  totalMs: number;
  status: string;
}
const result: ColdStart = {
  bootMs: startedMs,
  importMs: importedMs - startedMs,
  loadMs: loadedMs - importedMs,
  buildMs: builtMs - loadedMs,
  answerMs: answeredMs - builtMs,
  totalMs: answeredMs,
  status: answer.status,
};
process.stdout.write(`${JSON.stringify(result)}\n`);
