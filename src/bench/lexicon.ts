// Generic policy English and invented words for synthetic knowledge packs. Nothing here comes
// from the bundled knowledge: places and specialist terms are made up from syllables.
import type { Random } from './random.js';

/** [singular, plural]. */
export const NOUNS: readonly (readonly [string, string])[] = [
  ['record', 'records'], ['report', 'reports'], ['procedure', 'procedures'], ['assessment', 'assessments'],
  ['review', 'reviews'], ['statement', 'statements'], ['inspection', 'inspections'], ['briefing', 'briefings'],
  ['handover', 'handovers'], ['patrol', 'patrols'], ['shift', 'shifts'], ['vehicle', 'vehicles'],
  ['radio', 'radios'], ['log', 'logs'], ['request', 'requests'], ['decision', 'decisions'],
  ['permit', 'permits'], ['licence', 'licences'], ['certificate', 'certificates'], ['audit', 'audits'],
  ['notebook', 'notebooks'], ['form', 'forms'], ['signature', 'signatures'], ['photograph', 'photographs'],
  ['exhibit', 'exhibits'], ['witness', 'witnesses'], ['interview', 'interviews'], ['detainee', 'detainees'],
  ['suspect', 'suspects'], ['victim', 'victims'], ['casualty', 'casualties'], ['hospital', 'hospitals'],
  ['battery', 'batteries'], ['locker', 'lockers'], ['cabinet', 'cabinets'], ['key', 'keys'],
  ['password', 'passwords'], ['database', 'databases'], ['camera', 'cameras'], ['recording', 'recordings'],
  ['guidance', 'guidance'], ['standard', 'standards'], ['instruction', 'instructions'], ['manual', 'manuals'],
  ['module', 'modules'], ['qualification', 'qualifications'], ['kit', 'kits'], ['uniform', 'uniforms'],
  ['glove', 'gloves'], ['helmet', 'helmets'], ['torch', 'torches'], ['cell', 'cells'],
  ['custody suite', 'custody suites'], ['control room', 'control rooms'], ['station', 'stations'], ['depot', 'depots'],
  ['budget', 'budgets'], ['invoice', 'invoices'], ['contract', 'contracts'], ['supplier', 'suppliers'],
  ['risk', 'risks'], ['hazard', 'hazards'], ['welfare check', 'welfare checks'], ['route', 'routes'],
  ['debrief', 'debriefs'], ['appeal', 'appeals'], ['hearing', 'hearings'], ['panel', 'panels'],
  ['meeting', 'meetings'], ['minute', 'minutes'], ['notice', 'notices'], ['poster', 'posters'],
  ['leaflet', 'leaflets'], ['survey', 'surveys'], ['sample', 'samples'], ['label', 'labels'],
  ['seal', 'seals'], ['bag', 'bags'], ['container', 'containers'], ['charger', 'chargers'],
  ['holder', 'holders'], ['strap', 'straps'], ['lanyard', 'lanyards'], ['badge', 'badges'],
  ['warrant', 'warrants'], ['roster', 'rosters'], ['rota', 'rotas'], ['deadline', 'deadlines'],
  ['schedule', 'schedules'], ['checklist', 'checklists'], ['template', 'templates'], ['register', 'registers'],
  ['account', 'accounts'], ['summary', 'summaries'], ['extract', 'extracts'], ['copy', 'copies'],
  ['archive', 'archives'], ['backup', 'backups'], ['upgrade', 'upgrades'], ['fault', 'faults'],
  ['repair', 'repairs'], ['replacement', 'replacements'], ['spare', 'spares'], ['stock', 'stocks'],
];

export const ADJECTIVES: readonly string[] = [
  'annual', 'daily', 'weekly', 'monthly', 'written', 'verbal', 'formal', 'informal', 'local', 'regional',
  'senior', 'junior', 'authorised', 'approved', 'secure', 'damaged', 'faulty', 'spare', 'personal', 'operational',
  'tactical', 'medical', 'independent', 'external', 'urgent', 'routine', 'serious', 'minor', 'temporary', 'permanent',
  'electronic', 'digital', 'sealed', 'signed', 'full', 'partial', 'initial', 'final', 'previous', 'additional',
  'relevant', 'appropriate', 'available', 'detailed', 'brief', 'clear', 'accurate', 'complete', 'shared', 'restricted',
  'confidential', 'public', 'standard', 'specialist', 'accredited', 'qualified', 'visible', 'portable', 'fixed', 'reserve',
];

