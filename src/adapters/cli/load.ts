// Loads the knowledge for a CLI command, printing every problem and exiting 1 when unusable.
import { createAssistant, type AssistantOptions, type KnowledgeAssistant } from '../../core/create-assistant.js';
import { loadKnowledge } from '../../core/knowledge/load.js';
import { problemLine } from './problem-line.js';

/** The assistant for `dir`, or exit 1 with one `file:line:col: message` line per error on stderr. */
export async function assistantOrExit(dir: string, options: AssistantOptions = {}): Promise<KnowledgeAssistant> {
  const { knowledge, problems } = await loadKnowledge(dir);
  const errors = problems.filter((p) => p.severity === 'error');
  if (!knowledge) {
    process.stderr.write(`Cannot use the knowledge in ${dir}:\n${errors.map(problemLine).join('\n')}\n`);
    process.exit(1);
  }
  return createAssistant(knowledge, options);
}
