// Small Adaptive Card building blocks for the renderer. Every text goes into a TextRun through
// inert(), so nothing from the knowledge or the user is parsed as Markdown or made a link;
// the only links are the ones passed to `run` on purpose (citation URLs).
import type { IActionSet, IExecuteAction, IRichTextBlock, ITextRun } from '@microsoft/teams.cards';
import { truncate } from '../../core/answer/present.js';
import { encodeAction, type CardAction } from './card-actions.js';
import { inert } from './escape.js';

export type RunStyle = Omit<ITextRun, 'type' | 'text' | 'selectAction'>;

/** Teams shows about this many characters of a button title; longer ones are cut with "…". */
export const MAX_BUTTON_TITLE = 80;

/** A TextRun of inert text; with `url` (http or https only) the run opens it when clicked. */
export function run(text: string, style: RunStyle = {}, url?: string): ITextRun {
  const link = url && /^https?:\/\/[^\s]+$/i.test(url) ? url : undefined;
  return {
    type: 'TextRun',
    text: inert(text),
    ...style,
    ...(link ? { selectAction: { type: 'Action.OpenUrl', url: link }, color: 'Accent', underline: true } : {}),
  };
}

/** One paragraph made of runs. */
export function paragraph(runs: ITextRun[], extra: Partial<IRichTextBlock> = {}): IRichTextBlock {
  return { type: 'RichTextBlock', inlines: runs, ...extra };
}

/** One paragraph per line of `text` (blank lines dropped), so line breaks survive every client. */
export function lines(text: string, style: RunStyle = {}): IRichTextBlock[] {
  return text
    .split('\n')
    .map((l) => l.trimEnd())
    .filter((l) => l.trim() !== '')
    .map((l, i) => paragraph([run(l, style)], i === 0 ? {} : { spacing: 'Small' }));
}

/** A bold heading with a separator line above it. */
export function heading(text: string): IRichTextBlock {
  return paragraph([run(text, { weight: 'Bolder' })], { separator: true, spacing: 'Medium' });
}

/** An Action.Execute button for one of our card actions. */
export function button(title: string, action: CardAction): IExecuteAction {
  const { verb, data } = encodeAction(action);
  return { type: 'Action.Execute', title: inert(truncate(title.trim(), MAX_BUTTON_TITLE)), verb, data };
}

/** A row of buttons, or nothing when there are none. */
export function buttonRow(buttons: IExecuteAction[]): IActionSet[] {
  return buttons.length > 0 ? [{ type: 'ActionSet', actions: buttons }] : [];
}
