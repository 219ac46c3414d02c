// What kind of thing a question asks for, from its English question words ("how many" wants a
// number, "how much does it cost" an amount of money, "how long" a length of time, "when did" a
// date, "who was" a name), and whether a sentence says a thing of that kind. General English
// only: nothing here knows any pack's words.
import { englishRank, IRREGULAR_BASE } from './english.js';
import { MONTH_NAMES } from './dates.js';
import { words } from './normalise.js';
import { STOP_WORDS } from './terms.js';
import { partOfSpeechUsage } from './wordnet.js';

/**
 * `share` is a part of a whole ("12%", "eleven per cent", "a third", "one in five"); `frequency` a
 * number or a word such as "quarterly" ("how often"); `money` an amount ("£35"); `duration` a
 * length of time ("24 hours", "two weeks"); `age` how old someone is or must be ("aged 16 or
 * over", "a 22-year-old", "under 18"); `penalty` what a court or officer can give ("six months
 * imprisonment", "an unlimited fine", "3 penalty points", "£100"); `provision` the law a power is in
 * ("section 24", "Schedule 7", "the Policing and Crime Act 2017").
 */
export type AnswerType =
  'number' | 'share' | 'frequency' | 'date' | 'name' | 'money' | 'duration' | 'age' | 'penalty' | 'provision';

const NUMBER_QUESTION =
  /\b(?:how (?:many|much|old|long|far|often|big|heavy|large|fast|soon)|(?:what|which) (?:percentage|percent|proportion|share|fraction|number|amount|age|range|distance|weight|size|length|period)|(?:max|maximum|min|minimum) (?:time|number|amount|age|length|period|range|distance))\b/;

const SHARE_QUESTION =
  /\b(?:what|which|whats) (?:is |was |s )?(?:the )?(?:percentage|percent|proportion|fraction)\b|\bwhat share\b/;

const MONEY_QUESTION =
  /\b(?:how much (?:\w+ ){0,6}?(?:cost|costs|costed|pay|paid|spend|spent|worth|charge|charged|fund|funded|budget|invest|invested|fee|fees)\b|how much (?:money|cash|funding|budget)|(?:what|whats) (?:is |are |was |were |s )?(?:the )?(?:\w+ ){0,2}?(?:cost|costs|price|budget|fee|fees)\b|(?:cost|price) of\b)/;

/** "court fee for a closure order", "dorset kennel costs per day": a price asked without a question word. */
const MONEY_FRAGMENT = /\b(?:fee|fees|cost|costs|price|prices)\b/;

/** Words that make a question of a sentence: without them, a few words name what is wanted. */
const ASKING_WORD =
  /\b(?:what|whats|how|when|who|whos|which|why|where|can|could|is|are|was|were|do|does|did|should|would|will|may|must|has|have)\b/;

const AGE_QUESTION =
  /\bhow old\b|\b(?:what|which|whats) (?:is |s )?(?:the )?(?:(?:max|maximum|min|minimum|lowest|youngest|oldest) )?age\b|\b(?:max|maximum|min|minimum|lowest|youngest|oldest) age\b|\bage (?:limit|range)\b/;

/** "max sentence", "penalty for…", "the fine for…"; not "is it fine for me to…". */
const PENALTY_QUESTION =
  /\b(?:max|maximum|min|minimum|whats the|what is the|what s the) (?:sentence|penalty|punishment|jail|prison|fine)\b|\b(?:sentence|penalty|punishment) for\b|(?:^|\b(?:the|a|any) )fine for\b/;

/** "which section…", "under what act…", "what legislation…", "…what section". */
const PROVISION_QUESTION =
  /\b(?:what|which|whats)\s+(section|sect|sec|sch|sched|schedule|part|para|paragraph|reg|regulation|article|rule|act|legislation|law|statute)\b/;

/** Asked for one of these, a law's name answers as well as a numbered provision. */
const LAW_WORDS = new Set(['act', 'legislation', 'law', 'statute']);

