/**
 * Danish passive-voice detection for tone/passive-voice.
 *
 * The strategy asks for active sentences that say who does what (Tone-of-voice 1, 2). Danish has
 * two passives: the s-passive ("tiden aflyses", "der arbejdes på") and the blive-passive ("du
 * bliver kontaktet"). Both are found here with the high-precision heuristics of danish-facts.md
 * §3.2; the many -s words that are not passives (deponents, reciprocals, genitives, "deres",
 * "diabetes" …, §3.3) come from rules/lexicon/passive.yml so that a communication employee can
 * extend them without touching code.
 *
 * Pure functions only: the caller segments text into sentences and words (Intl.Segmenter) and
 * reads the YAML file; this module never does I/O.
 */
import { parse } from 'yaml';

/** The word sets from rules/lexicon/passive.yml, all lower case. */
export interface PassiveLexicon {
  deponents: Set<string>;
  reciprocals: Set<string>;
  nonVerbs: Set<string>;
  modals: Set<string>;
  bliveForms: Set<string>;
  bliveExclusions: Set<string>;
  strongParticiples: Set<string>;
  sPassiveVerbs: Set<string>;
  determiners: Set<string>;
}

/** One word of a sentence with its offsets in the source text (end exclusive). */
export interface Token {
  text: string;
  start: number;
  end: number;
}

/** A passive found in a sentence; start/end are source offsets, text the words joined by spaces. */
export interface PassiveHit {
  start: number;
  end: number;
  kind: 's-passive' | 'blive-passive';
  text: string;
}

/** YAML group name for each lexicon field. */
const GROUP_NAMES: Readonly<Record<keyof PassiveLexicon, string>> = {
  deponents: 'deponents',
  reciprocals: 'reciprocals',
  nonVerbs: 'non-verbs',
  modals: 'modals',
  bliveForms: 'blive-forms',
  bliveExclusions: 'blive-exclusions',
  strongParticiples: 'strong-participles',
  sPassiveVerbs: 's-passive-verbs',
  determiners: 'determiners',
};

/** The groups of rules/lexicon/passive.yml the detector reads. */
export const PASSIVE_GROUPS: readonly string[] = Object.values(GROUP_NAMES);

/**
 * Builds the lexicon from the text of passive.yml (`groups:` with one list per set). Takes text,
 * not a path, so it stays pure and tests can feed it small documents. Throws a plain Error
 * naming the group when the shape is wrong, so a broken word list fails loudly at load time
 * instead of silently disabling the rule.
 */
export function loadPassiveLexicon(yamlText: string): PassiveLexicon {
  const doc: unknown = parse(yamlText);
  const groups = isRecord(doc) ? doc['groups'] : undefined;
  if (!isRecord(groups)) {
    throw new Error('passive lexicon: expected a top-level "groups:" mapping');
  }
  return passiveLexiconFromGroups(groups);
}

/**
 * Builds the lexicon from already-parsed groups (a rule's `env.lexicon(...).groups`), so the
 * check kind shares the engine's parsed and cached word list. Same validation as above.
 */
