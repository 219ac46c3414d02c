// The editor JSON Schema for knowledge files, generated from the zod schema so the two never drift.
import { z } from 'zod';
import { knowledgeFileSchema } from './schema.js';

/** The schema as pretty JSON text (draft-07, understood by the VS Code YAML extension). */
export function knowledgeJsonSchema(): string {
  const schema = z.toJSONSchema(knowledgeFileSchema, { target: 'draft-07', io: 'input' });
  return `${JSON.stringify({ ...schema, title: 'Taser-policy bot knowledge file' }, null, 2)}\n`;
}

/** Where the schema lives inside a knowledge folder (the loader ignores *.schema.json). */
export const JSON_SCHEMA_FILE = 'knowledge.schema.json';