const DURATION_QUESTION = /\bhow long\b|\b(?:what|whats) (?:is |s )?(?:the )?(?:time limit|duration)\b/;

const DATE_QUESTION =
  /\b(?:when (?:did|was|were|had)|(?:what|which) (?:date|year|month|day)|since when|how long ago|(?:in|from|by) what (?:date|year))\b/;

/**
 * The kind of answer a question asks for, or undefined when its words do not say. "When can I…"
 * asks for a condition, not a date, and "who decides…" for a role, not a name: only the past
 * ("when did", "who wrote") and "who is/was the…" ask for a date or a name.
 */
export function answerTypeOf(question: string): AnswerType | undefined {
  // "what % of…" reads as "what percent of…": words() keeps letters and digits only.
  const w = words(question.replace(/\bwho['’]s\b/gi, 'who s').replace(/%/g, ' percent '));
  const text = w.join(' ');
  if (DATE_QUESTION.test(text)) return 'date';
  if (PROVISION_QUESTION.test(text)) return 'provision';
  if (SHARE_QUESTION.test(text)) return 'share';
  if (/\bhow often\b/.test(text)) return 'frequency';
  if (MONEY_QUESTION.test(text) || (MONEY_FRAGMENT.test(text) && !ASKING_WORD.test(text))) return 'money';
  if (DURATION_QUESTION.test(text)) return 'duration';
  if (AGE_QUESTION.test(text)) return 'age';
  if (NUMBER_QUESTION.test(text)) return 'number';
  if (PENALTY_QUESTION.test(text)) return 'penalty';
  const at = w.findIndex((x) => x === 'who' || x === 'whos');
  if (at < 0) return undefined;
  const rest = w[at] === 'whos' ? ['is', ...w.slice(at + 1)] : w.slice(at + 1);
  const verb = rest[0] === 's' ? 'is' : rest[0];
  if (verb === undefined) return undefined;
  if (verb === 'was' || verb === 'were' || (verb === 'is' && rest[1] === 'the')) return 'name';
  if (IRREGULAR_BASE.has(verb) || /[a-z]ed$/.test(verb)) return 'name';
  return undefined;
}

/** Nouns that say only that something is counted ("how many times", "how many people"). */
const COUNT_NOUNS = new Set(['times', 'time', 'people', 'persons', 'ones', 'things']);

/** Words that stress a count without saying what is counted ("how many actual arrests"). */
const COUNT_STRESS = new Set(['actual', 'real', 'total', 'exact', 'overall', 'whole', 'different', 'separate']);

/**
 * The word for what a "how many" or "how much" question counts ("how many meals a day" → "meals"),
 * which an answer must say; undefined for no such question, a bare count ("how many times"), a
 * question whose count is its verb's ("how many came back positive", "how many died") or one that
 * asks a price ("how much did the protests cost": the amount answers it, whatever it names).
 */
export function countedWord(question: string): string | undefined {
  const w = words(question);
  for (let i = 0; i + 2 < w.length; i++) {
    if (w[i] !== 'how' || (w[i + 1] !== 'many' && w[i + 1] !== 'much')) continue;
    if (w[i + 1] === 'much' && MONEY_QUESTION.test(w.join(' '))) return undefined;
    const next = w.slice(i + 2).find((x) => !STOP_WORDS.has(x) && !COUNT_STRESS.has(x));
    return next === undefined || COUNT_NOUNS.has(next) || onlyAVerb(next) ? undefined : next;
  }
  return undefined;
}

/** True for a word English uses as a verb and never as a noun ("came", "died"; not "arrests"). */
function onlyAVerb(word: string): boolean {
  const usage = partOfSpeechUsage(word);
  return usage.noun === 0 && usage.verb > usage.adj;
}

/** Cardinal numbers written as words, one to ninety. */
const CARDINALS = `one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen
  seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety`.split(/\s+/);

const NUMBER_WORDS = new Set([
  ...CARDINALS.filter((w) => w !== 'one'),
  ...`hundred thousand million billion half third quarter dozen twice double treble triple trebled doubled
  halved percent`.split(/\s+/),
]);

/** Words that say how often: "how often" is answered by "quarterly" as well as by a number. */
const FREQUENCY_WORDS = new Set(
  `hourly daily weekly fortnightly monthly quarterly annual annually yearly biannual biennial`.split(/\s+/),
);

const MONTHS = new Set(MONTH_NAMES.map((m) => m.toLowerCase()));
const ANY_MONTH = [...MONTHS].join('|');

/** The words a law's numbered provisions are written with ("section", "s", "reg", "Part", "Schedule"…). */
const PROVISION_WORD = String.raw`sections?|ss?|secs?|regulations?|regs?|articles?|arts?|paragraphs?|paras?|parts?|schedules?|schs?|rules?`;

/**
 * Dates (03/12/2020, 2020-12-03, 20 December 2023), years (2019, 2019/20; but "2031 officers" is a
 * count), version numbers (v3.00, version 3.0) and codes that start with letters (OK-9, L104A2,
 * s60). "One" is left out of the number words: it is more often a pronoun ("one of their
 * options") than a count.
 */
const NOT_COUNTS = new RegExp(
  [
    // 03/12/2020, 2020-12-03
    String.raw`\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b`,
    String.raw`\b\d{4}-\d{2}(?:-\d{2})?\b`,
    // 20 December 2023, December 20, 2023, 1st May
    String.raw`\b\d{1,2}(?:st|nd|rd|th)?\s+(?:${ANY_MONTH})\b`,
    String.raw`\b(?:${ANY_MONTH})\s+\d{1,2}(?:st|nd|rd|th)?\b,?`,
    // a year: 2019/20, or 19xx/20xx unless a plural noun follows within two words ("2031 trained
    // officers" is a count)
    String.raw`\b(?:19|20)\d\d\/\d\d\b`,
    String.raw`\b(?:19|20)\d\d\b(?!\s+(?:\p{L}+\s+)?(?!(?:has|was|is)\b)\p{L}{3,}s\b)`,
    // v3.00, version 3.0
    String.raw`\b(?:version|v)\s?\d+(?:\.\d+)*\b`,
    // names and codes that start with letters: OK-9, L104A2, X2, s60, COVID19
    String.raw`\b\p{L}+-?\d[\p{L}\d]*\b`,
    // a provision of a law or a document: section 1(3), s.23, reg 64(2), Part 2, article 12, para 7
    String.raw`\b(?:${PROVISION_WORD}|chapters?|clauses?|annex(?:es)?)\.?\s*\d+[A-Z]{0,2}\b(?:\(\w{1,4}\))*`,
    // its numbering: a subsection "(1)", "(1A)", or a numbered paragraph opening a line ("12. A person…", "4.—(1)")
    String.raw`\(\d{1,3}[A-Z]{0,2}\)`,
    String.raw`(?:^|\n)\s*\d{1,3}\.(?=\s|—|-|\()`,
  ].join('|'),
  'giu',
);

/**
 * A model or designation: a capitalised name and a small number (Taser 7, Table 13),
 * unless a plural noun follows ("Around 30 officers" is a count). Case matters, so not in NOT_COUNTS.
 */
const DESIGNATION = /\b\p{Lu}\p{L}+\s\d{1,2}\b(?!\s+(?:\p{L}+\s+)?\p{L}{3,}s\b)/gu;

/** A length of time: "24 hours", "36-hour", "two weeks", "3 mins", "for the lifetime of", "indefinitely". */
const DURATION =
  /\b(?:lifetime|for life|indefinite(?:ly)?|until further (?:order|notice))\b|\b(?:\d[\d,.]*|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|several|few)[\s-]+(?:\w+[\s-]+)?(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|wks?|fortnights?|months?|years?|yrs?)\b/i;

/** A part of a whole: 12%, eleven per cent, a third, two-thirds, the majority, one in five, 3 out of 10. */
const SHARE =
  /%|\bper ?cent\b|\b(?:half|halves|thirds?|quarters?|fifths?|tenths?|majority|minority)\b|\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten) (?:in|out of) (?:every )?(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|twenty|hundred|thousand)\b/i;

const AGE_NUMBER = `(?:\\d{1,3}|${CARDINALS.join('|')})`;

/**
 * An age: "aged 16", "the age of 18", "ages 10 to 17", "a thirteen year-old", "15 years old", "18
 * years of age", "18 or over", "under 18", "over-65s", "must be at least 18." A bare number is not
 * one: "how old was he" is not answered by "3 checks", nor "were 3 checks" by its verb.
 */
const AGE = new RegExp(
  [
    String.raw`\bage[ds]?\s+(?:of\s+|between\s+|from\s+|under\s+|over\s+|at\s+least\s+)?${AGE_NUMBER}\b`,
    String.raw`\b${AGE_NUMBER}[\s-]+(?:years?|yrs?)[\s-]+(?:olds?\b|of\s+age\b)`,
    String.raw`\b(?:be|is|are|was|were|turned|reached)\s+(?:at\s+least\s+|only\s+|just\s+)?${AGE_NUMBER}(?:\s+years?)?(?=\s*(?:[.,;:!?)]|$)|\s+(?:or|and|when|at|on|in|by|before|after)\b)`,
    String.raw`\b${AGE_NUMBER}\s+(?:or|and)\s+(?:over|older|above|under|younger|below)\b`,
    String.raw`\b(?:under|over)[\s-]${AGE_NUMBER}s?\b`,
  ].join('|'),
  'i',
);

/**
 * A penalty a court or officer gives: imprisonment, a fine, points, a ban, a community order or a
 * discharge. "Fine" alone is the penalty only where a sentence goes on as penalties do ("a fine
 * of", "a fine or", "a fine.", "a fine -"), not the adjective ("a fine, translucent mesh").
 */
const PENALTY =
  /\b(?:imprisonment|imprisoned|prison|jail|custodial|fine[sd]|fine(?=\s+(?:of|not|up|or|and|at)\b|\s*(?:[.;:)\]\-–]|$))|community orders?|suspended sentences?|(?:conditional|absolute) discharges?|penalty points|points on|disqualif\w*|disqualified|banned|unlimited|life sentence|level [1-5])\b|[£$€]\s?\d/i;

