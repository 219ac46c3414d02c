// The one Discord renderer: a platform-neutral Answer → an embed plus buttons, always inside
// Discord's limits. Wording shared with other platforms comes from core/answer/present.ts.
import {
  ButtonStyle,
  ComponentType,
  type APIActionRowComponent,
  type APIButtonComponent,
  type APIEmbed,
  type APIEmbedField,
} from 'discord.js';
import { citationLabel, figureDetail, rankedValue, truncate } from '../../core/answer/present.js';
import type { Answer, Citation, Figure } from '../../core/types.js';
import { fitWithEchoes } from '../shared/inert.js';
import { encodeButton, type ButtonAction } from './custom-ids.js';
import { escape, escapeWithin, inert } from './escape.js';
import { LIMITS, embedLength } from './limits.js';

export interface RenderOptions {
  /** Offer "Post publicly": only on ephemeral replies, which nobody else can see. */
  shareable: boolean;
}

export type ButtonRow = APIActionRowComponent<APIButtonComponent>;

export interface RenderedAnswer {
  embeds: APIEmbed[];
  components: ButtonRow[];
}

const COLOUR = { answered: 0x1f6feb, no_answer: 0x8b949e } as const;
/** A quoted snippet longer than this stops helping the reader decide whether to open the source. */
const SNIPPET_MAX = 300;
/** Room kept for the answer text when figures and sources compete for the 6000-character total. */
const DESCRIPTION_RESERVE = 1500;
/** The answer text comes first; notices may take at most this share of the description. */
const NOTICE_SHARE = 0.25;

/** The embed and buttons for one answer. */
export function renderAnswer(answer: Answer, options: RenderOptions): RenderedAnswer {
  return { embeds: [answerEmbed(answer)], components: answerButtons(answer, options) };
}

function answerEmbed(answer: Answer): APIEmbed {
  // The question as understood is the title: it shows how a follow-up was read, and gives
  // context when a private answer is posted publicly. The words are the asker's: inert.
  const title = answer.understood?.trim() ? escapeWithin(answer.understood.trim(), LIMITS.title, inert) : undefined;
  const fixed = title?.length ?? 0;
  const wanted = describe(answer, LIMITS.description).length;
  const room = { chars: LIMITS.embedTotal - fixed - Math.min(wanted, DESCRIPTION_RESERVE), slots: LIMITS.fields };
  // Sources are allotted room before figures: every statement shown must stay cited.
  const sources = fit(answer.citations.map(citationField), room, moreSources);
  const figures = fit(figureFields(answer), room, moreFigures);
  const fields = [...figures, ...sources];
  const used = fixed + embedLength({ fields });
  const description = describe(answer, Math.min(LIMITS.description, LIMITS.embedTotal - used));
  return {
    color: COLOUR[answer.status],
    ...(title ? { title } : {}),
    ...(description ? { description } : {}),
    ...(fields.length > 0 ? { fields } : {}),
  };
}

/** Answer text, then the chart as a code block, then notices, within `budget` characters. */
function describe(answer: Answer, budget: number): string {
  const noticeBudget = Math.floor(budget * NOTICE_SHARE);
  const notices = answer.notices.map((n) => `⚠️ ${escapeWithin(n, noticeBudget)}`).join('\n');
  const noticePart = notices ? truncate(notices, noticeBudget) : '';
  const textBudget = Math.max(0, budget - (noticePart ? noticePart.length + 2 : 0));
  const body = fitWithEchoes(answer.text, answer.echoes, textBudget, {
    escape,
    inert,
    fit: (raw, max, render) => escapeWithin(raw, max, render),
  });
  const chart = chartBlock(answer.chart ?? [], textBudget - body.length - 2);
  return [body, chart, noticePart].filter(Boolean).join('\n\n');
}

/** Whole chart lines in a code block; lines that do not fit are dropped, marked with "…". */
function chartBlock(lines: string[], room: number): string {
  const open = '```\n';
  const close = '\n```';
  const safe = lines.map((l) => l.replaceAll('`', 'ˋ'));
  const kept: string[] = [];
  let size = open.length + close.length + 2; // +2 for a possible "\n…"
  for (const line of safe) {
    if (size + line.length + 1 > room) break;
    kept.push(line);
    size += line.length + 1;
  }
  if (kept.length === 0) return '';
  if (kept.length < safe.length) kept.push('…');
  return `${open}${kept.join('\n')}${close}`;
}

/** One field per figure: "Force — period" over the value, or "1. Force" over a ranked value. */
function figureFields(answer: Answer): APIEmbedField[] {
  const layout = answer.figureLayout;
  if (layout?.kind === 'ranking') {
    return answer.figures.map((f, i) => ({
      name: escapeWithin(`${i + 1}. ${f.force}`, LIMITS.fieldName),
      value: `${escapeWithin(rankedValue(f, layout.by === 'rate'), LIMITS.fieldValue - 8)} [${f.citation}]`,
    }));
  }
  return answer.figures.map((f: Figure) => ({
    name: escapeWithin(`${f.force} — ${f.periodLabel}`, LIMITS.fieldName),
    value: `${escapeWithin(figureDetail(f), LIMITS.fieldValue - 8)} [${f.citation}]`,
  }));
}

