// The YAML library's syntax errors said as an admin can act on them: what is wrong on the line
// and what to write, rather than the parser's terms ("implicit keys", "compact mappings").
import type { YAMLError } from 'yaml';

/** A message for a syntax error, from its code and the text at its position; the library's own words otherwise. */
export function yamlMessage(error: YAMLError, text: string, libraryWords: string): string {
  switch (error.code) {
    case 'MULTIPLE_DOCS':
      return 'this file holds more than one YAML document (a "---" line after the first part): keep one document per file, or remove the "---"';
    case 'MULTILINE_IMPLICIT_KEY':
      return 'this line is not "field: value": a colon is missing, or text runs on from the line above without being indented under it';
    case 'TAB_AS_INDENT':
      return 'a tab indents this line: YAML is indented with spaces only';
    case 'DUPLICATE_KEY': {
      const key = /^[^:\n]+/.exec(text.slice(error.pos[0]))?.[0].trim();
      return `the field ${key ? `"${key}" ` : ''}is written twice in the same item: keep one`;
    }
    case 'BLOCK_AS_IMPLICIT_KEY':
      return libraryWords.startsWith('Nested mappings')
        ? 'this value holds ": " (a colon and a space), which YAML reads as a new field: put the value in quotes'
        : 'a list ("- …") starts where a field was expected: mappings ("field: value") and lists cannot be mixed at one level';
    case 'BAD_INDENT':
      return /must start at the same column/.test(libraryWords)
        ? 'this line is indented differently from the fields above it: line it up with them, or, if it goes on with the value above, indent it further than that field'
        : libraryWords;
    case 'UNEXPECTED_TOKEN':
      // `title: "5% rise" and "why"`: the value ends at its closing quote and the rest is left over.
      return libraryWords.startsWith('Unexpected scalar at node end') &&
        /['"]$/.test(text.slice(0, error.pos[0]).trimEnd())
        ? "this value starts with a quote, so it ends at the closing quote, and more text follows it: put the whole value in single quotes (writing a single quote inside it twice, ''), or start it without a quote"
        : libraryWords;
    case 'MISSING_CHAR':
      return libraryWords.startsWith('Sequence item without')
        ? 'this line does not line up with the list it is in: indent it like the lines around it'
        : libraryWords;
    default:
      return /call stack/i.test(libraryWords) ? readFailure(libraryWords) : libraryWords;
  }
}

/** What a non-YAML failure of the parser means: a stack overflow is nesting too deep to read. */
export function readFailure(reason: string): string {
  return /call stack/i.test(reason)
    ? 'the file is nested too deeply to read (lists or mappings inside one another thousands of times)'
    : `the file could not be read: ${reason}`;
}
