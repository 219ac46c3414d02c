// The one Block Kit renderer for an Answer, shared by mentions, DMs, /taser and buttons. Each
// thing is said once: the text, the figures (lines, a table or a chart), one entry per source,
// up to three related questions, then Slack's own feedback buttons.
import type { types } from '@slack/bolt';
import {
  answerText,
  citationLabel,
  figureLines,
  formatCount,
  formatRate,
  truncate,
} from '../../core/answer/present.js';
import type { Answer, Figure } from '../../core/types.js';
import { fitWithEchoes } from '../shared/inert.js';
import { answerSources, type SourceEntry } from '../shared/sources.js';
import { TEXTS } from '../shared/texts.js';
import { escapeCode, escapeMrkdwn, inertMrkdwn, safePlainText } from './escape.js';
import {
  MAX_ACTIONS,
  MAX_BUTTON_TEXT,
  MAX_BUTTON_VALUE,
  MAX_CONTEXT_ELEMENTS,
  MAX_CONTEXT_TEXT,
  MAX_FALLBACK_TEXT,
  MAX_FIELD_TEXT,
  MAX_FIELDS,
  MAX_MESSAGE_BLOCKS,
  MAX_SECTION_TEXT,
} from './limits.js';

export type Block = types.KnownBlock;
type Button = types.Button;
type MrkdwnText = types.MrkdwnElement;
type RichTextPart = types.RichTextBlockElement;
type RichTextInline = types.RichTextElement;

/** A message ready for chat.postMessage or respond(): blocks plus the notification fallback. */
export interface SlackMessage {
  text: string;
  blocks: Block[];
}

/** Action ids of the buttons the renderers emit; the listeners match on these. */
export const ACTION_IDS = {
  /** The 👍/👎 `feedback_buttons` element; its values are `up:<answer id>` and `down:<answer id>`. */
  feedback: 'answer_feedback',
  share: 'share_answer',
  /** Suggestion buttons are `ask_suggestion:<n>`: ids must be unique within a block. */
  suggestion: 'ask_suggestion',
} as const;

/** Matches every suggestion button's action id. */
export const SUGGESTION_ACTION = new RegExp(`^${ACTION_IDS.suggestion}(:\\d+)?$`);

/** Block id of the `context_actions` block holding the feedback buttons. */
export const FEEDBACK_BLOCK = 'answer_feedback';

/** Characters of a citation's title, and of its publisher-and-date part. */
const MAX_CITATION_PART = 200;

/** Sources listed under an answer; more are counted, not listed. */
const MAX_SOURCES = 10;

/** Related questions offered as buttons under an answer or a refusal. */
const MAX_RELATED = 3;

/** Suggestions shown as buttons in help; more than this is noise. */
const MAX_SUGGESTION_BUTTONS = 5;

export interface RenderOptions {
  /** Adds a "Share in channel" button: for answers only the asker can see. */
  shareable?: boolean;
  /**
   * Posted to the channel by someone sharing it: a "Shared from /taser: “question”" line (the
   * question inert) stands above it instead of the "Understood as" line.
   */
  shared?: boolean;
  /**
   * A PNG of the figures follows the message (see chart-upload.ts): the figures are listed as
   * lines and the text chart is left out — should the picture fail, the lines still say it all.
   * Without it, a text chart stands in for the lines when it loses nothing (one source, no
   * working, sums or revisions).
   */
  picture?: boolean;
}