/** [base, third person, past participle, gerund]. */
export const VERBS: readonly (readonly [string, string, string, string])[] = [
  ['record', 'records', 'recorded', 'recording'], ['check', 'checks', 'checked', 'checking'],
  ['inspect', 'inspects', 'inspected', 'inspecting'], ['review', 'reviews', 'reviewed', 'reviewing'],
  ['approve', 'approves', 'approved', 'approving'], ['sign', 'signs', 'signed', 'signing'],
  ['store', 'stores', 'stored', 'storing'], ['return', 'returns', 'returned', 'returning'],
  ['request', 'requests', 'requested', 'requesting'], ['complete', 'completes', 'completed', 'completing'],
  ['submit', 'submits', 'submitted', 'submitting'], ['update', 'updates', 'updated', 'updating'],
  ['notify', 'notifies', 'notified', 'notifying'], ['assess', 'assesses', 'assessed', 'assessing'],
  ['document', 'documents', 'documented', 'documenting'], ['photograph', 'photographs', 'photographed', 'photographing'],
  ['seal', 'seals', 'sealed', 'sealing'], ['escalate', 'escalates', 'escalated', 'escalating'],
  ['confirm', 'confirms', 'confirmed', 'confirming'], ['verify', 'verifies', 'verified', 'verifying'],
  ['retain', 'retains', 'retained', 'retaining'], ['authorise', 'authorises', 'authorised', 'authorising'],
  ['refer', 'refers', 'referred', 'referring'], ['withdraw', 'withdraws', 'withdrawn', 'withdrawing'],
  ['suspend', 'suspends', 'suspended', 'suspending'], ['renew', 'renews', 'renewed', 'renewing'],
  ['test', 'tests', 'tested', 'testing'], ['clean', 'cleans', 'cleaned', 'cleaning'],
  ['replace', 'replaces', 'replaced', 'replacing'], ['label', 'labels', 'labelled', 'labelling'],
  ['lock', 'locks', 'locked', 'locking'], ['collect', 'collects', 'collected', 'collecting'],
  ['transfer', 'transfers', 'transferred', 'transferring'], ['supervise', 'supervises', 'supervised', 'supervising'],
  ['monitor', 'monitors', 'monitored', 'monitoring'], ['share', 'shares', 'shared', 'sharing'],
  ['explain', 'explains', 'explained', 'explaining'], ['calibrate', 'calibrates', 'calibrated', 'calibrating'],
  ['archive', 'archives', 'archived', 'archiving'], ['countersign', 'countersigns', 'countersigned', 'countersigning'],
  ['escort', 'escorts', 'escorted', 'escorting'], ['search', 'searches', 'searched', 'searching'],
  ['brief', 'briefs', 'briefed', 'briefing'], ['audit', 'audits', 'audited', 'auditing'],
];

export const ROLES: readonly (readonly [string, string])[] = [
  ['officer', 'officers'], ['constable', 'constables'], ['sergeant', 'sergeants'], ['inspector', 'inspectors'],
  ['supervisor', 'supervisors'], ['trainer', 'trainers'], ['instructor', 'instructors'], ['duty manager', 'duty managers'],
  ['custody officer', 'custody officers'], ['control room operator', 'control room operators'], ['staff member', 'staff members'],
  ['volunteer', 'volunteers'], ['investigator', 'investigators'], ['medic', 'medics'], ['analyst', 'analysts'],
];

export const TOPICS: readonly string[] = [
  'carry', 'training', 'equipment', 'reporting', 'supervision', 'aftercare', 'custody', 'records', 'vehicles', 'welfare', 'communications', 'oversight',
];

export const UNITS: readonly string[] = ['hours', 'days', 'weeks', 'months'];

/**
 * Sentence templates in generic policy phrasing. Slots: {R}/{Rs} role, {N}/{Ns} noun, {A} adjective,
 * {V}/{Vs}/{Ved}/{Ving} verb forms, {T} a specialist term, {n} a small number, {U} a unit of time.
 */
