// The one Block Kit renderer for an Answer, shared by mentions, DMs, /taser and buttons:
// text, figures with their arithmetic, chart, numbered citations, notices, suggestion and vote buttons.
import type { types } from '@slack/bolt';
import {
  answerText,
  citationLabel,
  figureLines,
  formatCount,
  formatRate,
  truncate,
} from '../../core/answer/present.js';
import type { Answer, Citation, Figure } from '../../core/types.js';
import { fitWithEchoes } from '../shared/inert.js';
import { TEXTS } from '../shared/texts.js';
import { escapeCode, escapeMrkdwn, inertMrkdwn, mrkdwnLink, safePlainText } from './escape.js';
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

/** A message ready for chat.postMessage or respond(): blocks plus the notification fallback. */
export interface SlackMessage {
  text: string;
  blocks: Block[];
}

/** Action ids of the buttons the renderers emit; the listeners match on these. */
export const ACTION_IDS = {
  voteUp: 'feedback_up',
  voteDown: 'feedback_down',
  share: 'share_answer',
  /** Suggestion buttons are `ask_suggestion:<n>`: ids must be unique within a block. */
  suggestion: 'ask_suggestion',
} as const;

/** Matches every suggestion button's action id. */
export const SUGGESTION_ACTION = new RegExp(`^${ACTION_IDS.suggestion}(:\\d+)?$`);

/** Block id of the row holding the vote (and share) buttons. */
export const ANSWER_ACTIONS_BLOCK = 'answer_actions';

/** Characters of a citation's title, and of its publisher-and-date part (escaping may grow each fivefold). */
const MAX_CITATION_PART = 200;

/** Suggestions shown as buttons; more than this is noise. */
const MAX_SUGGESTION_BUTTONS = 5;

export interface RenderOptions {
  /** Adds a "Share in channel" button: for answers only the asker can see. */
  shareable?: boolean;
  /**
   * Posted to the channel by someone sharing it: a "Shared from /taser: “question”" line (the
   * question inert) stands above it instead of the "Understood as" line.
   */
  shared?: boolean;
}

/** Render an answer as Block Kit within Slack's limits, with a plain `text` fallback. */
export function renderAnswer(answer: Answer, options: RenderOptions = {}): SlackMessage {
  const head: Block[] = [];
  const context = options.shared ? sharedPreface(answer) : understoodLine(answer);
  if (context) head.push(contextBlock([context]));
  if (answer.text.trim() !== '') head.push(section(fitAnswerText(answer.text, answer.echoes, MAX_SECTION_TEXT)));
  if (answer.figures.length > 0) head.push(figuresBlock(answer));
  if (answer.chart && answer.chart.length > 0) head.push(section(codeBlock(answer.chart)));

  const tail: Block[] = [];
  if (answer.notices.length > 0) tail.push(contextBlock(answer.notices.map((n) => `⚠️ ${escapeMrkdwn(n)}`)));
  if (answer.status === 'no_answer' && answer.suggestions.length > 0) tail.push(questionButtons(answer.suggestions));
  // A refusal from a rate or load limit is not an answer: nothing to rate or share.
  if (!answer.refused) tail.push(answerActions(answer.id, options.shareable === true));

  const room = MAX_MESSAGE_BLOCKS - head.length - tail.length;
  const blocks = [...head, ...citationBlocks(answer.citations, room), ...tail];
  return { text: fallbackText(answer), blocks };
}

/** A short message with no answer behind it (help, errors, confirmations). */
export function renderNotice(text: string): SlackMessage {
  const safe = fitEscaped(text, MAX_SECTION_TEXT);
  return { text: fitEscaped(text, MAX_FALLBACK_TEXT), blocks: [section(safe)] };
}

/**
 * Acknowledge a vote in place: the 👍/👎 buttons give way to a thank-you line; other buttons
 * (e.g. "Share in channel") stay.
 */
