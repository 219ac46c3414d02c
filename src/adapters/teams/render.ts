// The one Teams renderer: a platform-neutral Answer → an Adaptive Card that says each thing once:
// the answer, its figures (one line each, plus the chart as a picture when one is drawn and fits),
// notices, compact numbered sources (one entry per source, its words only when the answer does
// not already quote them), at most three related questions and 👍 / 👎 buttons, within Teams'
// message size limit.
import type { CardElement, IAdaptiveCard, IImage } from '@microsoft/teams.cards';
import { chartPicture, type ChartPicture } from '../../charts/chart-png.js';
import { answerText, citationLabel, figureLines, truncate } from '../../core/answer/present.js';
import type { Answer } from '../../core/types.js';
import { answerSources, referenceSummary, type AnswerSources, type SourceEntry } from '../shared/sources.js';
import { TEXTS } from '../shared/texts.js';
import { button, buttonRow, heading, lines, paragraph, run } from './card-parts.js';
import { inert } from './escape.js';

/** Adaptive Card schema version: 1.4 is the first with Action.Execute, and every Teams client has it. */
const CARD_VERSION = '1.4';
/** Teams rejects messages over about 28 KB; the card stays under this many bytes of JSON. */
export const MAX_CARD_BYTES = 24_000;
const MAX_TEXT = 5000;
const SNIPPET_MAX = 300;
const MAX_CITATION_PART = 200;
/** Related (or nearest) questions offered as buttons. */
export const MAX_SUGGESTIONS = 3;
/**
 * PNG scales tried for the chart picture, largest first: the picture is inline (a data URI, so
 * no URL can leak the figures of an internal answer) and must fit in the card with the rest.
 */
export const CHART_SCALES = [1, 0.75, 0.5] as const;

/** How much a card may show; the renderer steps down these levels until the card fits. */
interface Budget {
  citations: number;
  figures: number;
  chartLines: number;
  snippets: boolean;
}
const BUDGETS: Budget[] = [
  { citations: 10, figures: 20, chartLines: 30, snippets: true },
  { citations: 10, figures: 20, chartLines: 30, snippets: false },
  { citations: 5, figures: 10, chartLines: 10, snippets: false },
  { citations: 3, figures: 5, chartLines: 0, snippets: false },
];

interface RenderOptions {
  /** The answer's chart as a picture; shown instead of the text bars when the card then fits. */
  picture?: ChartPicture;
}

/**
 * The card for one answer with its chart drawn as a picture (rankings, comparisons, trends): the
 * largest of CHART_SCALES that fits beside the rest at full detail, else the text bars. Drawing
 * failures are logged by the caller's turn as any rendering failure would be.
 */
export async function renderAnswerCard(answer: Answer): Promise<IAdaptiveCard> {
  if (answer.figures.length < 2) return renderAnswer(answer);
  const by = answer.figureLayout?.kind === 'ranking' ? answer.figureLayout.by : undefined;
  for (const scale of CHART_SCALES) {
    const picture = await chartPicture(answer, { scale, ...(by ? { by } : {}) });
    if (!picture) break;
    const card = build(answer, { picture }, BUDGETS[0]!);
    if (cardBytes(card) <= MAX_CARD_BYTES) return card;
  }
  return renderAnswer(answer);
}

/** The card for one answer: the smallest cut-down that fits MAX_CARD_BYTES. */
export function renderAnswer(answer: Answer): IAdaptiveCard {
  let card = build(answer, {}, BUDGETS[0]!);
  for (const budget of BUDGETS.slice(1)) {
    if (cardBytes(card) <= MAX_CARD_BYTES) break;
    card = build(answer, {}, budget);
  }
  return card;
}

/** A card with a single short text (apologies, notices). */
export function renderNotice(text: string): IAdaptiveCard {
  return card(lines(truncate(text, MAX_TEXT)), text);
}

/** What an empty question gets: example questions from the knowledge, as buttons. */
export function renderExamples(examples: string[]): IAdaptiveCard {
  const buttons = examples
    .map((e) => e.trim())
    .filter((e) => e !== '')
    .slice(0, MAX_SUGGESTIONS)
    .map((question) => button(question, { kind: 'example', question }));
  return card([...lines(TEXTS.examples), ...buttonRow(buttons)], [TEXTS.examples, ...examples].join('\n'));
}

/** The UTF-8 size of a card as sent. */
export function cardBytes(value: IAdaptiveCard): number {
  return Buffer.byteLength(JSON.stringify(value), 'utf8');
}

/** An Adaptive Card of `body`, with `fallback` as the text for clients that cannot show cards. */
export function card(body: CardElement[], fallback: string): IAdaptiveCard {
  return {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: CARD_VERSION,
    msteams: { width: 'full' },
    fallbackText: inert(truncate(fallback, 1000)),
    body,
  };
}

