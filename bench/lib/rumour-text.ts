// Realistic, varied rumour texts for the benchmarks: claim templates × places × slot values in
// Kazakh (Cyrillic, 2021 Latin, ASCII Latin, Cyrillic without Kazakh letters), Russian and
// English, dressed the way people forward them ("Говорят, что…", "…дейді", "They say…"), with
// occasional typos. Seeded, so a run is repeatable. Demonstration data: no private person named.
import { cyrillicToAsciiLatin, kazakhCyrillicToLatin } from '../../server/text';
import { pick, shuffled } from './stats';
import type { Language } from '../../server/i18n/languages';

export type Lang = Language;

export interface Place {
  region: string;
  en: string;
  /** Russian with the preposition, e.g. "в Жанаозене". */
  ruIn: string;
  /** Kazakh locative, e.g. "Жаңаөзенде". */
  kkLoc: string;
}

// [region, English, Russian "в …", Kazakh locative]
const PLACE_ROWS: [string, string, string, string][] = [
  ['KZ-47', 'Zhanaozen', 'в Жанаозене', 'Жаңаөзенде'], ['KZ-47', 'Aktau', 'в Актау', 'Ақтауда'],
  ['KZ-47', 'Shetpe', 'в Шетпе', 'Шетпеде'], ['KZ-47', 'Beineu', 'в Бейнеу', 'Бейнеуде'],
  ['KZ-23', 'Atyrau', 'в Атырау', 'Атырауда'], ['KZ-23', 'Kulsary', 'в Кульсары', 'Құлсарыда'],
  ['KZ-23', 'Tengiz', 'на Тенгизе', 'Теңізде'], ['KZ-19', 'Shelek', 'в Шелеке', 'Шелекте'],
  ['KZ-19', 'Uzynagash', 'в Узынагаше', 'Ұзынағашта'], ['KZ-19', 'Konaev', 'в Конаеве', 'Қонаевта'],
  ['KZ-19', 'Kaskelen', 'в Каскелене', 'Қаскеленде'], ['KZ-19', 'Talgar', 'в Талгаре', 'Талғарда'],
  ['KZ-19', 'Esik', 'в Есике', 'Есікте'], ['KZ-19', 'Baidibek bi', 'в Байдибек би', 'Байдібек биде'],
  ['KZ-33', 'Taldykorgan', 'в Талдыкоргане', 'Талдықорғанда'], ['KZ-33', 'Zharkent', 'в Жаркенте', 'Жаркентте'],
  ['KZ-33', 'Ushtobe', 'в Уштобе', 'Үштөбеде'], ['KZ-61', 'Turkistan', 'в Туркестане', 'Түркістанда'],
  ['KZ-61', 'Mayatas', 'в Маятасе', 'Маятаста'], ['KZ-61', 'Karamurt', 'в Карамурте', 'Қарамұртта'],
  ['KZ-61', 'Bostandyk', 'в Бостандыке', 'Бостандықта'], ['KZ-61', 'Saryagash', 'в Сарыагаше', 'Сарыағашта'],
  ['KZ-61', 'Kentau', 'в Кентау', 'Кентауда'], ['KZ-61', 'Zhetysai', 'в Жетысае', 'Жетісайда'],
  ['KZ-61', 'Shardara', 'в Шардаре', 'Шардарада'], ['KZ-31', 'Taraz', 'в Таразе', 'Таразда'],
  ['KZ-31', 'Buryl', 'в Бурыле', 'Бурылда'], ['KZ-31', 'Shu', 'в Шу', 'Шуда'],
  ['KZ-31', 'Karatau', 'в Каратау', 'Қаратауда'], ['KZ-31', 'Zhanatas', 'в Жанатасе', 'Жаңатаста'],
  ['KZ-79', 'Shymkent', 'в Шымкенте', 'Шымкентте'], ['KZ-75', 'Almaty', 'в Алматы', 'Алматыда'],
  ['KZ-71', 'Astana', 'в Астане', 'Астанада'], ['KZ-35', 'Karaganda', 'в Караганде', 'Қарағандыда'],
  ['KZ-35', 'Temirtau', 'в Темиртау', 'Теміртауда'], ['KZ-35', 'Balkhash', 'в Балхаше', 'Балқашта'],
  ['KZ-62', 'Zhezkazgan', 'в Жезказгане', 'Жезқазғанда'], ['KZ-62', 'Satpayev', 'в Сатпаеве', 'Сәтбаевта'],
  ['KZ-55', 'Pavlodar', 'в Павлодаре', 'Павлодарда'], ['KZ-55', 'Ekibastuz', 'в Экибастузе', 'Екібастұзда'],
  ['KZ-55', 'Aksu', 'в Аксу', 'Ақсуда'], ['KZ-10', 'Semey', 'в Семее', 'Семейде'],
  ['KZ-63', 'Oskemen', 'в Усть-Каменогорске', 'Өскеменде'], ['KZ-63', 'Ridder', 'в Риддере', 'Риддерде'],
  ['KZ-11', 'Kokshetau', 'в Кокшетау', 'Көкшетауда'], ['KZ-11', 'Stepnogorsk', 'в Степногорске', 'Степногорскіде'],
  ['KZ-59', 'Petropavl', 'в Петропавловске', 'Петропавлда'], ['KZ-39', 'Kostanay', 'в Костанае', 'Қостанайда'],
  ['KZ-39', 'Rudny', 'в Рудном', 'Рудныйда'], ['KZ-15', 'Aktobe', 'в Актобе', 'Ақтөбеде'],
  ['KZ-15', 'Kandyagash', 'в Кандыагаше', 'Қандыағашта'], ['KZ-15', 'Khromtau', 'в Хромтау', 'Хромтауда'],
  ['KZ-27', 'Oral', 'в Уральске', 'Оралда'], ['KZ-27', 'Aksai', 'в Аксае', 'Ақсайда'],
  ['KZ-43', 'Kyzylorda', 'в Кызылорде', 'Қызылордада'], ['KZ-43', 'Aral', 'в Аральске', 'Аралда'],
];

