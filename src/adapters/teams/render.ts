// The one Teams renderer: a platform-neutral Answer → an Adaptive Card with the answer, figures
// with their arithmetic, chart, notices, numbered sources (linked, with the words they stand
// behind), related questions and 👍 / 👎 buttons, inside Teams' message size limit.
import type { CardElement, IAdaptiveCard } from '@microsoft/teams.cards';
import { citationLabel, figureLine, truncate } from '../../core/answer/present.js';
import type { Answer, Citation, Figure } from '../../core/types.js';
import { button, buttonRow, heading, lines, paragraph, run } from './card-parts.js';
import { inert } from './escape.js';

/** Adaptive Card schema version: 1.4 is the first with Action.Execute, and every Teams client has it. */
const CARD_VERSION = '1.4';
/** Teams rejects messages over about 28 KB; the card stays under this many bytes of JSON. */
export const MAX_CARD_BYTES = 24_000;
const MAX_TEXT = 5000;
const SNIPPET_MAX = 300;
const MAX_CITATION_PART = 200;
const MAX_SUGGESTIONS = 5;

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

export interface RenderOptions {
  /** The question as asked; "Understood as …" is shown only when the core read it differently. */
  asked?: string;
}

/** The card for one answer: the smallest cut-down that fits MAX_CARD_BYTES. */
export function renderAnswer(answer: Answer, options: RenderOptions = {}): IAdaptiveCard {
  let card = build(answer, options, BUDGETS[0]!);
  for (const budget of BUDGETS.slice(1)) {
    if (cardBytes(card) <= MAX_CARD_BYTES) break;
    card = build(answer, options, budget);
  }
  return card;
}

/** A card with a single short text (apologies, notices). */
export function renderNotice(text: string): IAdaptiveCard {
  return card(lines(truncate(text, MAX_TEXT)), text);
}

/** The UTF-8 size of a card as sent. */
export function cardBytes(value: IAdaptiveCard): number {
  return Buffer.byteLength(JSON.stringify(value), 'utf8');
}

function build(answer: Answer, options: RenderOptions, budget: Budget): IAdaptiveCard {
  const body: CardElement[] = [
    ...understoodLine(answer, options.asked),
    ...lines(truncate(answer.text, MAX_TEXT)),
    ...figureBlocks(answer.figures, budget.figures),
    ...chartBlocks(answer.chart ?? [], budget.chartLines),
    ...answer.notices.flatMap((n) => lines(`⚠️ ${n}`, { color: 'Warning' })),
    ...citationBlocks(answer.citations, budget),
    ...suggestionBlocks(answer),
    // A refusal from a rate or load limit is not an answer: nothing to rate.
    ...(answer.refused
      ? []
      : buttonRow([
          button('👍 Helpful', { kind: 'feedback', vote: 'up', answerId: answer.id }),
          button('👎 Not helpful', { kind: 'feedback', vote: 'down', answerId: answer.id }),
        ])),
  ];
  return card(body, fallbackText(answer));
}

function card(body: CardElement[], fallback: string): IAdaptiveCard {
  return {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: CARD_VERSION,
    msteams: { width: 'full' },
    fallbackText: inert(truncate(fallback, 1000)),
    body,
  };
}

function understoodLine(answer: Answer, asked: string | undefined): CardElement[] {
  const understood = answer.understood?.trim();
  if (!understood || (asked !== undefined && comparable(asked) === comparable(understood))) return [];
  return [
    paragraph([
      run('Understood as: ', { isSubtle: true }),
      run(truncate(understood, 300), { isSubtle: true, italic: true }),
    ]),
  ];
}

/** Lower case, words only: "Where?" and "where" read as the same question. */
function comparable(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function figureBlocks(figures: Figure[], max: number): CardElement[] {
  if (figures.length === 0 || max === 0) return [];
  const shown = figures
    .slice(0, max)
    .map((f) => paragraph([run(figureLine(f)), run(` [${f.citation}]`, { isSubtle: true })]));
  const hidden = figures.length - Math.min(figures.length, max);
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

function chartBlocks(chart: string[], max: number): CardElement[] {
  if (chart.length === 0 || max === 0) return [];
  const shown = chart.slice(0, max).map((l) => paragraph([run(l, { fontType: 'Monospace' })], { spacing: 'None' }));
  return chart.length > max ? [...shown, paragraph([run('…', { fontType: 'Monospace' })], { spacing: 'None' })] : shown;
}

function citationBlocks(citations: Citation[], budget: Budget): CardElement[] {
  if (citations.length === 0) return [];
  const shown = citations.slice(0, budget.citations).flatMap((c) => citation(c, budget.snippets));
  const hidden = citations.length - Math.min(citations.length, budget.citations);
  return [
    heading('Sources'),
    ...shown,
    ...(hidden > 0 ? [paragraph([run(`… and ${hidden} more sources`, { isSubtle: true })])] : []),
  ];
}

/** `[n] Title — Publisher, date · review due`, the title linked to the source, then the snippet. */
function citation(c: Citation, withSnippet: boolean): CardElement[] {
  const title = truncate(c.title, MAX_CITATION_PART);
  const rest = truncate(citationLabel(c).slice(c.title.length), MAX_CITATION_PART);
  const label = paragraph([
    run(`[${c.n}] `, { weight: 'Bolder' }),
    run(title, {}, c.url),
    run(rest),
    ...(c.reviewDue ? [run(' · review due', { color: 'Warning' })] : []),
  ]);
  const snippet = c.snippet.trim();
  if (!withSnippet || !snippet) return [label];
  return [
    label,
    paragraph([run(`“${truncate(snippet, SNIPPET_MAX)}”`, { isSubtle: true, italic: true })], { spacing: 'None' }),
  ];
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
export function fallbackText(answer: Answer): string {
  const extra =
    answer.status === 'no_answer' && answer.suggestions.length > 0
      ? `Try: ${answer.suggestions.slice(0, MAX_SUGGESTIONS).join(' · ')}`
      : answer.citations.map((c) => `[${c.n}] ${citationLabel(c)}`).join('\n');
  return extra ? `${answer.text}\n${extra}` : answer.text;
}