export function acknowledgeVote(blocks: Block[], vote: 'up' | 'down'): Block[] {
  const thanks = contextBlock([TEXTS.feedbackThanks(vote)]);
  const isVote = (id: string | undefined) => id === ACTION_IDS.voteUp || id === ACTION_IDS.voteDown;
  const out: Block[] = [];
  let acknowledged = false;
  for (const block of blocks) {
    if (block.type === 'actions' && block.elements.some((e) => 'action_id' in e && isVote(e.action_id))) {
      const rest = block.elements.filter((e) => !('action_id' in e && isVote(e.action_id)));
      if (rest.length > 0) out.push({ ...block, elements: rest });
      out.push(thanks);
      acknowledged = true;
    } else {
      out.push(block);
    }
  }
  if (!acknowledged) out.push(thanks);
  return out.slice(-MAX_MESSAGE_BLOCKS);
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
 * A ranking as its numbered lines; a list of up to ten figures as fields, more as lines in a
 * code block that drops what does not fit.
 */
function figuresBlock(answer: Answer): Block {
  const { figures } = answer;
  if (answer.figureLayout?.kind === 'ranking') {
    return section(fitLines(figureLines(answer).map(escapeMrkdwn), MAX_SECTION_TEXT));
  }
  if (figures.length <= MAX_FIELDS) {
    return { type: 'section', fields: figures.map((f) => ({ type: 'mrkdwn', text: figureField(f) })) };
  }
  return section(codeBlock(figureLines(answer)));
}

function figureField(f: Figure): string {
  const value = f.value === null ? 'no figure published' : formatCount(f.value);
  const lines = [
    `*${escapeMrkdwn(f.force)}*`,
    escapeMrkdwn(f.periodLabel),
    `${escapeMrkdwn(f.metric)}: *${value}* [${f.citation}]`,
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

/** One context block per citation; when blocks run short, citations share blocks. */
function citationBlocks(citations: Citation[], room: number): Block[] {
  if (citations.length === 0 || room <= 0) return [];
  const perBlock = Math.min(MAX_CONTEXT_ELEMENTS, Math.ceil(citations.length / room));
  const shown = citations.slice(0, perBlock * room);
  const lines = shown.map(citationText);
  const hidden = citations.length - shown.length;
  if (hidden > 0) lines[lines.length - 1] = `${lines[lines.length - 1]}\n… and ${hidden} more sources`;
  const blocks: Block[] = [];
  for (let i = 0; i < lines.length; i += perBlock) blocks.push(contextBlock(lines.slice(i, i + perBlock)));
  return blocks;
}

/** `[n] <url|Title> — Publisher, date` and the snippet the citation stands behind. */
function citationText(c: Citation): string {
  // Title and "— publisher, date" are capped so the snippet always has room and the link stays whole.
  const rest = truncate(citationLabel(c).slice(c.title.length), MAX_CITATION_PART);
  const label = `*[${c.n}]* ${mrkdwnLink(c.url, truncate(c.title, MAX_CITATION_PART))}${escapeMrkdwn(rest)}${c.reviewDue ? ' · _review due_' : ''}`;
  const fitted = c.snippet.trim() ? fitEscaped(c.snippet.trim(), MAX_CONTEXT_TEXT - label.length - 10) : '';
  // A table reference is not the source's words: no quote marks around it.
  const snippet = fitted ? (c.reference ? `\n${fitted}` : `\n“${fitted}”`) : '';
  return `${label}${snippet}`;
}

/** Buttons that each ask one question (suggestions, examples). */
export function questionButtons(suggestions: string[]): Block {
  const elements: Button[] = suggestions.slice(0, Math.min(MAX_SUGGESTION_BUTTONS, MAX_ACTIONS)).map((s, i) => ({
    type: 'button',
    action_id: `${ACTION_IDS.suggestion}:${i}`,
    text: { type: 'plain_text', text: safePlainText(truncate(s, MAX_BUTTON_TEXT)), emoji: true },
    value: truncate(s, MAX_BUTTON_VALUE),
  }));
  return { type: 'actions', block_id: 'suggestions', elements };
}

function answerActions(answerId: string, shareable: boolean): Block {
  const button = (action_id: string, text: string, style?: 'primary'): Button => ({
    type: 'button',
    action_id,
    text: { type: 'plain_text', text, emoji: true },
    value: answerId.slice(0, MAX_BUTTON_VALUE),
    ...(style ? { style } : {}),
  });
  const elements: Button[] = [];
  if (shareable) elements.push(button(ACTION_IDS.share, 'Share in channel', 'primary'));
  elements.push(button(ACTION_IDS.voteUp, '👍 Helpful'), button(ACTION_IDS.voteDown, '👎 Not helpful'));
  return { type: 'actions', block_id: ANSWER_ACTIONS_BLOCK, elements };
}

/** The notification text: the answer, then its sources or suggestions, in plain words. */
function fallbackText(answer: Answer): string {
  const extra =
    answer.status === 'no_answer' && answer.suggestions.length > 0
      ? `Try: ${answer.suggestions.slice(0, MAX_SUGGESTION_BUTTONS).join(' · ')}`
      : answer.citations.map((c) => `[${c.n}] ${citationLabel(c)}`).join('\n');
  const whole = answerText(answer);
  return fitAnswerText(extra ? `${whole}\n${extra}` : whole, answer.echoes, MAX_FALLBACK_TEXT);
}