export const PLACES: readonly Place[] = PLACE_ROWS.map(([region, en, ruIn, kkLoc]) => ({ region, en, ruIn, kkLoc }));

/** One claim in three languages (without hearsay framing). */
export type Claim = Record<Lang, string>;

type Slot<T> = readonly T[];
const NUMBERS: Slot<number> = [2, 3, 5, 7, 10, 12, 14, 20, 30, 40, 50, 70, 100];
const DAYS: Slot<[string, string, string]> = [
  ['завтра', 'ертең', 'tomorrow'], ['с понедельника', 'дүйсенбіден бастап', 'from Monday'], ['на выходных', 'демалыста', 'at the weekend'],
  ['сегодня ночью', 'бүгін түнде', 'tonight'], ['с первого числа', 'айдың басынан', 'from the first of the month'],
];
const UTILITIES: Slot<[string, string, string]> = [
  ['свет', 'жарық', 'power'], ['воду', 'су', 'water'], ['газ', 'газ', 'gas'], ['отопление', 'жылу', 'heating'],
  ['интернет', 'интернет', 'the internet'], ['мобильную связь', 'ұялы байланыс', 'mobile networks'],
];
const PRODUCTS: Slot<[string, string, string]> = [
  ['хлеб', 'нан', 'bread'], ['бензин', 'бензин', 'petrol'], ['сжиженный газ', 'сұйытылған газ', 'liquefied gas'],
  ['мясо', 'ет', 'meat'], ['сахар', 'қант', 'sugar'], ['муку', 'ұн', 'flour'], ['проезд в автобусе', 'автобус жол ақысы', 'bus fares'],
];
const BUILDINGS: Slot<[string, string, string]> = [
  ['рынок', 'базарды', 'the market'], ['мечеть', 'мешітті', 'the mosque'], ['церковь', 'шіркеуді', 'the church'],
  ['школу', 'мектепті', 'the school'], ['акимат', 'әкімдікті', 'the akimat'], ['магазин', 'дүкенді', 'a shop'],
  ['кафе', 'кафені', 'a cafe'], ['дома', 'үйлерді', 'houses'],
];
const VENUES: Slot<[string, string, string]> = [
  ['в кафе', 'кафеде', 'in a cafe'], ['в бильярдной', 'бильярдханада', 'in a billiard hall'], ['на рынке', 'базарда', 'at the market'],
  ['у школы', 'мектеп жанында', 'near a school'], ['в столовой', 'асханада', 'in a canteen'], ['на свадьбе', 'тойда', 'at a wedding'],
];
const DISEASES: Slot<[string, string, string]> = [
  ['холеры', 'тырысқақ', 'cholera'], ['менингита', 'менингит', 'meningitis'], ['кори', 'қызылша', 'measles'], ['чумы', 'оба', 'plague'],
];
const COLOURS: Slot<[string, string, string]> = [['белая', 'ақ', 'white'], ['чёрная', 'қара', 'black'], ['серая', 'сұр', 'grey']];

