// The evaluation question file: questions with the facts (or the refusal) they expect.
// It lives outside the knowledge folder so the loader never mistakes it for knowledge.
import { readFile } from 'node:fs/promises';
import { parse } from 'yaml';
import { z } from 'zod';

export const evalFileSchema = z.strictObject({
  /** Optional free text: where the questions came from and who wrote them. */
  about: z.string().optional(),
  questions: z
    .array(
      z.strictObject({
        ask: z.string().min(1),
        expect: z.enum(['answered', 'no_answer']).default('answered'),
        /** Case-insensitive substrings that must all appear in the answer text (all-of). */
        contains: z.array(z.coerce.string()).default([]),
        /** Case-insensitive substrings of which at least one must appear in the answer text (any-of). */
        contains_any: z.array(z.coerce.string()).default([]),
        /** At least one of these note or statistic ids must be cited. */
        cites: z.array(z.string()).default([]),
      }),
    )
    .min(1),
});

export type EvalQuestion = z.infer<typeof evalFileSchema>['questions'][number];

/** Read and check a question file; throws an Error naming the file and the problem. */
export async function readQuestionFile(file: string): Promise<EvalQuestion[]> {
  const text = await readFile(file, 'utf8');
  const parsed = evalFileSchema.safeParse(parse(text));
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`${file}: ${issue.path.join('.')}: ${issue.message}`);
  }
  return parsed.data.questions;
}