function build(answer: Answer, options: RenderOptions, budget: Budget): IAdaptiveCard {
  const sources = answerSources(answer);
  const body: CardElement[] = [
    ...understoodLine(answer),
    ...lines(truncate(sources.renumber(answer.text), MAX_TEXT)),
    ...figureBlocks(answer, sources.renumber, budget.figures),
    // Figures once: the picture draws the lines above; the text bars only stand in for it.
    ...(options.picture ? [chartImage(options.picture)] : chartBlocks(answer.chart ?? [], budget.chartLines)),
    ...answer.notices.flatMap((n) => lines(`⚠️ ${n}`, { color: 'Warning' })),
    ...citationBlocks(sources.entries, budget),
    ...suggestionBlocks(answer),
    // A refusal from a rate or load limit is not an answer: nothing to rate.
    ...(answer.refused
      ? []
      : buttonRow([
          button('👍 Helpful', { kind: 'feedback', vote: 'up', answerId: answer.id }),
          button('👎 Not helpful', { kind: 'feedback', vote: 'down', answerId: answer.id }),
        ])),
  ];
  return card(body, fallbackText(answer, sources));
}

/** "Understood as …" only when the core rewrote a follow-up onto the asker's previous question. */
function understoodLine(answer: Answer): CardElement[] {
  const understood = answer.understood?.trim();
  if (!answer.rewritten || !understood) return [];
  return [
    paragraph([
      run('Understood as: ', { isSubtle: true }),
      run(truncate(understood, 300), { isSubtle: true, italic: true }),
    ]),
  ];
}

/** One line per figure (a numbered list for a ranking), each with its citation number. */
function figureBlocks(answer: Answer, renumber: (text: string) => string, max: number): CardElement[] {
  const all = figureLines(answer).map(renumber);
  if (all.length === 0 || max === 0) return [];
  const shown = all.slice(0, max).map((line) => paragraph([run(line)], { spacing: 'Small' }));
  const hidden = all.length - Math.min(all.length, max);
  return [
    heading('Figures'),
    ...shown,
    ...(hidden > 0
      ? [
          paragraph([
            run(`${hidden} more not shown here; ask about one force or one period to see them.`, { isSubtle: true }),
          ]),
        ]
      : []),
  ];
}

/** The chart picture, inline: its alternative text says what it shows for screen readers. */
function chartImage(picture: ChartPicture): IImage {
  const { plan } = picture;
  return {
    type: 'Image',
    url: `data:image/png;base64,${Buffer.from(picture.png).toString('base64')}`,
    altText: inert(truncate(`Chart: ${plan.title}, ${plan.period}`, 300)),
    size: 'Stretch',
  };
}

function chartBlocks(chart: string[], max: number): CardElement[] {
  if (chart.length === 0 || max === 0) return [];
  const shown = chart.slice(0, max).map((l) => paragraph([run(l, { fontType: 'Monospace' })], { spacing: 'None' }));
  return chart.length > max ? [...shown, paragraph([run('…', { fontType: 'Monospace' })], { spacing: 'None' })] : shown;
}

function citationBlocks(entries: SourceEntry[], budget: Budget): CardElement[] {
  if (entries.length === 0) return [];
  const shown = entries.slice(0, budget.citations).flatMap((e) => sourceEntry(e, budget.snippets));
  const hidden = entries.length - Math.min(entries.length, budget.citations);
  return [
    heading('Sources'),
    ...shown,
    ...(hidden > 0 ? [paragraph([run(`… and ${hidden} more sources`, { isSubtle: true })])] : []),
  ];
}

/** `[1] Title — Publisher, date · review due`, the title linked to the source, then its words once. */
function sourceEntry(e: SourceEntry, withExcerpts: boolean): CardElement[] {
  const c = e.citation;
  const title = truncate(c.title, MAX_CITATION_PART);
  const rest = truncate(citationLabel(c).slice(c.title.length), MAX_CITATION_PART);
  const label = paragraph([
    run(`[${e.n}] `, { weight: 'Bolder' }),
    run(title, {}, c.url),
    run(rest),
    ...(e.reviewDue ? [run(' · review due', { color: 'Warning' })] : []),
  ]);
  // Only the words the answer does not already say; a table reference is not quoted.
  const words = [...e.quotes.map((q) => `“${q}”`), referenceSummary(e.references)].filter(Boolean).join(' ');
  if (!withExcerpts || words === '') return [label];
  return [label, paragraph([run(truncate(words, SNIPPET_MAX), { isSubtle: true, italic: true })], { spacing: 'None' })];
}

/** Related questions after an answer, or the nearest questions after a refusal, as buttons. */
function suggestionBlocks(answer: Answer): CardElement[] {
  const buttons = answer.suggestions
    .map((s, index) => ({ s: s.trim(), index }))
    .filter(({ s }) => s !== '')
    .slice(0, MAX_SUGGESTIONS)
    .map(({ s, index }) => button(s, { kind: 'ask', answerId: answer.id, index }));
  if (buttons.length === 0) return [];
  return [...(answer.status === 'answered' ? [heading('Related questions')] : []), ...buttonRow(buttons)];
}

/** The text for clients that cannot show the card, and for notifications. */
export function fallbackText(answer: Answer, sources: AnswerSources = answerSources(answer)): string {
  const extra =
    answer.status === 'no_answer' && answer.suggestions.length > 0
      ? `Try: ${answer.suggestions.slice(0, MAX_SUGGESTIONS).join(' · ')}`
      : sources.entries.map((e) => `[${e.n}] ${e.label}`).join('\n');
  const text = sources.renumber(answerText(answer));
  return extra ? `${text}\n${extra}` : text;
}