type Template = (r: () => number, place: Place) => Claim;

const TEMPLATES: readonly Template[] = [
  (r, p) => {
    const [ru, kk, en] = pick(UTILITIES, r);
    const [dRu, dKk, dEn] = pick(DAYS, r);
    const n = pick(NUMBERS, r);
    return { ru: `${dRu} ${p.ruIn} отключат ${ru} на ${n} дней`, kk: `${dKk} ${p.kkLoc} ${n} күн ${kk} болмайды`, en: `${en} will be cut in ${p.en} for ${n} days ${dEn}` };
  },
  (r, p) => {
    const [ru, kk, en] = pick(PRODUCTS, r);
    const price = pick([150, 200, 250, 300, 400, 500, 800, 1000, 1500], r);
    return { ru: `${ru} ${p.ruIn} подорожает до ${price} тенге`, kk: `${p.kkLoc} ${kk} бағасы ${price} теңгеге дейін қымбаттайды`, en: `${en} in ${p.en} will cost ${price} tenge` };
  },
  (r, p) => {
    const [ru, kk, en] = pick(PRODUCTS, r);
    return { ru: `${p.ruIn} цены на ${ru} поднимут в два раза`, kk: `${p.kkLoc} ${kk} екі есе қымбаттайды`, en: `${en} prices in ${p.en} will double` };
  },
  (r, p) => {
    const [dRu, dKk, dEn] = pick(DAYS, r);
    return { ru: `${p.ruIn} закроют все школы на карантин ${dRu}`, kk: `${p.kkLoc} ${dKk} барлық мектептер карантинге жабылады`, en: `all schools in ${p.en} will close for quarantine ${dEn}` };
  },
  (r, p) => {
    const [ru, kk, en] = pick(BUILDINGS, r);
    return { ru: `${p.ruIn} ночью подожгли ${ru}`, kk: `${p.kkLoc} түнде ${kk} өртеп жіберді`, en: `someone set fire to ${en} in ${p.en} last night` };
  },
  (r, p) => {
    const [ru, kk, en] = pick(VENUES, r);
    const n = pick(NUMBERS, r);
    return { ru: `${p.ruIn} массовая драка ${ru}, ${n} раненых`, kk: `${p.kkLoc} ${kk} жаппай төбелес болды, ${n} адам жараланды`, en: `mass fight ${en} in ${p.en}, ${n} injured` };
  },
  (r, p) => {
    const [ru, kk, en] = pick(VENUES, r);
    return { ru: `${p.ruIn} после драки ${ru} говорят, что напали люди другой национальности`, kk: `${p.kkLoc} ${kk} төбелестен кейін басқа ұлттың адамдары шабуыл жасады`, en: `after a fight ${en} in ${p.en} people of another nationality attacked` };
  },
  (r, p) => {
    const from = pick(PLACES, r);
    return { ru: `из соседнего села едут разбираться ${p.ruIn}, мужчины собираются`, kk: `көрші ауылдан ${p.kkLoc} төбелесуге келе жатыр, ер адамдар жиналып жатыр`, en: `men from ${from.en} are coming to ${p.en} to settle scores` };
  },
  (r, p) => {
    const n = pick(NUMBERS, r);
    return { ru: `${p.ruIn} погибли ${n} человек, власти скрывают`, kk: `${p.kkLoc} ${n} адам қаза болды, билік жасырып отыр`, en: `${n} people died in ${p.en} and the authorities are hiding it` };
  },
  (r, p) => {
    const n = pick([3, 5, 7, 10], r);
    return { ru: `банки ${p.ruIn} закроют на ${n} дней, снимайте деньги с карт`, kk: `${p.kkLoc} банктер ${n} күнге жабылады, картадағы ақшаны шешіп алыңдар`, en: `banks in ${p.en} will close for ${n} days, withdraw your money` };
  },
  (r, p) => {
    const [ru, kk, en] = pick(COLOURS, r);
    return { ru: `${p.ruIn} ${ru} машина похищает детей возле школ`, kk: `${p.kkLoc} ${kk} көлік мектеп жанынан балаларды ұрлап жүр`, en: `a ${en} car is kidnapping children near schools in ${p.en}` };
  },
  (_r, p) => ({ ru: `${p.ruIn} прорвёт плотину и затопит город`, kk: `${p.kkLoc} бөгет бұзылып, қаланы су басады`, en: `the dam will burst and flood ${p.en}` }),
  (r, p) => {
    const age = pick([30, 35, 40, 45, 50], r);
    return { ru: `${p.ruIn} раздают повестки всем мужчинам до ${age} лет`, kk: `${p.kkLoc} ${age} жасқа дейінгі ер адамдарға әскерге шақыру қағазы таратылып жатыр`, en: `all men under ${age} in ${p.en} are being called up to the army` };
  },
  (r, p) => {
    const [ru, kk, en] = pick(DISEASES, r);
    return { ru: `${p.ruIn} вспышка ${ru}, больницы переполнены`, kk: `${p.kkLoc} ${kk} өршіп тұр, ауруханалар толып кетті`, en: `an outbreak of ${en} in ${p.en}, hospitals are full` };
  },
  (r, p) => {
    const hour = pick([18, 20, 21, 22], r);
    return { ru: `${p.ruIn} введут комендантский час с ${hour} часов`, kk: `${p.kkLoc} сағат ${hour}-ден бастап коменданттық сағат енгізіледі`, en: `a curfew from ${hour}:00 will be imposed in ${p.en}` };
  },
  (_r, p) => ({ ru: `${p.ruIn} отравили воду в водопроводе`, kk: `${p.kkLoc} су құбырындағы суды уландырған`, en: `the tap water in ${p.en} has been poisoned` }),
  (r, p) => {
    const n = pick([20, 30, 50, 100], r);
    return { ru: `${p.ruIn} вооружённые люди, около ${n} человек, захватили акимат`, kk: `${p.kkLoc} ${n}-дей қарулы адам әкімдікті басып алды`, en: `about ${n} armed men seized the akimat in ${p.en}` };
  },
  (_r, p) => ({ ru: `${p.ruIn} полицейская машина специально въехала в толпу`, kk: `${p.kkLoc} полиция көлігі адамдарға әдейі соқты`, en: `a police car deliberately drove into the crowd in ${p.en}` }),
  (_r, p) => ({ ru: `${p.ruIn} нефтяники объявили забастовку и перекрыли дорогу`, kk: `${p.kkLoc} мұнайшылар ереуіл жариялап, жолды жауып тастады`, en: `oil workers in ${p.en} went on strike and blocked the road` }),
];