/** A numbered provision: "section 24", "s.23", "s60AA", "reg 110", "Part 2", "Schedule 7", "para 5". */
const NUMBERED_PROVISION = new RegExp(String.raw`\b(${PROVISION_WORD})\.?\s*(\d+[A-Z]{0,2})\b`, 'giu');

/** The kinds of provision, by the words that write them: "which section" is not answered by a schedule. */
const PROVISION_KINDS: readonly (readonly string[])[] = [
  ['section', 'sections', 's', 'ss', 'sec', 'secs', 'sect'],
  ['schedule', 'schedules', 'sch', 'schs', 'sched'],
  ['part', 'parts'],
  ['paragraph', 'paragraphs', 'para', 'paras'],
  ['regulation', 'regulations', 'reg', 'regs'],
  ['article', 'articles', 'art', 'arts'],
  ['rule', 'rules'],
];

/** The words that write the kind of provision asked for ("sch" → schedule), or undefined for any kind. */
function provisionWords(kind: string): readonly string[] | undefined {
  return PROVISION_KINDS.find((words) => words.includes(kind));
}

/** A law by name: "the Police and Criminal Evidence Act 1984", "the Misuse of Drugs Regulations 2001". */
const NAMED_LAW =
  /\b\p{Lu}[\p{L}’'-]*(?:\s+(?:\p{Lu}[\p{L}’'()-]*|of|and|the|for|on|in|to))*\s+(?:Act|Order|Regulations|Rules)\b/u;

