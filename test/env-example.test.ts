// .env.example is the one list of variables an operator reads: it must name every variable the
// shared configuration and each platform in the platform list validate, and nothing else.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { PLATFORMS } from '../src/adapters/platforms.js';
import { sharedVariables } from '../src/config.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const example = readFileSync(path.join(root, '.env.example'), 'utf8');

/** Names set in .env.example, commented out or not ("NAME=" or "# NAME="). */
const documented = new Set([...example.matchAll(/^#?\s*([A-Z][A-Z0-9_]*)=/gm)].map((m) => m[1]!));

/** The variable names of a zod object schema. */
function namesOf(schema: z.ZodType): string[] {
  if (!(schema instanceof z.ZodObject)) throw new Error('a platform’s variables must be a zod object');
  return Object.keys(schema.shape);
}

describe('.env.example', () => {
  it.each(PLATFORMS.map((p) => [p.name, p] as const))(
    'GIVEN %s in the platform list THEN each of its variables is documented',
    (_, platform) => {
      expect(namesOf(platform.variables).filter((name) => !documented.has(name))).toEqual([]);
    },
  );

  it('THEN every shared variable is documented', () => {
    expect(namesOf(sharedVariables).filter((name) => !documented.has(name))).toEqual([]);
  });

  it('THEN it documents no variable that nothing reads', () => {
    const known = new Set([...namesOf(sharedVariables), ...PLATFORMS.flatMap((p) => namesOf(p.variables))]);
    expect([...documented].filter((name) => !known.has(name))).toEqual([]);
  });
});
