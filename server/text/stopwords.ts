// Filler words dropped from the text used for clustering and "already checked?" search. Short
// reports share them ("говорят, что…", "слышал", "…дейді", "they say"), so two different claims
// looked alike and one claim reworded looked different. Dropped: reporting verbs, question and
// emphasis particles, conjunctions, prepositions, pronouns, "today/tomorrow" (when, not what) and
// forwarded-message noise ("срочно", "перешлите", "таратыңыз"). Kept: negation (не, емес, not, no),
// numbers, nouns and verbs of the claim, and every word of the seeded risk terms (on, to, are,
// was, на, жатыр, болды, келе…) — risk terms are matched against the same normalised text, which
// normalize.test.ts checks.
//
// Words are written as people type them and compared as match keys (toMatchKey), so one entry
// covers Kazakh Cyrillic, Kazakh Latin and ASCII spellings ("дейді" = "deidı" = "deidi"). Keys
// are shared across languages, so some words stay: Russian "он" and "то" (keys "on" and "to", as
// in the risk terms "set on fire", "coming to attack"), Russian "но" (key "no", a negation in
// English) and Kazakh "сол" (key of Russian "соль", salt).
import { toMatchKey } from './transliterate';

const RUSSIAN = [
  // reporting, hearsay and "is it true?"
  'говорят', 'говорит', 'говорил', 'говорила', 'говорили', 'сказали', 'сказал', 'сказала', 'слышал', 'слышала',
  'слышали', 'слыхал', 'слыхали', 'пишут', 'написали', 'передают', 'сообщают', 'якобы', 'будто', 'вроде', 'типа',
  'мол', 'дескать', 'правда', 'неужели', 'реально', 'кто-нибудь', 'знает', 'знаете', 'подскажите', 'подтвердите',
  // forwarded-message noise
  'срочно', 'внимание', 'важно', 'переслано', 'пересылаю', 'перешлите', 'распространите', 'репост', 'всем',
  // function words
  'что', 'чё', 'че', 'шо', 'чтобы', 'это', 'этот', 'эта', 'эти', 'и', 'а', 'или', 'же', 'ли', 'бы',
  'вот', 'ведь', 'уже', 'ещё', 'еще', 'тоже', 'также', 'только', 'очень', 'просто', 'вообще', 'короче', 'там',
  'тут', 'здесь', 'как', 'так', 'все', 'всё', 'всех', 'весь', 'вся', 'будет', 'будут', 'был', 'была', 'было',
  'были', 'есть', 'в', 'во', 'с', 'со', 'у', 'к', 'ко', 'о', 'об', 'из', 'от', 'до', 'за', 'по', 'про', 'при',
  'для', 'над', 'под', 'я', 'мы', 'вы', 'она', 'они', 'мне', 'нам', 'вам', 'им', 'их', 'его', 'её', 'ее',
  // when, not what
  'сегодня', 'завтра', 'вчера', 'сейчас', 'щас',
];

const KAZAKH = [
  // reporting, hearsay and "is it true?"
  'дейді', 'дейди', 'дейт', 'деп', 'деген', 'дейтін', 'деседі', 'екен', 'ғой', 'ма', 'ме', 'ба', 'бе', 'па', 'пе',
  'рас', 'шын', 'шынымен', 'айтады', 'айтты', 'айтып', 'айтқан', 'естідім', 'естідік', 'естіп', 'естіген',
  'сияқты', 'секілді',
  // forwarded-message noise
  'жедел', 'шұғыл', 'тарат', 'таратыңыз', 'таратыңыздар', 'барлығына',
  // function words
  'және', 'мен', 'пен', 'бен', 'да', 'де', 'та', 'те', 'бұл', 'осы', 'ол', 'олар', 'біз', 'сен', 'сіз', 'ғана',
  'тағы', 'енді', 'барлық',
  // when, not what
  'ертең', 'бүгін', 'кеше', 'қазір',
];

