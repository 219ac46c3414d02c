// The one rule for how long a question is, used by the core and by every platform's check:
// Unicode code points, so an emoji counts once everywhere (a stacked combining mark counts too).

/** The length of a question in code points (an emoji or a precomposed accented letter counts once). */
export function questionLength(text: string): number {
  let length = 0;
  // for…of walks code points; no array is built, so a huge input costs no extra memory.
  for (const _ of text) length++;
  return length;
}

/** The one wording of the refusal of an over-long question, shown by the core and every platform. */
export function questionTooLong(length: number, max: number): string {
  return `That question is too long (${length} characters; the limit is ${max}). Please ask it in fewer words.`;
}