/**
 * True when a sentence names a law or a numbered provision of one. Asked for a section, part or
 * schedule, a numbered one of that kind the question does not give itself ("which part of sch 4"
 * is not answered by "Schedule 4" alone, "which section" not by "Schedule 3"); asked for an act
 * or law, any numbered provision or a law's name.
 */
function saysProvision(sentence: string, question: string): boolean {
  const w = words(question);
  const asked = new Set(w);
  const kind = PROVISION_QUESTION.exec(w.join(' '))?.[1];
  const wanted = kind === undefined ? undefined : provisionWords(kind);
  const numbered = [...sentence.matchAll(NUMBERED_PROVISION)].some(
    (m) => !asked.has(m[2]!.toLowerCase()) && (!wanted || wanted.includes(m[1]!.toLowerCase())),
  );
  if (numbered) return true;
  return kind !== undefined && LAW_WORDS.has(kind) && NAMED_LAW.test(sentence);
}

/** A year, unless it is part of an instrument's name ("Act 1988", "the 1991 Order"). */
const INSTRUMENT = String.raw`(?:Act|Acts|Regulations|Order|Rules)`;
const INSTRUMENT_YEAR = new RegExp(String.raw`(?<!\b${INSTRUMENT}\s)\b(?:1[89]|20)\d{2}\b(?!\s${INSTRUMENT}\b)`, 'g');

