// The one Discord renderer: a platform-neutral Answer → an embed plus buttons, always inside
// Discord's limits, each thing once: the text, the figures (as fields, or as the attached chart),
// one field per source, at most three related questions as buttons. Wording: core/answer/present.ts.
import {
  ButtonStyle,
  ComponentType,
  type APIActionRowComponent,
  type APIButtonComponent,
  type APIEmbed,
  type APIEmbedField,
} from 'discord.js';
import { figureDetail, rankedValue, truncate } from '../../core/answer/present.js';
import type { Answer, Figure } from '../../core/types.js';
import { fitWithEchoes } from '../shared/inert.js';
import { MAX_RELATED, QUOTE_MAX, answerSources, referenceSummary, type SourceEntry } from '../shared/sources.js';
import { encodeButton, type ButtonAction } from './custom-ids.js';
import { escape, escapeWithin, inert } from './escape.js';
import { LIMITS, embedLength } from './limits.js';

export interface RenderOptions {
  /** Offer "Post publicly": only on ephemeral replies, which nobody else can see. */
  shareable: boolean;
  /**
   * The attachment name of a chart of the figures sent with the embed (default: none). The chart
   * then shows the figures it draws, and only the figures it cannot show stay fields.
   */
  chart?: { file: string; drawn: (f: Figure) => boolean };
}

export type ButtonRow = APIActionRowComponent<APIButtonComponent>;

export interface RenderedAnswer {
  embeds: APIEmbed[];
  components: ButtonRow[];
}

const COLOUR = { answered: 0x1f6feb, no_answer: 0x8b949e } as const;
/** Room kept for the answer text when figures and sources compete for the 6000-character total. */
const DESCRIPTION_RESERVE = 1500;
/** The answer text comes first; notices may take at most this share of the description. */
const NOTICE_SHARE = 0.25;

/** The embed and buttons for one answer. */
export function renderAnswer(answer: Answer, options: RenderOptions): RenderedAnswer {
  return { embeds: [answerEmbed(answer, options)], components: answerButtons(answer, options) };
}

function answerEmbed(answer: Answer, options: RenderOptions): APIEmbed {
  // The question as understood is the title: it shows how a follow-up was read, and gives
  // context when a private answer is posted publicly. The words are the asker's: inert.
  const title = answer.understood?.trim() ? escapeWithin(answer.understood.trim(), LIMITS.title, inert) : undefined;
  const fixed = title?.length ?? 0;
  const { entries, renumber } = answerSources(answer);
  const wanted = describe(answer, renumber, LIMITS.description).length;
  const room = { chars: LIMITS.embedTotal - fixed - Math.min(wanted, DESCRIPTION_RESERVE), slots: LIMITS.fields };
  // Sources are allotted room before figures: every statement shown must stay cited.
  const sources = fit(entries.map(sourceField), room, moreSources);
  const shown = options.chart ? answer.figures.filter((f) => !options.chart!.drawn(f)) : answer.figures;
  const figures = fit(figureFields(answer, shown, renumber), room, moreFigures);
  const fields = [...figures, ...sources];
  const used = fixed + embedLength({ fields });
  const description = describe(answer, renumber, Math.min(LIMITS.description, LIMITS.embedTotal - used));
  return {
    color: COLOUR[answer.status],
    ...(title ? { title } : {}),
    ...(description ? { description } : {}),
    ...(fields.length > 0 ? { fields } : {}),
    ...(options.chart ? { image: { url: `attachment://${options.chart.file}` } } : {}),
  };
}

/** Answer text (its markers numbered by source), then notices, within `budget` characters. */
function describe(answer: Answer, renumber: (text: string) => string, budget: number): string {
  const noticeBudget = Math.floor(budget * NOTICE_SHARE);
  const notices = answer.notices.map((n) => `⚠️ ${escapeWithin(n, noticeBudget)}`).join('\n');
  const noticePart = notices ? truncate(notices, noticeBudget) : '';
  const textBudget = Math.max(0, budget - (noticePart ? noticePart.length + 2 : 0));
  const body = fitWithEchoes(renumber(answer.text), answer.echoes, textBudget, {
    escape,
    inert,
    fit: (raw, max, render) => escapeWithin(raw, max, render),
  });
  return [body, noticePart].filter(Boolean).join('\n\n');
}

/** One field per figure: "Force — period" over the value, or "1. Force" over a ranked value. */
function figureFields(answer: Answer, figures: Figure[], renumber: (text: string) => string): APIEmbedField[] {
  const layout = answer.figureLayout;
  if (layout?.kind === 'ranking') {
    return figures.map((f) => ({
      name: escapeWithin(`${answer.figures.indexOf(f) + 1}. ${f.force}`, LIMITS.fieldName),
      value: `${escapeWithin(rankedValue(f, layout.by === 'rate'), LIMITS.fieldValue - 8)} ${renumber(`[${f.citation}]`)}`,
    }));
  }
  return figures.map((f: Figure) => ({
    name: escapeWithin(`${f.force} — ${f.periodLabel}`, LIMITS.fieldName),
    value: `${escapeWithin(figureDetail(f), LIMITS.fieldValue - 8)} ${renumber(`[${f.citation}]`)}`,
  }));
}

/**
 * "Source [n]" over the linked title and who published it, then its words once: quoted (recalled
 * in a few words when the answer already says them), or a plain table reference.
 */
function sourceField(s: SourceEntry): APIEmbedField {
  const title = escapeWithin(s.title, LIMITS.fieldName);
  const url =
    s.url && /^https?:\/\//i.test(s.url) ? s.url.replace(/[()<>\s]/g, (ch) => encodeURIComponent(ch)) : undefined;
  let label = escape(s.label);
  if (url) label = `[${title.replace(/[[\]]/g, '\\$&')}](${url})${escape(s.label.slice(s.title.length))}`;
  // A link cut in half renders as broken markup; fall back to the plain label instead.
  if (label.length > LIMITS.fieldValue) label = escapeWithin(s.label, LIMITS.fieldValue);
  const room = LIMITS.fieldValue - label.length - 1;
  const quoted = s.quotes.length > 0 ? s.quotes.join('\n') : s.recall;
  const reference = referenceSummary(s.references);
  const words = [quoted ? quote(quoted) : '', reference ? escapeWithin(reference, QUOTE_MAX) : '']
    .filter(Boolean)
    .join('\n');
  const value = words && room > 10 ? `${label}\n${truncate(words, room)}` : label;
  return { name: `Source [${s.n}]${s.reviewDue ? ' (review due)' : ''}`, value };
}

function quote(text: string): string {
  return escapeWithin(text, QUOTE_MAX)
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
  // Related questions (or, after a refusal, what to try instead); the index is the suggestion's own.
  const suggestions = answer.suggestions
    .map((s, index) => (s.trim() ? button({ kind: 'suggestion', answerId: answer.id, index }, s.trim()) : undefined))
    .filter(Boolean)
    .slice(0, MAX_RELATED);
  pushRow(rows, suggestions);
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