/** Render an answer as Block Kit within Slack's limits, with a plain `text` fallback. */
export function renderAnswer(answer: Answer, options: RenderOptions = {}): SlackMessage {
  const sources = answerSources(answer);
  const head: Block[] = [];
  const context = options.shared ? sharedPreface(answer) : understoodLine(answer);
  if (context) head.push(contextBlock([context]));
  const text = sources.renumber(answer.text);
  if (text.trim() !== '') head.push(section(fitAnswerText(text, answer.echoes, MAX_SECTION_TEXT)));
  const figures = figuresBlock(answer, sources.renumber, options.picture === true);
  if (figures) head.push(figures);
  if (sources.entries.length > 0) head.push(sourcesBlock(sources.entries));

  const tail: Block[] = [];
  if (answer.notices.length > 0) tail.push(contextBlock(answer.notices.map((n) => `⚠️ ${escapeMrkdwn(n)}`)));
  // A refusal from a rate or load limit is not an answer: nothing to rate, share or follow.
  if (!answer.refused) {
    if (answer.suggestions.length > 0) tail.push(questionButtons(answer.suggestions, MAX_RELATED));
    if (options.shareable === true) tail.push(shareActions(answer.id, hasChart(answer)));
    tail.push(feedbackBlock(answer.id));
  }
  const blocks = [...head.slice(0, MAX_MESSAGE_BLOCKS - tail.length), ...tail];
  return { text: fallbackText(answer, sources.entries, sources.renumber), blocks };
}

/** A short message with no answer behind it (help, errors, confirmations). */
export function renderNotice(text: string): SlackMessage {
  const safe = fitEscaped(text, MAX_SECTION_TEXT);
  return { text: fitEscaped(text, MAX_FALLBACK_TEXT), blocks: [section(safe)] };
}

/**
 * Acknowledge a vote in place: the feedback buttons give way to a thank-you line; every other
 * block (e.g. "Share in channel") stays.
 */
export function acknowledgeVote(blocks: Block[], vote: 'up' | 'down'): Block[] {
  const thanks = contextBlock([TEXTS.feedbackThanks(vote)]);
  const isFeedback = (block: Block) =>
    block.type === 'context_actions' && block.elements.some((e) => e.type === 'feedback_buttons');
  const kept = blocks.filter((block) => !isFeedback(block));
  return [...kept, thanks].slice(-MAX_MESSAGE_BLOCKS);
}

/** Escape `raw` for mrkdwn and cut it (at a word, with "…") so the escaped text fits `max`. */
export function fitEscaped(raw: string, max: number, escape: (s: string) => string = escapeMrkdwn): string {
  let budget = max;
  for (;;) {
    const out = escape(truncate(raw, budget));
    if (out.length <= max) return out;
    // Shrink in proportion to how much escaping grew the text; always by at least one.
    budget = Math.min(budget - 1, Math.floor((budget * max) / out.length));
  }
}

function section(text: string): Block {
  return { type: 'section', text: { type: 'mrkdwn', text } };
}

function contextBlock(texts: string[]): Block {
  const elements: MrkdwnText[] = texts.slice(0, MAX_CONTEXT_ELEMENTS).map((t) => ({
    type: 'mrkdwn',
    text: t.length <= MAX_CONTEXT_TEXT ? t : `${t.slice(0, MAX_CONTEXT_TEXT - 1)}…`,
  }));
  return { type: 'context', elements };
}

/** "Understood as: _…_" for a follow-up the core rewrote; the words are the asker's, so inert. */
function understoodLine(answer: Answer): string | undefined {
  const understood = answer.understood?.trim();
  if (!understood || !answer.rewritten) return undefined;
  return `Understood as: _${fitEscaped(understood, MAX_CONTEXT_TEXT - 20, inertMrkdwn)}_`;
}

/** "Shared from /taser: “…”", quoting the question inert, for an answer shared in the channel. */
function sharedPreface(answer: Answer): string {
  const understood = answer.understood?.trim();
  if (!understood) return TEXTS.sharedPreface;
  return `${TEXTS.sharedPreface}: “${fitEscaped(understood, MAX_CONTEXT_TEXT - 40, inertMrkdwn)}”`;
}

/** The answer's text as mrkdwn within `max`: the core's words escaped, the asker's echoed words inert. */
function fitAnswerText(text: string, echoes: string[] | undefined, max: number): string {
  return fitWithEchoes(text, echoes, max, { escape: escapeMrkdwn, inert: inertMrkdwn, fit: fitEscaped });
}

/**
 * The figures, once: the text chart when no picture goes with the message and the chart loses
 * nothing; else a ranking as numbered lines, up to ten figures as fields (a table), more as lines.
 */
