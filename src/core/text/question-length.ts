// The one rule for how long a question is, used by the core and by every platform's check:
// characters as people see them (Unicode code points), so an emoji counts once everywhere.

/** The length of a question in code points (an emoji or accented letter counts once). */
export function questionLength(text: string): number {
  let length = 0;
  // for…of walks code points; no array is built, so a huge input costs no extra memory.
  for (const _ of text) length++;
  return length;
}
