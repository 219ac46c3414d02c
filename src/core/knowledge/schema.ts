// The admin-facing knowledge file format, as a zod schema.
// It is the single definition behind validation messages and the editor JSON Schema.
import { z } from 'zod';
import { LIST_ITEM_LINE } from '../text/list-items.js';
import { endsASentenceWithin } from '../text/short-forms.js';

/** What an id may contain, for messages that explain a rejected one. */
export const ID_RULE = 'ids use lower-case letters, digits, ".", "_" and "-"';

const id = z
  .string()
  .regex(/^[a-z0-9][a-z0-9._-]*$/, `${ID_RULE}, e.g. "taser-7-cartridges"`)
  .describe('Unique id across the whole knowledge pack.');

const text = z.string().trim().min(1, 'must not be empty');

/** The id an admin most likely meant: "First response" → "first-response", "Défense" → "defense". */
export function asId(value: string): string {
  return value
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, '-')
    .replace(/^[^a-z0-9]+|-+$/g, '');
}

/**
 * A topic groups notes and is never referred to, so it may be written as words, as admins name
 * topics ("Use of force"): it is kept as its id ("use-of-force"), the same however it is written.
 */
const topic = text.transform(asId).pipe(id);

/**
 * A note's text must end like a sentence (. ! ? : ; a closing quote or bracket) or with a list item
 * on a line of its own ("- consult the silver commander", "(b) a member of staff"), as policy
 * lists are copied: a file saved half-way ("The logbook is") fails validation instead of being
 * quoted as an empty answer.
 */
const noteText = text.superRefine((raw, ctx) => {
  const t = raw.trim();
  if (t === '' || endsLikeASentence(t) || endsWithAListItem(t)) return;
  const attribution = DANGLING_ATTRIBUTION.exec(t);
  ctx.addIssue({
    code: 'custom',
    message: attribution
      ? `the text looks cut off before its attribution "${attribution[1]}": an attribution counts only after a sentence's end, so end the words before it with . ! or ?`
      : 'the text looks cut off: end it like a sentence (with . ! or ?) or with a list item on its own line (where the source itself has no full stop there, add one)',
  });
});