function figuresBlock(answer: Answer, renumber: (text: string) => string, picture: boolean): Block | undefined {
  const { figures } = answer;
  if (figures.length === 0) return undefined;
  if (!picture && answer.chart && answer.chart.length > 0 && chartSaysItAll(figures)) {
    return section(codeBlock(answer.chart));
  }
  const lines = figureLines(answer).map(renumber);
  if (answer.figureLayout?.kind === 'ranking') return section(fitLines(lines.map(escapeMrkdwn), MAX_SECTION_TEXT));
  if (figures.length <= MAX_FIELDS) {
    return { type: 'section', fields: figures.map((f) => ({ type: 'mrkdwn', text: figureField(f, renumber) })) };
  }
  return section(codeBlock(lines));
}

/** True when bars and values alone say what the lines would: one source, no working, sums or revisions. */
function chartSaysItAll(figures: Figure[]): boolean {
  const cited = new Set(figures.map((f) => f.citation));
  return cited.size === 1 && figures.every((f) => !f.revision && !f.sum && !f.arithmetic && f.rate === undefined);
}

function figureField(f: Figure, renumber: (text: string) => string): string {
  const value = f.value === null ? 'no figure published' : formatCount(f.value);
  const lines = [
    `*${escapeMrkdwn(f.force)}*`,
    escapeMrkdwn(f.periodLabel),
    `${escapeMrkdwn(f.metric)}: *${value}* ${renumber(`[${f.citation}]`)}`,
  ];
  const working = f.arithmetic ?? (f.rate !== undefined ? formatRate(f.rate) : undefined);
  if (working) lines.push(`_${escapeMrkdwn(working)}_`);
  return fitLines(lines, MAX_FIELD_TEXT);
}

/** Lines in a ``` block; lines that do not fit are replaced by a count of what was left out. */
export function codeBlock(rawLines: string[], escape: (s: string) => string = escapeCode): string {
  const open = '```\n';
  const close = '\n```';
  const budget = MAX_SECTION_TEXT - open.length - close.length;
  const lines = rawLines.map((l) => fitEscaped(l, budget - 40, escape));
  let kept = lines.length;
  const body = () => {
    const shown = lines.slice(0, kept);
    if (kept < lines.length) shown.push(`… and ${lines.length - kept} more`);
    return shown.join('\n');
  };
  while (kept > 0 && body().length > budget) kept--;
  return `${open}${body()}${close}`;
}

