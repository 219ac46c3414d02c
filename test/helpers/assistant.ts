// Test helper: a real Assistant over a knowledge pack (the small invented fixture by default).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import { createAssistant, type AssistantOptions, type KnowledgeAssistant } from '../../src/core/create-assistant.js';
import { loadKnowledge } from '../../src/core/knowledge/load.js';
import { formatProblem } from '../../src/core/knowledge/problems.js';
import type { Answer } from '../../src/core/types.js';

const here = path.dirname(fileURLToPath(import.meta.url));

/** Absolute path of a fixture pack under test/fixtures/packs/. */
export function fixturePack(name = 'basic'): string {
  return path.join(here, '..', 'fixtures', 'packs', name);
}

/** Load a pack (the basic fixture by default) and build a real Assistant on it. */
export async function makeAssistant(
  packDir: string = fixturePack(),
  options: AssistantOptions = {},
): Promise<KnowledgeAssistant> {
  const { knowledge, problems } = await loadKnowledge(packDir, { today: '2026-01-01' });
  if (!knowledge) throw new Error(`fixture pack ${packDir} is invalid:\n${problems.map(formatProblem).join('\n')}`);
  return createAssistant(knowledge, { today: () => '2026-01-01', ...options });
}

/** The honest refusal a user sees: status no_answer, and the text says it is not in the knowledge. */
export function expectRefused(answer: Answer): void {
  expect(answer.status).toBe('no_answer');
  expect(answer.text).toMatch(/^I can't find that in my knowledge/);
}
