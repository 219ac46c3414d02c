// Builds usage logs for report tests: a small hand-written one, and a large generated one whose
// right report is known by construction (so a 100k-line log can be checked exactly).
import type { FeedbackEvent, QuestionEvent, UsageEvent } from '../../../src/core/usage/usage-log.js';

export function asked(
  question: string,
  at: string,
  status: QuestionEvent['status'],
  notes: string[] = [],
  user?: string,
  statistics: string[] = [],
): QuestionEvent {
  return {
    type: 'question',
    at,
    answerId: `${at}-${question}`,
    question,
    status,
    notes,
    statistics,
    platform: 'test',
    ...(user ? { user } : {}),
  };
}

export function voted(
  answerId: string,
  vote: FeedbackEvent['vote'],
  at: string,
  notes: string[],
  user?: string,
): FeedbackEvent {
  return { type: 'feedback', at, answerId, vote, notes, ...(user ? { user } : {}) };
}

/** Families of unanswered wordings that must group together, with how often each is asked. */
export const GAP_FAMILIES = [
  {
    wordings: ['How do I clean the device?', 'Cleaning the device', 'How do I clean the device after a shift?'],
    count: 9000,
  },
  {
    wordings: ['Can I carry a spare cartridge?', 'spare cartridges', 'How many spare cartridges can I carry?'],
    count: 6000,
  },
  { wordings: ['What is the battery charger model?', 'battery charger'], count: 3000 },
  { wordings: ['Who signs the incident form?', 'incident form signature'], count: 1500 },
] as const;
/** Unanswered questions each unlike every other, sharing only common words. */
export const NOISE = 15_000;
export const ANSWERED = { aftercare: 30_000, 'holster-side': 20_000, recertification: 8_000 } as const;
export const FIGURES_ONLY = 2_000;
export const DOWN_VOTES = 4_000;
export const UP_VOTES = 1_500;

/** 100,000 events in two halves, 2025 and 2026, with every count known. */
export function largeLog(): string[] {
  const lines: string[] = [];
  let n = 0;
  const at = () => {
    n += 1;
    const year = n % 2 === 0 ? 2025 : 2026;
    return `${year}-0${(n % 9) + 1}-1${n % 10}T12:00:00.000Z`;
  };
  for (const family of GAP_FAMILIES) {
    for (let i = 0; i < family.count; i++) {
      // Half the askers use the first wording, so it is the group's example.
      const wording =
        i % 2 === 0 ? family.wordings[0] : family.wordings[1 + ((i >> 1) % (family.wordings.length - 1))]!;
      lines.push(JSON.stringify(asked(wording, at(), 'no_answer', [], `u${i % 50}`)));
    }
  }
  for (let i = 0; i < NOISE; i++)
    lines.push(JSON.stringify(asked(`Can a device fire zeta${i} omega${i}?`, at(), 'no_answer')));
  for (const [note, count] of Object.entries(ANSWERED)) {
    for (let i = 0; i < count; i++)
      lines.push(JSON.stringify(asked(`question about ${note}`, at(), 'answered', [note], `u${i % 50}`)));
  }
  for (let i = 0; i < FIGURES_ONLY; i++)
    lines.push(JSON.stringify(asked('figures please', at(), 'answered', [], undefined, ['northshire-2020-21'])));
  for (let i = 0; i < DOWN_VOTES; i++)
    lines.push(JSON.stringify(voted(`answer-${i}`, 'down', at(), ['aftercare'], `u${i % 50}`)));
  for (let i = 0; i < UP_VOTES; i++)
    lines.push(JSON.stringify(voted(`answer-up-${i}`, 'up', at(), ['holster-side', 'aftercare'], `u${i % 50}`)));
  return lines;
}

export const LARGE_LOG_LINES =
  GAP_FAMILIES.reduce((s, f) => s + f.count, 0) +
  NOISE +
  Object.values(ANSWERED).reduce((s, c) => s + c, 0) +
  FIGURES_ONLY +
  DOWN_VOTES +
  UP_VOTES;

export function toLines(events: UsageEvent[]): string {
  return events.map((e) => `${JSON.stringify(e)}\n`).join('');
}