/** An attribution after words that do not end a sentence ("…after 00:00 on 12 November 2012 — PACE Code G"). */
const DANGLING_ATTRIBUTION = /[^.!?"”’)\s]\s+([—–]\s+[^\n—–]{1,80})$/u;

/** Words after a sentence's end and a dash, on the last line: "…every hour. — PACE Code C, para 9.3". */
const ATTRIBUTION = /[.!?]["”’)]?\s+[—–-]\s+([^\n]{1,80})$/u;

/** Emoji, and markdown's closing marks (**bold.**), after a sentence's end: "…practicable. 👍". */
const TRAILING_DECORATION = /(?:[\s*_`~]|\p{Extended_Pictographic}|\p{Emoji_Modifier}|\u200d|\ufe0f)+$/u;

function endsLikeASentence(t: string): boolean {
  // A link, or an attribution after the last sentence ("…every hour. — PACE Code C, para 9.3",
  // "… — Lord Widgery CJ in Williams v. Summerfield [1972] 2 QB 512"): its short forms end no sentence.
  if (/https?:\/\/\S+$/.test(t)) return true;
  const attribution = ATTRIBUTION.exec(t);
  if (attribution && !endsASentenceWithin(attribution[1]!)) return true;
  return /[.!?:;…"'”’)\]]$/.test(t.replace(TRAILING_DECORATION, ''));
}

/** The last line is a list item: a bullet (- • * –), or (a), a), 1. or 1) before its words (see LIST_ITEM_LINE). */
function endsWithAListItem(t: string): boolean {
  const lines = t.split('\n');
  return lines.length > 1 && LIST_ITEM_LINE.test(lines[lines.length - 1]!);
}

const isoDate = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'dates are written YYYY, YYYY-MM or YYYY-MM-DD')
  .describe('An ISO date: YYYY, YYYY-MM or YYYY-MM-DD.');

const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'write the date as YYYY-MM-DD');

const isoMonth = z.string().regex(/^\d{4}-\d{2}$/, 'write the month as YYYY-MM');

const visibility = z
  .enum(['public', 'internal'])
  .describe('public (default): anyone may see it; internal: only internal channels.');

export const sourceSchema = z
  .strictObject({
    id,
    title: text.describe('Title of the document.'),
    publisher: text.optional().describe('Who published it, where known.'),
    date: isoDate.optional().describe('Publication date, where known.'),
    date_approximate: z.boolean().optional().describe('True when the date is only known roughly.'),
    url: z.url().optional().describe('Where the document can be read, where known.'),
    document: text.optional().describe('The file or publication the facts were taken from.'),
    licence: text.optional(),
    revises: z
      .array(id)
      .optional()
      .describe(
        'Ids of earlier sources whose figures this one revises: for a force (or total) and period both give, answers use this one and say what was first published.',
      ),
  })
  .describe('A document that facts come from.');

export const noteSchema = z
  .strictObject({
    id,
    title: text.describe('Short title, shown in suggestions.'),
    topic: topic.describe(
      'Topic such as carry, training, device, use, oversight, people; words ("Use of force") are kept as an id (use-of-force).',
    ),
    text: noteText.describe(
      "The note, in the source's own words where possible; ends like a sentence or with a list item on its own line.",
    ),
    source: id.describe('Id of the source this note comes from.'),
    quote: text.optional().describe('A verbatim quote from the source.'),
    tags: z.array(text).optional(),
    forces: z.array(id).optional().describe('Ids of the forces this note applies to.'),
    questions: z.array(text).optional().describe('Example questions this note answers.'),
    visibility: visibility.optional(),
    reviewed: isoDay.optional().describe('When the note was last reviewed (YYYY-MM-DD).'),
    review_by: isoDay.optional().describe('When the note is next due for review (YYYY-MM-DD).'),
  })
  .describe('A policy note.');

export const forceSchema = z
  .strictObject({
    id,
    name: text.describe('Official name.'),
    aliases: z.array(text).optional().describe('Other names people use, e.g. short forms.'),
    region: text.optional().describe('The region the force belongs to, for regional comparisons.'),
  })
  .describe('A police force.');

export const metricSchema = z
  .strictObject({
    id,
    label: text.describe('How the metric is named in answers.'),
    terms: z.array(text).min(1).describe('Words and phrases that name this metric in a question.'),
    part_of: id.optional().describe('Id of the metric this one is a subset of; rates are shown against it.'),
    unit: text.optional().describe('Noun for a count of this metric, e.g. "incidents".'),
    not_stated: z
      .boolean()
      .optional()
      .describe('True when the metric counts uses whose type was not recorded: answers warn when it is a large share.'),
  })
  .describe('A measure that statistics report.');

const period = z
  .strictObject({ from: isoMonth, to: isoMonth })
  .describe('Reporting period, first and last month inclusive (YYYY-MM).');

const values = z
  .record(id, z.number().int('counts are whole numbers').nonnegative('counts cannot be negative').nullable())
  .describe('Metric id → count; null when the source gives no figure.');

/** Where figures sit in a published table, cited as a table reference rather than a quote. */
const tableReference = z
  .strictObject({
    name: text.describe('The table, e.g. "Table 13".'),
    row: text.describe('The row label as printed, e.g. "Hampshire (R)".'),
  })
  .describe('The table and row the figures were read from.');

/** Fields every set of figures has, whether for a force or a total. */
const figureFields = {
  period,
  source: id.describe('Id of the source the figures come from.'),
  values,
  remarks: text.optional().describe('Why a value is missing or revised, and other caveats.'),
  quote: text.optional().describe("The source's own sentence(s) giving these figures, shown as the citation."),
  table: tableReference.optional(),
  visibility: visibility.optional(),
};

export const statisticSchema = z
  .strictObject({
    id: id.optional(),
    force: id.describe('Id of the force the figures are for.'),
    ...figureFields,
  })
  .describe('Figures for one force over one period.');

export const totalSchema = z
  .strictObject({
    id: id.optional(),
    area: text.describe(
      'What the total covers: a region some forces have (a regional total), or any other name, e.g. "England and Wales" (a national total over every force).',
    ),
    ...figureFields,
  })
  .describe('Published figures for a region or the whole country, as the source totals them.');

export const synonymGroupSchema = z
  .array(text)
  .min(2, 'a synonym group needs at least two terms')
  .describe('Terms that mean the same in a question.');

/** One knowledge file: every section is optional. */
export const knowledgeFileSchema = z
  .strictObject({
    sources: z.array(sourceSchema).optional(),
    notes: z.array(noteSchema).optional(),
    statistics: z.array(statisticSchema).optional(),
    totals: z.array(totalSchema).optional(),
    forces: z.array(forceSchema).optional(),
    metrics: z.array(metricSchema).optional(),
    synonyms: z.array(synonymGroupSchema).optional(),
  })
  .describe('A Taser-policy bot knowledge file.');

export type KnowledgeFile = z.infer<typeof knowledgeFileSchema>;
export type RawNote = z.infer<typeof noteSchema>;
export type RawStatistic = z.infer<typeof statisticSchema>;