const ENGLISH = [
  // reporting, hearsay and "is it true?"
  'they', 'say', 'says', 'said', 'saying', 'heard', 'hear', 'apparently', 'reportedly', 'allegedly', 'supposedly',
  'someone', 'somebody', 'true', 'really', 'just',
  // forwarded-message noise
  'urgent', 'forwarded', 'forward', 'received', 'share', 'everyone', 'everybody', 'please', 'breaking', 'attention',
  // function words
  'the', 'a', 'an', 'is', 'it', 'its', 'this', 'that', 'these', 'those', 'there', 'their', 'of', 'in', 'at', 'by',
  'for', 'from', 'with', 'and', 'or', 'as', 'will', 'would', 'be', 'been', 'has', 'have', 'had', 'do', 'does',
  'i', 'we', 'you', 'he', 'she', 'my', 'our', 'your', 'all', 'every',
  // when, not what
  'today', 'tomorrow', 'yesterday', 'now', 'tonight',
];

/** Match keys of the filler words of all three languages. */
export const FILLER_WORD_KEYS: ReadonlySet<string> = new Set(
  [...RUSSIAN, ...KAZAKH, ...ENGLISH].flatMap((word) => toMatchKey(word).split(' ')).filter(Boolean),
);

/**
 * Words that stay in the text (risk terms and trigram wording read them: "жатыр", "near") but say
 * nothing about which claim it is, so they are not kept as a claim's residual content
 * (concepts.ts extractConcepts): Kazakh auxiliary and motion verbs that carry tense only ("өліп
 * жатыр", "келіп кетіпті"), postpositions and adverbs of time and place in all three languages, and
 * who passed the rumour on ("інім айтады", "родня пишет", "my cousin says"). A retelling adds them
 * and a residual word counts against a match (and an unknown word against the object's agreement),
 * so each kept two tellings of one claim apart. Nouns, verbs and names of the claim are never here.
 */