/** Join already-escaped lines, dropping whole lines from the end until the text fits. */
function fitLines(lines: string[], max: number): string {
  let kept = [...lines];
  while (kept.length > 1 && kept.join('\n').length > max) kept = kept.slice(0, -1);
  const text = kept.join('\n');
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/**
 * The sources as one rich-text block: per source a line "[n] Title — Publisher, date" (the title
 * linked), then the words the answer does not already quote in a rich-text quote. Rich-text text
 * is never read as markup; mention-looking tokens are broken all the same.
 */
function sourcesBlock(entries: SourceEntry[]): Block {
  const elements: RichTextPart[] = [];
  for (const entry of entries.slice(0, MAX_SOURCES)) {
    elements.push({ type: 'rich_text_section', elements: sourceLine(entry) });
    if (entry.quotes.length > 0) {
      const quote = truncate(entry.quotes.join('\n'), 2 * MAX_CITATION_PART);
      elements.push({ type: 'rich_text_quote', elements: [{ type: 'text', text: safePlainText(quote) }] });
    }
  }
  const hidden = entries.length - MAX_SOURCES;
  if (hidden > 0) {
    elements.push({
      type: 'rich_text_section',
      elements: [{ type: 'text', text: `… and ${hidden} more sources`, style: { italic: true } }],
    });
  }
  return { type: 'rich_text', block_id: 'sources', elements };
}

function sourceLine(entry: SourceEntry): RichTextInline[] {
  const c = entry.citation;
  const title = safePlainText(truncate(c.title, MAX_CITATION_PART));
  const rest = safePlainText(truncate(citationLabel(c).slice(c.title.length), MAX_CITATION_PART));
  const parts: RichTextInline[] = [
    { type: 'text', text: `[${entry.n}] `, style: { bold: true } },
    isWebAddress(c.url) ? { type: 'link', url: c.url, text: title } : { type: 'text', text: title },
    { type: 'text', text: rest },
  ];
  if (entry.reviewDue) parts.push({ type: 'text', text: ' · review due', style: { italic: true } });
  const [first, ...more] = entry.references;
  if (first) {
    // A table reference is where the figures were read, not the source's words: no quote.
    const extra = more.length > 0 ? ` (and ${more.length} more ${more.length === 1 ? 'row' : 'rows'})` : '';
    parts.push({
      type: 'text',
      text: `\n${safePlainText(truncate(first, MAX_CITATION_PART))}${extra}`,
      style: { italic: true },
    });
  }
  return parts;
}

/** Only a plain http(s) address becomes a link. */
function isWebAddress(url: string | undefined): url is string {
  return url !== undefined && /^https?:\/\/[^\s<>|]+$/i.test(url);
}

/** Buttons that each ask one question (suggestions, examples), at most `max` of them. */
export function questionButtons(suggestions: string[], max = MAX_SUGGESTION_BUTTONS): Block {
  const elements: Button[] = suggestions.slice(0, Math.min(max, MAX_ACTIONS)).map((s, i) => ({
    type: 'button',
    action_id: `${ACTION_IDS.suggestion}:${i}`,
    text: { type: 'plain_text', text: safePlainText(truncate(s, MAX_BUTTON_TEXT)), emoji: true },
    value: truncate(s, MAX_BUTTON_VALUE),
  }));
  return { type: 'actions', block_id: 'suggestions', elements };
}

/** True when the core drew a chart for the figures: shared in a channel, it goes up as a picture. */
export function hasChart(answer: Answer): boolean {
  return answer.figures.length > 0 && (answer.chart?.length ?? 0) > 0;
}

/** "Share in channel", saying when the picture of the chart goes with it. */
function shareActions(answerId: string, withChart: boolean): Block {
  const share: Button = {
    type: 'button',
    action_id: ACTION_IDS.share,
    text: { type: 'plain_text', text: withChart ? 'Share in channel with chart' : 'Share in channel', emoji: true },
    value: answerId.slice(0, MAX_BUTTON_VALUE),
    style: 'primary',
  };
  return { type: 'actions', block_id: 'answer_share', elements: [share] };
}

/** Slack's 👍/👎 element for answers; each value names the vote and the answer. */
function feedbackBlock(answerId: string): Block {
  const value = (vote: 'up' | 'down') => `${vote}:${answerId}`.slice(0, MAX_BUTTON_VALUE);
  return {
    type: 'context_actions',
    block_id: FEEDBACK_BLOCK,
    elements: [
      {
        type: 'feedback_buttons',
        action_id: ACTION_IDS.feedback,
        positive_button: {
          text: { type: 'plain_text', text: '👍 Helpful' },
          accessibility_label: 'This answer helped',
          value: value('up'),
        },
        negative_button: {
          text: { type: 'plain_text', text: '👎 Not helpful' },
          accessibility_label: 'This answer did not help',
          value: value('down'),
        },
      },
    ],
  };
}

/** The vote and answer id a feedback button's value carries; undefined for anything else. */
export function readFeedback(value: string | undefined): { vote: 'up' | 'down'; answerId: string } | undefined {
  const match = /^(up|down):(.+)$/s.exec(value ?? '');
  return match ? { vote: match[1] as 'up' | 'down', answerId: match[2] ?? '' } : undefined;
}

/** The notification text: the answer, then its sources or suggestions, in plain words. */
function fallbackText(answer: Answer, entries: SourceEntry[], renumber: (text: string) => string): string {
  const extra =
    answer.status === 'no_answer' && answer.suggestions.length > 0
      ? `Try: ${answer.suggestions.slice(0, MAX_RELATED).join(' · ')}`
      : entries.map((e) => `[${e.n}] ${citationLabel(e.citation)}`).join('\n');
  const whole = renumber(answerText(answer));
  return fitAnswerText(extra ? `${whole}\n${extra}` : whole, answer.echoes, MAX_FALLBACK_TEXT);
}