export const TEMPLATES: readonly string[] = [
  '{Rs} {V} the {A} {N} before {Ving} any {T} {N}.',
  'The {T} {N} is {Ved} by a {A} {R} every {n} {U}.',
  'A {R} who {Vs} a {T} {N} reports it to the {R} within {n} {U}.',
  'Where a {N} is {A}, the {R} {Vs} the {T} and the {N}.',
  'Every {T} {N} has a {A} {N} that the {R} {Vs} at the end of the {N}.',
  '{Rs} are not allowed to {V} a {A} {N} without the {T} {N}.',
  'The {R} keeps the {T} {Ns} in a {A} {N} and {Vs} them each {n} {U}.',
  'Any {A} {N} found during {Ving} is {Ved} under the {T} {N}.',
  'Before a {N} is {Ved}, a {A} {R} {Vs} the {T} {Ns}.',
  'The {T} {N} applies to {Rs} on {A} {Ns} and to {Ns} held by a {R}.',
  'If the {T} is {A}, the {N} is {Ved} and the {R} is told straight away.',
  '{Rs} {V} {A} {Ns} on the {T} {N} and keep a copy for {n} {U}.',
  'Requests to {V} the {T} {N} go to a {A} {R} in writing.',
  'A {A} {N} of the {T} is kept with the {N} until it is {Ved}.',
  'The {N} for {T} {Ns} is {Ved} once a year by an {A} {R}.',
  'No {R} may {V} a {T} {N} alone; a second {R} {Vs} the {N}.',
  'Each {R} {Vs} their own {T} {N} and reports any {A} {N}.',
  'When {Ving} a {T} {N}, {Rs} use the {A} {N} from the {N}.',
  'The {A} {N} sets out how {Rs} {V} the {T} {N}.',
  '{T} {Ns} older than {n} {U} are {Ved} by the {R}.',
];

/** Question templates built from a note's own words, as an officer would ask. */
export const QUESTION_TEMPLATES: readonly string[] = [
  'What is the rule on the {T} {N}?',
  'Who {Vs} the {T} {N}?',
  'How often is the {T} {N} {Ved}?',
  'Do {Rs} {V} the {T} {N}?',
  'What happens to a {A} {T} {N}?',
  'Can a {R} {V} the {T} {N} alone?',
  'When should the {T} {N} be {Ved}?',
  'Where is the {T} {N} kept?',
  'Is a {A} {N} needed for {T}?',
  'What does the guidance say about {T} {Ns}?',
  'Who decides on a {A} {T} {N}?',
  '{T} {N} procedure',
  'How long is the {T} {N} kept for?',
  'Does the {T} {N} need a {A} {N}?',
];

/** Words that a policy pack never uses: out-of-scope questions are built from them. */
export const OFF_TOPIC_WORDS: readonly string[] = [
  'banana', 'chocolate', 'pizza', 'lasagne', 'croissant', 'volcano', 'dinosaur', 'galaxy', 'asteroid', 'tennis',
  'cricket', 'football', 'snooker', 'knitting', 'origami', 'poetry', 'opera', 'jazz', 'guitar', 'violin',
  'skiing', 'surfing', 'yoga', 'mortgage', 'wedding', 'tulips', 'orchids', 'astronomy', 'chess', 'sourdough',
  'penguins', 'giraffes', 'marathon', 'crossword', 'sudoku', 'karaoke', 'aquarium', 'lighthouse', 'cathedral', 'sushi',
];

export const OFF_TOPIC_TEMPLATES: readonly string[] = [
  'What is the best {W} recipe?',
  'Who won the {W} championship last year?',
  'How do I learn {W} quickly?',
  'Recommend a good book about {W}',
  'where can I buy cheap {W}',
  'is {W} better than {W2}?',
  'tell me a joke about {W}',
  'how much does {W} cost these days',
];

const ONSETS = ['b', 'br', 'c', 'cl', 'd', 'dr', 'f', 'g', 'gr', 'h', 'k', 'l', 'm', 'n', 'p', 'pr', 'r', 's', 'st', 't', 'tr', 'v', 'w', 'z'];
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'ai', 'ea', 'ou'];
const CODAS = ['', 'n', 'r', 'l', 'm', 's', 'x', 'th', 'nd', 'rk', 'st', 'ng'];
const PLACE_ENDINGS = ['shire', 'ford', 'ton', 'wick', 'by', 'mouth', 'dale', 'field', 'bury', 'minster'];

/** An invented word of 2–3 syllables, e.g. "vorstan". */
export function inventWord(random: Random): string {
  const syllables = random.int(2, 3);
  let word = '';
  for (let i = 0; i < syllables; i++) word += random.pick(ONSETS) + random.pick(VOWELS) + (i === syllables - 1 || random.chance(0.4) ? random.pick(CODAS) : '');
  return word;
}

/** An invented place name, capitalised, e.g. "Drelford". */
export function inventPlace(random: Random): string {
  const stem = random.pick(ONSETS) + random.pick(VOWELS) + random.pick(CODAS.filter(Boolean));
  return capitalise(stem + random.pick(PLACE_ENDINGS));
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