export function passiveLexiconFromGroups(groups: Record<string, unknown>): PassiveLexicon {
  const read = (field: keyof PassiveLexicon): Set<string> => {
    const name = GROUP_NAMES[field];
    const list = groups[name];
    if (!Array.isArray(list) || !list.every((w): w is string => typeof w === 'string')) {
      throw new Error(`passive lexicon: group "${name}" must be a list of words`);
    }
    return new Set(list.map((w) => w.trim().toLowerCase()).filter((w) => w.length > 0));
  };
  return {
    deponents: read('deponents'),
    reciprocals: read('reciprocals'),
    nonVerbs: read('nonVerbs'),
    modals: read('modals'),
    bliveForms: read('bliveForms'),
    bliveExclusions: read('bliveExclusions'),
    strongParticiples: read('strongParticiples'),
    sPassiveVerbs: read('sPassiveVerbs'),
    determiners: read('determiners'),
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

// ---------------------------------------------------------------------------------------------
// Closed-class words the heuristics need. They are grammar, not style advice, so they live in
// code rather than in the editable word list.

/**
 * Determiners that can also stand alone as a subject ("Det beklages", "Alle indkaldes"). After
 * these a word is only a genitive when it is not a known s-passive verb, so a lexicon verb (or
 * a word right after a modal or "der") still counts. After an article or possessive ("en
 * læges", "vores hus") an -s word is always a genitive.
 */
const PRONOUN_DETERMINERS: ReadonlySet<string> = new Set([
  'den', 'det', 'de', 'denne', 'dette', 'disse', 'alle', 'mange', 'ingen', 'intet',
  'nogle', 'flere', 'begge',
]);

/**
 * Words that may stand between a modal / "der" and the passive verb: negation, common sentence
 * adverbs and inverted subject pronouns ("må ikke medbringes", "skal du indkaldes"). At most two
 * are skipped; "der" is itself a trigger ("skal der bestilles").
 */
const BETWEEN_TRIGGER_AND_VERB: ReadonlySet<string> = new Set([
  'ikke', 'også', 'gerne', 'altid', 'aldrig', 'kun', 'nu', 'først', 'ofte', 'desværre',
  'stadig', 'fortsat', 'derfor', 'snart', 'straks', 'nok', 'lige', 'endnu', 'allerede', 'dog',
  'jo', 'vel', 'bare', 'muligvis', 'måske', 'helst', 'igen', 'heller', 'normalt', 'typisk',
  'godt', 'let', 'hurtigt', 'senere', 'du', 'det', 'den', 'de', 'vi', 'i', 'han', 'hun', 'man',
  'jeg',
]);
const MAX_SKIPPED = 2;

/** Prepositions: a word right after one is a noun, not a verb or participle ("på hospitalet"). */
const PREPOSITIONS: ReadonlySet<string> = new Set([
  'af', 'for', 'til', 'med', 'om', 'på', 'i', 'fra', 'hos', 'blandt', 'mellem', 'ved', 'efter',
  'under', 'over', 'uden', 'mod', 'gennem', 'inden', 'bag', 'foran', 'omkring', 'siden',
]);

/** Words that end the clause: the blive-passive search does not look past them. */
const CLAUSE_BREAKS: ReadonlySet<string> = new Set([
  'og', 'eller', 'men', 'at', 'som', 'der', 'hvis', 'når', 'fordi', 'mens', 'end', 'hvor',
  'samt', 'så', 'da', 'hvad',
]);

/** How many words may stand between a blive form and its participle ("bliver du snart kontaktet"). */
const MAX_BLIVE_GAP = 3;

/**
 * Endings of neuter adjectives, adverbs and superlatives in -t that look like weak participles
 * ("vigtigt", "normalt", "sikkert", "størst"). A token with one of these endings is only a
 * participle when it is in the strong-participle list.
 */
const ADJECTIVE_T_ENDINGS: readonly string[] = [
  'igt', 'somt', 'ent', 'ant', 'elt', 'alt', 'art', 'ært', 'ert', 'est', 'gst', 'rst', 'dst',
  'mst', 'emt', 'ivt', 'kt', 'ft', 'vt', 'at', 'ut', 'it', 'ot', 'yt', 'øt', 'åt',
];

/** Consonant clusters that end weak participles in -t ("indkaldt", "henvist", "fordelt"). */
const PARTICIPLE_T_ENDINGS: readonly string[] = ['dt', 'st', 'lt', 'gt', 'rt', 'nt', 'mt', 'bt', 'pt'];

/** Plural definite genitives ("patienternes", "børnenes") — never verbs outside the lexicon. */
const GENITIVE_ENDINGS: readonly string[] = ['ernes', 'enes'];

const LETTER = /\p{L}/gu;
const DIGIT = /\p{Nd}/u;

function letterCount(word: string): number {
  return word.match(LETTER)?.length ?? 0;
}

/** True for a word whose first letter is upper case ("Kommunes", "Aalborg"). */
function isCapitalised(word: string): boolean {
  const first = [...word][0];
  return first !== undefined && first !== first.toLowerCase() && first === first.toUpperCase();
}

function endsWithAny(word: string, endings: readonly string[]): boolean {
  return endings.some((e) => word.endsWith(e));
}

// ---------------------------------------------------------------------------------------------

/**
 * Finds s-passives and blive-passives in ONE sentence. `tokens` are the sentence's words in
 * order (no punctuation), as Intl.Segmenter gives them. Returns hits in text order.
 *
 * s-passive (danish-facts §3.2 steps 2–4): a known s-passive verb form; or a word in -es right
 * after a modal, the infinitive/conjunction "at", or "der" (at most two adverbs/pronouns may
 * come between a modal or "der" and the verb); or a word in -eres ("opereres"). Rejected:
 * deponents, reciprocals ("vi ses"), non-verbs ("deres", "diabetes"), capitalised words after
 * the first (proper-noun genitives "Aalborg Kommunes"), words after an article/possessive
 * (genitives), words with digits.
 *
 * blive-passive (§3.2 step 1): a form of "blive" followed, with at most three words between, by
 * a participle (strong list, -et, or a weak -t participle) that is not a state word ("født",
 * "glad", "godt" …). The search stops at a clause break ("og", "at" …) or another verb marker.
 * The hit spans from the blive form to the participle.
 */
export function findPassives(tokens: readonly Token[], lexicon: PassiveLexicon): PassiveHit[] {
  const lower = tokens.map((t) => t.text.toLowerCase());
  const hits: PassiveHit[] = [];

  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i];
    const word = lower[i];
    if (token === undefined || word === undefined) continue;

    if (lexicon.bliveForms.has(word)) {
      const end = findParticiple(tokens, lower, i, lexicon);
      if (end !== undefined) {
        const last = tokens[end];
        if (last !== undefined) {
          hits.push({
            start: token.start,
            end: last.end,
            kind: 'blive-passive',
            text: tokens.slice(i, end + 1).map((t) => t.text).join(' '),
          });
        }
      }
      continue;
    }

    if (isSPassive(tokens, lower, i, lexicon)) {
      hits.push({ start: token.start, end: token.end, kind: 's-passive', text: token.text });
    }
  }

  return hits.sort((a, b) => a.start - b.start);
}