/** An amount of money: £1.2m, $300, 500 pounds, 3 million (a budget), 40p. */
const MONEY = /[£$€]\s?\d|\b\d[\d,.]*\s?(?:pounds|pence|p|k|m|bn|million|billion)\b/i;

/**
 * True when the sentence says something of the kind asked for: a digit or number word, a frequency
 * word, an amount of money, a length of time, an age, a year or month, or a name the question does
 * not already give.
 */
export function saysAnswerType(type: AnswerType, sentence: string, question: string): boolean {
  if (type === 'frequency' && words(sentence).some((x) => FREQUENCY_WORDS.has(x))) return true;
  if (type === 'money') return MONEY.test(sentence);
  if (type === 'share') return SHARE.test(sentence);
  if (type === 'duration') return DURATION.test(sentence);
  if (type === 'age') return AGE.test(sentence);
  if (type === 'penalty') return PENALTY.test(sentence);
  if (type === 'provision') return saysProvision(sentence, question);
  if (type === 'number' || type === 'frequency') {
    // A date, a year or a version number is no count: "how many" is not answered by "published 03/12/2020".
    const counts = sentence.replace(DESIGNATION, ' ').replace(NOT_COUNTS, ' ');
    return /\d/.test(counts) || words(counts).some((x) => NUMBER_WORDS.has(x));
  }
  const asked = new Set(words(question));
  // A year the question gives ("when did the 2002 Act go live") is not a date that answers it, nor
  // the year in an instrument's name, after it or before it ("the Road Traffic Act 1988", "the
  // 1991 Order").
  if (type === 'date')
    return (
      [...sentence.matchAll(INSTRUMENT_YEAR)].some((m) => !asked.has(m[0])) ||
      words(sentence).some((x) => MONTHS.has(x) && x !== 'may')
    );
  return namesIn(sentence).some((name) => !asked.has(name));
}

/**
 * Capitalised words inside a sentence (not its first word) that are rare in everyday English: the
 * surnames, places and bodies a "who" answer names, lower-cased.
 */
function namesIn(sentence: string): string[] {
  const names: string[] = [];
  const capitalised = /(?<=[\p{L},;:)]\s+)(?:\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)*|\p{Lu}{2,}s?\b)/gu;
  for (const m of sentence.matchAll(capitalised)) {
    const name = m[0].toLowerCase();
    const rank = englishRank(name.replace(/-/g, ''));
    if (rank === undefined || rank > RARE_NAME_RANK) names.push(name);
  }
  return names;
}

/** Below this rank a capitalised word is more likely an ordinary word in a title than a name. */
const RARE_NAME_RANK = 5000;