function citationField(c: Citation): APIEmbedField {
  const title = escapeWithin(c.title, LIMITS.fieldName);
  const url =
    c.url && /^https?:\/\//i.test(c.url) ? c.url.replace(/[()<>\s]/g, (ch) => encodeURIComponent(ch)) : undefined;
  const linked = url ? `[${title.replace(/[[\]]/g, '\\$&')}](${url})` : title;
  let label = citationLabel({
    ...c,
    title: linked,
    publisher: c.publisher && escapeWithin(c.publisher, LIMITS.fieldName),
  });
  // A link cut in half renders as broken markup; fall back to the plain label instead.
  if (label.length > LIMITS.fieldValue) label = escapeWithin(citationLabel(c), LIMITS.fieldValue);
  const room = LIMITS.fieldValue - label.length - 1;
  // A table reference is not the source's words: shown plain, not as a block quote.
  const cut = truncate(c.snippet.trim(), SNIPPET_MAX);
  const snippet = c.snippet.trim() ? (c.reference ? escapeWithin(cut, SNIPPET_MAX) : quote(cut)) : '';
  const value = snippet && room > 10 ? `${label}\n${truncate(snippet, room)}` : label;
  return { name: `Source [${c.n}]${c.reviewDue ? ' (review due)' : ''}`, value };
}

function quote(text: string): string {
  return escapeWithin(text, SNIPPET_MAX)
    .split('\n')
    .map((l) => `> ${l}`)
    .join('\n');
}

const moreSources = (n: number): APIEmbedField => ({ name: 'More sources', value: `${n} more not shown here.` });
const moreFigures = (n: number): APIEmbedField => ({
  name: 'More figures',
  value: `${n} more not shown here; ask about one force or one period to see them.`,
});

/**
 * The fields that fit in `room` (which is reduced by what they take). When some do not fit,
 * the last slot says how many were left out, so nothing disappears silently.
 */
function fit(
  fields: APIEmbedField[],
  room: { chars: number; slots: number },
  more: (n: number) => APIEmbedField,
): APIEmbedField[] {
  const size = (f: APIEmbedField) => f.name.length + f.value.length;
  const total = fields.reduce((s, f) => s + size(f), 0);
  if (fields.length <= room.slots && total <= room.chars) {
    room.slots -= fields.length;
    room.chars -= total;
    return fields;
  }
  const overflowSize = size(more(fields.length));
  let chars = room.chars - overflowSize;
  let slots = room.slots - 1;
  if (chars < 0 || slots < 0) return [];
  const kept: APIEmbedField[] = [];
  for (const f of fields) {
    if (slots === 0 || size(f) > chars) break;
    kept.push(f);
    chars -= size(f);
    slots -= 1;
  }
  const overflow = more(fields.length - kept.length);
  room.slots = slots;
  room.chars = chars + overflowSize - size(overflow);
  return [...kept, overflow];
}

function answerButtons(answer: Answer, options: RenderOptions): ButtonRow[] {
  // A refusal from a rate or load limit is not an answer: nothing to rate, post or follow.
  if (answer.refused) return [];
  const rows: ButtonRow[] = [];
  const main = [
    button({ kind: 'feedback', vote: 'up', answerId: answer.id }, 'Helpful', '👍'),
    button({ kind: 'feedback', vote: 'down', answerId: answer.id }, 'Not helpful', '👎'),
    options.shareable
      ? button({ kind: 'publish', answerId: answer.id }, 'Post publicly', undefined, ButtonStyle.Primary)
      : undefined,
  ];
  pushRow(rows, main);
  if (answer.status === 'no_answer') {
    const suggestions = answer.suggestions
      .map((s, index) => (s.trim() ? button({ kind: 'suggestion', answerId: answer.id, index }, s.trim()) : undefined))
      .filter(Boolean)
      .slice(0, LIMITS.buttonsPerRow);
    pushRow(rows, suggestions);
  }
  return rows;
}

function button(
  action: ButtonAction,
  label: string,
  emoji?: string,
  style = ButtonStyle.Secondary,
): APIButtonComponent | undefined {
  const customId = encodeButton(action);
  if (!customId) return undefined; // answer id too long for a custom id: better no button than a rejected message
  return {
    type: ComponentType.Button,
    style,
    custom_id: customId,
    label: truncate(label, LIMITS.buttonLabel),
    ...(emoji ? { emoji: { name: emoji } } : {}),
  } as APIButtonComponent;
}

function pushRow(rows: ButtonRow[], buttons: (APIButtonComponent | undefined)[]): void {
  const components = buttons.filter((b): b is APIButtonComponent => b !== undefined).slice(0, LIMITS.buttonsPerRow);
  if (components.length > 0 && rows.length < LIMITS.rows) rows.push({ type: ComponentType.ActionRow, components });
}