function isSPassive(
  tokens: readonly Token[],
  lower: readonly string[],
  i: number,
  lexicon: PassiveLexicon,
): boolean {
  const text = tokens[i]?.text ?? '';
  const word = lower[i] ?? '';
  if (!word.endsWith('s') || DIGIT.test(word)) return false;
  if (lexicon.deponents.has(word) || lexicon.reciprocals.has(word) || lexicon.nonVerbs.has(word)) {
    return false;
  }
  if (i > 0 && isCapitalised(text)) return false;

  const known = lexicon.sPassiveVerbs.has(word);
  const triggered = hasTrigger(lower, i, lexicon);
  const prev = i > 0 ? lower[i - 1] : undefined;

  if (prev !== undefined && lexicon.determiners.has(prev)) {
    // "en læges", "vores hus": genitive. "Det beklages", "skal de tilbydes": subject pronoun.
    if (!PRONOUN_DETERMINERS.has(prev) || !(known || triggered)) return false;
  }
  if (known) return true;

  const letters = letterCount(word);
  if (!word.endsWith('es') || endsWithAny(word, GENITIVE_ENDINGS)) return false;
  if (triggered && letters >= 4) return true;
  // -eres is the suffix of loan verbs in -ere ("opereres", "informeres"); after a preposition it
  // is a plural genitive ("for borgeres").
  return (
    word.endsWith('eres') && letters >= 6 && (prev === undefined || !PREPOSITIONS.has(prev))
  );
}

/** True when the word at i follows "at", or a modal / "der" with at most two adverbs or pronouns between. */
function hasTrigger(lower: readonly string[], i: number, lexicon: PassiveLexicon): boolean {
  if (lower[i - 1] === 'at') return true;
  let skipped = 0;
  for (let j = i - 1; j >= 0; j -= 1) {
    const w = lower[j] ?? '';
    if (lexicon.modals.has(w) || w === 'der') return true;
    skipped += 1;
    if (!BETWEEN_TRIGGER_AND_VERB.has(w) || skipped > MAX_SKIPPED) return false;
  }
  return false;
}

/** Index of the participle that completes the blive form at `from`, if any. */
function findParticiple(
  tokens: readonly Token[],
  lower: readonly string[],
  from: number,
  lexicon: PassiveLexicon,
): number | undefined {
  const last = Math.min(tokens.length - 1, from + 1 + MAX_BLIVE_GAP);
  for (let j = from + 1; j <= last; j += 1) {
    const word = lower[j];
    const text = tokens[j]?.text;
    if (word === undefined || text === undefined) return undefined;
    if (CLAUSE_BREAKS.has(word) || lexicon.bliveForms.has(word) || lexicon.modals.has(word)) {
      return undefined;
    }
    if (isCapitalised(text) || DIGIT.test(word)) continue;
    const prev = lower[j - 1];
    const nounContext =
      prev !== undefined &&
      j - 1 > from &&
      (PREPOSITIONS.has(prev) || (lexicon.determiners.has(prev) && !PRONOUN_DETERMINERS.has(prev)));
    if (nounContext || !isParticiple(word, lexicon)) continue;
    // An inverted definite neuter noun looks like a weak participle ("Blev mødet aflyst?",
    // "bliver projektet gennemført"): when another participle follows at once, that one is it.
    const next = lower[j + 1];
    if (
      !lexicon.strongParticiples.has(word) &&
      next !== undefined &&
      !isCapitalised(tokens[j + 1]?.text ?? '') &&
      isParticiple(next, lexicon)
    ) {
      return j + 1;
    }
    return j;
  }
  return undefined;
}

/** Past participle test: strong list, or a weak -et / -t form that is not a state word. */
function isParticiple(word: string, lexicon: PassiveLexicon): boolean {
  if (lexicon.bliveExclusions.has(word)) return false;
  if (lexicon.strongParticiples.has(word)) return true;
  const letters = letterCount(word);
  if (letters !== [...word].length) return false;
  if (word.endsWith('et')) return letters >= 5;
  if (!word.endsWith('t') || letters < 6) return false;
  return endsWithAny(word, PARTICIPLE_T_ENDINGS) && !endsWithAny(word, ADJECTIVE_T_ENDINGS);
}
