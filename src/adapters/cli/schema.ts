// `npm run schema -- [--knowledge DIR]`: writes the editor JSON Schema into the knowledge folder.
// Each knowledge file points at it with `# yaml-language-server: $schema=./knowledge.schema.json`.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { JSON_SCHEMA_FILE, knowledgeJsonSchema } from '../../core/knowledge/json-schema.js';
import { knowledgeDir, parseCommandLine } from './args.js';

const { values } = parseCommandLine('Usage: npm run schema -- [--knowledge DIR]', {});
const file = path.join(knowledgeDir(values.knowledge), JSON_SCHEMA_FILE);
await writeFile(file, knowledgeJsonSchema());
process.stderr.write(`wrote ${file}\n`);