export const TEMPLATE_COUNT = TEMPLATES.length;

/** A claim: template × place × slot values. */
export function makeClaim(r: () => number, template = Math.floor(r() * TEMPLATES.length), place = pick(PLACES, r)): { claim: Claim; place: Place } {
  return { claim: (TEMPLATES[template] as Template)(r, place), place };
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

const FRAMES: Record<Lang, { before: readonly string[]; after: readonly string[] }> = {
  ru: {
    before: ['', '', 'Говорят, что ', 'Говорят, ', 'Слышал, что ', 'Слышала, ', 'Правда, что ', 'В чате пишут, что ', 'Срочно! ', 'Переслано: ', 'Люди говорят, '],
    after: ['', '', '!!!', '?', ', это правда?', '. Перешлите всем', ' 😱', '. Распространите'],
  },
  kk: {
    before: ['', '', 'Рас па? ', 'Естідіңдер ме, ', 'Жедел! ', 'Таратыңыздар! '],
    after: ['', ' дейді', ' екен', ' деп жатыр', ', рас па?', '!!!', ' дейді, таратыңыздар'],
  },
  en: {
    before: ['', '', 'They say ', 'I heard that ', 'Is it true that ', 'Forwarded: ', 'People say '],
    after: ['', '?', '!!!', '. Share with everyone', ''],
  },
};

const KAZAKH_LETTERS: Record<string, string> = { ә: 'а', ғ: 'г', қ: 'к', ң: 'н', ө: 'о', ұ: 'у', ү: 'у', і: 'и', һ: 'х', Ә: 'А', Ғ: 'Г', Қ: 'К', Ң: 'Н', Ө: 'О', Ұ: 'У', Ү: 'У', І: 'И' };

function typo(text: string, r: () => number): string {
  const i = 1 + Math.floor(r() * Math.max(1, text.length - 2));
  const kind = r();
  if (kind < 0.4) return text.slice(0, i) + text.slice(i + 1); // dropped letter
  if (kind < 0.7) return text.slice(0, i) + text.charAt(i) + text.slice(i); // doubled letter
  return text.slice(0, i - 1) + text.charAt(i) + text.charAt(i - 1) + text.slice(i + 1); // swapped letters
}

/** Kazakh the way it is typed: Cyrillic, Cyrillic without Kazakh letters, 2021 Latin or ASCII Latin. */
export function kazakhSpelling(text: string, r: () => number): { text: string; script: 'cyrl' | 'latn' } {
  const x = r();
  if (x < 0.55) return { text, script: 'cyrl' };
  if (x < 0.75) return { text: text.replace(/[әғқңөұүіһӘҒҚҢӨҰҮІ]/g, (c) => KAZAKH_LETTERS[c] ?? c), script: 'cyrl' };
  if (x < 0.9) return { text: kazakhCyrillicToLatin(text), script: 'latn' };
  return { text: cyrillicToAsciiLatin(text), script: 'latn' };
}

export const LANGUAGE_MIX: readonly Lang[] = ['ru', 'ru', 'ru', 'ru', 'kk', 'kk', 'kk', 'kk', 'en', 'en'];

/** A citizen's report of a claim: framed as hearsay, in one language and script, maybe with a typo. */
export function reportText(claim: Claim, language: Lang, r: () => number): { text: string; script: 'cyrl' | 'latn' } {
  const frame = FRAMES[language];
  let text = capitalise((pick(frame.before, r) + claim[language] + pick(frame.after, r)).trim());
  let script: 'cyrl' | 'latn' = language === 'en' ? 'latn' : 'cyrl';
  if (language === 'kk') ({ text, script } = kazakhSpelling(text, r));
  if (r() < 0.15) text = typo(text, r);
  if (r() < 0.1) text = text.toLowerCase();
  else if (r() < 0.03) text = text.toUpperCase();
  return { text, script };
}

/** What someone types into "already checked?": a few words of the claim, in any language. */
export function partialQuery(claim: Claim, place: Place, r: () => number): { q: string; language: Lang } {
  const language = pick(LANGUAGE_MIX, r);
  let text = claim[language];
  if (language === 'kk') text = kazakhSpelling(text, r).text;
  const words = text.split(/\s+/).filter(Boolean);
  const x = r();
  let q: string;
  if (x < 0.5) {
    // a window of 3–6 words
    const size = Math.min(words.length, 3 + Math.floor(r() * 4));
    const start = Math.floor(r() * (words.length - size + 1));
    q = words.slice(start, start + size).join(' ');
  } else if (x < 0.8) {
    // place + two content words
    const content = shuffled(
      words.filter((w) => w.length > 3),
      r,
    );
    const placeWord = language === 'en' ? place.en : language === 'ru' ? place.ruIn.replace(/^(в|на) /, '') : place.kkLoc;
    q = [placeWord, ...content.slice(0, 2)].join(' ');
  } else {
    q = text; // the whole claim, pasted
  }
  if (r() < 0.1) q = typo(q, r);
  return { q: q.length >= 3 ? q : text, language };
}
