// Reads what a person sees on an Adaptive Card the bot posted: its paragraphs, buttons and links.
import type { PostedActivity } from './fake-bot-connector.js';

/** The Adaptive Card of a posted message (its only attachment). */
export function cardOf(post: PostedActivity): any {
  const attachments = post.body.attachments as { contentType: string; content: unknown }[];
  if (attachments.length !== 1 || attachments[0]!.contentType !== 'application/vnd.microsoft.card.adaptive') {
    throw new Error(`expected one Adaptive Card, got ${JSON.stringify(attachments)}`);
  }
  return attachments[0]!.content;
}

/** Every element of a card body, containers flattened, in order. */
function elements(card: any): any[] {
  return (card.body as any[]).flatMap((e) => (e.type === 'Container' ? elements({ body: e.items }) : [e]));
}

/** The card's text as a person reads it: one string per paragraph. */
export function paragraphsOf(card: any): string[] {
  return elements(card)
    .filter((e) => e.type === 'RichTextBlock')
    .map((e) => (e.inlines as any[]).map((r) => r.text as string).join(''));
}

/** The card's buttons, in order: title, verb and data. */
export function buttonsOf(card: any): { title: string; verb: string; data: any }[] {
  return elements(card)
    .filter((e) => e.type === 'ActionSet')
    .flatMap((e) => e.actions as any[])
    .map((a) => ({ title: a.title, verb: a.verb, data: a.data }));
}

/** The links on the card: the text of each linked run and where it goes. */
export function linksOf(card: any): { text: string; url: string }[] {
  return elements(card)
    .filter((e) => e.type === 'RichTextBlock')
    .flatMap((e) => e.inlines as any[])
    .filter((r) => r.selectAction)
    .map((r) => ({ text: r.text, url: r.selectAction.url }));
}
