// Contrast members that fresh7 showed missing (bench/RESULTS.md 1z, 2a): whom a claim is about
// (children / pensioners, the "group" class), which scripture was banned (the Quran names Muslims,
// the Bible Christians) and which school platform charges (Kundelik / Bilimal). Two claims that
// differ only in one of them never share a rumour, in either order of arrival and in kk (both
// scripts), ru and en; and "already checked?" never shows one's notice for the other, while a
// question naming the member finds its own. Places and wording are not fresh7's.
// The harness is shared: server/testing/contrast-pairs.ts.
import { setupTestDatabase } from '../testing/database';
import { describeContrastPairs, type ContrastPair } from '../testing/contrast-pairs';

const t = setupTestDatabase();

const PAIRS: ContrastPair[] = [
  {
    name: 'schoolchildren × pensioners',
    region: 'KZ-39',
    a: {
      texts: ['Қостанайда наурыздан бастап оқушылар автобуста тегін жүрмейді', 'Qostanaida nauryzdan bastap oquşylar avtobusta tegın jürmeidı', 'В Костанае с марта школьники больше не будут ездить в автобусах бесплатно', 'Schoolchildren in Kostanay will lose free bus rides from March'],
      slug: 'kostanay-free-bus-pupils',
      titles: { kk: 'Қостанайда оқушылар автобуста тегін жүре береді', ru: 'Школьники в Костанае продолжат ездить в автобусах бесплатно', en: 'Schoolchildren in Kostanay keep their free bus rides' },
      query: ['Костанай школьникам отменят бесплатный автобус?', 'ru'],
    },
    b: {
      texts: ['Қостанайда наурыздан бастап зейнеткерлер автобуста тегін жүрмейді', 'Qostanaida nauryzdan bastap zeinetkerler avtobusta tegın jürmeidı', 'В Костанае с марта пенсионеры больше не будут ездить в автобусах бесплатно', 'Pensioners in Kostanay will lose free bus rides from March'],
      slug: 'kostanay-free-bus-pensioners',
      titles: { kk: 'Қостанайда зейнеткерлер автобуста тегін жүре береді', ru: 'Пенсионеры в Костанае продолжат ездить в автобусах бесплатно', en: 'Pensioners in Kostanay keep their free bus rides' },
      query: ['Костанай пенсионерам отменят бесплатный автобус?', 'ru'],
    },
  },
  {
    name: 'the Quran × the Bible',
    region: 'KZ-35',
    a: {
      texts: ['Теміртау колониясында сотталғандарға Құран оқуға тыйым салынды', 'Temırtau koloniasynda sottalğandarğa Qūran oquğa tyiym salyndy', 'В колонии в Темиртау заключённым запретили читать Коран', 'Prisoners in the Temirtau colony are banned from reading the Quran'],
      slug: 'temirtau-colony-quran',
      titles: { kk: 'Теміртау колониясында Құран оқуға тыйым жоқ', ru: 'В колонии Темиртау Коран читать не запрещали', en: 'Reading the Quran is not banned in the Temirtau colony' },
      query: ['Темиртау колония Коран запретили?', 'ru'],
    },
    b: {
      texts: ['Теміртау колониясында сотталғандарға Інжіл оқуға тыйым салынды', 'Temırtau koloniasynda sottalğandarğa Injıl oquğa tyiym salyndy', 'В колонии в Темиртау заключённым запретили читать Библию', 'Prisoners in the Temirtau colony are banned from reading the Bible'],
      slug: 'temirtau-colony-bible',
      titles: { kk: 'Теміртау колониясында Інжіл оқуға тыйым жоқ', ru: 'В колонии Темиртау Библию читать не запрещали', en: 'Reading the Bible is not banned in the Temirtau colony' },
      query: ['Темиртау колония Библию запретили?', 'ru'],
    },
  },
  {
    name: 'Kundelik × Bilimal',
    region: 'KZ-79',
    a: {
      texts: ['Шымкентте келесі айдан бастап Күнделік ата-аналар үшін ақылы болады', 'Şymkentte kelesı aidan bastap Kündelık ata-analar üşın aqyly bolady', 'В Шымкенте со следующего месяца Кунделик станет платным для родителей', 'Kundelik will become paid for parents in Shymkent next month'],
      slug: 'shymkent-kundelik-paid',
      titles: { kk: 'Шымкентте Күнделік ақылы болмайды', ru: 'Кунделик в Шымкенте не станет платным', en: 'Kundelik will not become paid in Shymkent' },
      query: ['Шымкент Кунделик станет платным?', 'ru'],
    },
    b: {
      texts: ['Шымкентте келесі айдан бастап Білімал ата-аналар үшін ақылы болады', 'Şymkentte kelesı aidan bastap Bılımal ata-analar üşın aqyly bolady', 'В Шымкенте со следующего месяца Билимал станет платным для родителей', 'Bilimal will become paid for parents in Shymkent next month'],
      slug: 'shymkent-bilimal-paid',
      titles: { kk: 'Шымкентте Білімал ақылы болмайды', ru: 'Билимал в Шымкенте не станет платным', en: 'Bilimal will not become paid in Shymkent' },
      query: ['Шымкент Билимал станет платным?', 'ru'],
    },
  },
];

describeContrastPairs(t, 'contrast members fresh7 merged are two claims', PAIRS, { secondClaimMeets: true });