const NON_CONTENT = {
  kk: [
    // auxiliary and tense-carrying verbs
    'жатыр', 'жатырмыз', 'жатқан', 'жатқанда', 'жатқандықтан', 'жатыпты', 'жатты', 'отыр', 'отырмыз', 'отырған', 'жүр',
    'жүрген', 'жүріпті', 'жүрміз', 'тұр', 'тұрған', 'тұрады', 'болады', 'болды', 'болып', 'болыпты', 'болған',
    'болғандықтан', 'болса', 'болатын', 'болар', 'бопты', 'еді', 'екенін', 'етеді', 'етіп', 'етіпті', 'етті', 'етсе',
    'жасап', 'жасапты', 'кетті', 'кетіп', 'кетіпті', 'кеткен', 'кетеді', 'кетер', 'қалды', 'қалыпты', 'қалады',
    'қалған', 'келеді', 'келіп', 'келіпті', 'келген', 'келгендер', 'келсе', 'береді', 'беріпті', 'берді', 'барады',
    'барыпты', 'керек', 'шығар', 'екен', 'көрінеді', 'көрінді', 'көрінетін', 'сияқты',
    // motion that only says someone went somewhere ('үйге кіріп', 'ходят по квартирам')
    'кіріп', 'кіріпті', 'кірген', 'кірді', 'барып', 'келіпті',
    // postpositions, conjunctions, adverbs of time and place
    'бастап', 'дейін', 'шейін', 'кейін', 'соң', 'үшін', 'туралы', 'арқылы', 'бойы', 'бойынша', 'бірақ', 'сондықтан',
    'себебі', 'өйткені', 'кезінде', 'қайда', 'қашан', 'неге', 'неліктен', 'тек', 'әлі', 'әлде', 'жақта', 'жақтағы',
    'маңында', 'маңындағы', 'жанында', 'жанындағы', 'қасында', 'қасындағы', 'сайын', 'келесі', 'биыл', 'басқа',
    'біреу', 'біреулер', 'бәрі', 'бәрін', 'бүкіл', 'барлығы', 'өзі', 'өзім', 'менің', 'біздің', 'сіздің', 'оның',
    'олардың', 'мына', 'мынау', 'анау', 'қандай', 'неше', 'әйтеуір', 'тіпті', 'қайтадан',
    // who passed it on
    'інім', 'ағам', 'апам', 'әпкем', 'құрбым', 'құрбылар', 'досым', 'достарым', 'көршім', 'көршіміз', 'көршіміздің',
    'көрші', 'туысым', 'туыстар', 'туыстарым', 'туыстардың', 'туыстарға', 'туған', 'жиенім', 'нағашым', 'жеңгем',
    'бауырым', 'ағайын', 'таныс', 'танысым', 'таныстарым', 'әріптесім',
  ],
  ru: [
    'теперь', 'больше', 'после', 'через', 'прямо', 'возле', 'около', 'рядом', 'вокруг', 'между', 'время', 'даже',
    'потому', 'поэтому', 'можно', 'нужно', 'надо', 'пока', 'сразу', 'раньше', 'снова', 'опять', 'куда', 'откуда',
    'где', 'когда', 'если', 'тогда', 'почему', 'зачем', 'ничего', 'никто', 'кто-то', 'какой-то', 'какие-то',
    'который', 'которая', 'которое', 'которые', 'которых', 'этой', 'этом', 'этого', 'этому', 'своим', 'свой', 'свои',
    'своих', 'своей', 'него', 'нему', 'неё', 'нее', 'ними', 'тебя', 'меня', 'тоже', 'какая', 'какой', 'какие',
    'пишет', 'написал', 'написала', 'написано', 'передают', 'передали', 'передавали', 'передайте', 'разошлите',
    'будьте', 'один', 'одна', 'одно', 'одного', 'одной', 'кстати', 'походу', 'вдруг', 'наверное', 'видимо',
    // "почти" (almost) is "почтой" (by post) less a letter: the typo reader took it for the post office (fresh6).
    'почти',
    'ходят', 'ходит', 'ходил', 'ходили', 'приходят', 'приходили', 'пришли', 'пришел', 'пришёл',
    // who passed it on
    'родня', 'родные', 'родственники', 'родственница', 'родственник', 'сестра', 'сестры', 'сестре', 'брат', 'брата',
    'брату', 'кума', 'соседка', 'соседку', 'соседи', 'соседям', 'сосед', 'знакомая', 'знакомый', 'знакомые',
    'знакомой', 'знакомых', 'подруга', 'подруги', 'друг', 'друга', 'друзья', 'коллега', 'коллеги', 'тётя', 'тетя',
    'дядя', 'кум',
  ],
  en: [
    'near', 'after', 'before', 'only', 'over', 'during', 'anyone', 'anybody', 'being', 'were', 'some', 'into',
    'inside', 'outside', 'around', 'because', 'than', 'then', 'when', 'where', 'which', 'what', 'could', 'should',
    'might', 'must', 'about', 'also', 'again', 'more', 'anymore', 'real', 'going', 'getting', 'still', 'very',
    'other', 'them', 'they re', 'theyre', 'here', 'while', 'until', 'since', 'across', 'through', 'told', 'telling',
    'seems', 'whether', 'confirm', 'confirmed', 'anyone', 'know', 'knows',
    'walking', 'walks', 'walked', 'wandering', 'roaming', 'going around',
    // who passed it on
    'relative', 'relatives', 'cousin', 'cousins', 'friend', 'friends', 'neighbour', 'neighbours', 'neighbor',
    'neighbors', 'colleague', 'colleagues', 'aunt', 'uncle', 'brother', 'sister', 'mate', 'mates',
  ],
};

/** Match keys of the words that are no claim's content (see NON_CONTENT). */
export const NON_CONTENT_WORD_KEYS: ReadonlySet<string> = new Set(
  Object.values(NON_CONTENT).flat().flatMap((word) => toMatchKey(word).split(' ')).filter((key) => key && !FILLER_WORD_KEYS.has(key)),
);

/** Drops filler words from a match key (space-separated lowercase words). */
export function removeFillerWords(matchKey: string): string {
  return matchKey
    .split(' ')
    .filter((word) => word && !FILLER_WORD_KEYS.has(word))
    .join(' ');
}
