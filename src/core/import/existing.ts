// What the rest of the knowledge pack already defines, as far as an import needs to know: forces to
// reuse, metrics to reuse, and every id in use. The file being regenerated is left out, so that running
// an import again gives the same output.
import path from 'node:path';
import type { Knowledge } from '../types.js';

export interface ExistingForce {
  id: string;
  name: string;
  aliases: string[];
  region?: string;
}

export interface ExistingMetric {
  id: string;
  terms: string[];
}

export interface ExistingSource {
  id: string;
  /** The file defining it, as the pack names it. */
  file: string;
  document?: string;
  revises: string[];
}

export interface ExistingKnowledge {
  forces: ExistingForce[];
  metrics: ExistingMetric[];
  /** Sources defined outside the file being written. */
  sources: ExistingSource[];
  /** Every id defined in the pack → the file defining it. */
  ids: Map<string, string>;
}

export const NO_KNOWLEDGE: ExistingKnowledge = { forces: [], metrics: [], sources: [], ids: new Map() };

/** The pack's definitions outside `outputFile` (paths are compared resolved against the pack directory). */
export function existingKnowledge(knowledge: Knowledge, outputFile: string): ExistingKnowledge {
  const output = path.resolve(outputFile);
  const elsewhere = (item: { origin: { file: string } }) => path.resolve(knowledge.dir, item.origin.file) !== output;
  const ids = new Map<string, string>();
  const note = (item: { id: string; origin: { file: string } }) => {
    if (elsewhere(item)) ids.set(item.id, item.origin.file);
  };
  [...knowledge.forces.values(), ...knowledge.metrics.values(), ...knowledge.notes, ...knowledge.statistics].forEach(
    note,
  );
  for (const source of knowledge.sources.values()) if (source.origin) note({ id: source.id, origin: source.origin });
  return {
    forces: [...knowledge.forces.values()]
      .filter(elsewhere)
      .map(({ id, name, aliases, region }) => ({ id, name, aliases, ...(region ? { region } : {}) })),
    metrics: [...knowledge.metrics.values()].filter(elsewhere).map(({ id, terms }) => ({ id, terms })),
    sources: [...knowledge.sources.values()]
      .filter((s) => !s.origin || elsewhere({ origin: s.origin }))
      .map((s) => ({
        id: s.id,
        file: s.origin?.file ?? 'the knowledge',
        ...(s.document ? { document: s.document } : {}),
        revises: s.revises,
      })),
    ids,
  };
}
