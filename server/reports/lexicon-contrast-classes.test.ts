// Contrast members that fresh5 showed missing (bench/RESULTS.md 1t, 1w): what the water is for
// (drinking / irrigation), what ruined a harvest (locusts / hail), what a crossing is closed to
// (freight / passengers, the "load" class). Two claims that differ only in one of them never share a
// rumour, in either order of arrival and in kk (both scripts), ru and en; and "already checked?"
// never shows one's notice for the other, while a question naming the member finds its own.
// The harness is shared: server/testing/contrast-pairs.ts.
import { setupTestDatabase } from '../testing/database';
import { describeContrastPairs, type ContrastPair } from '../testing/contrast-pairs';

const t = setupTestDatabase();

const PAIRS: ContrastPair[] = [
  {
    name: 'drinking water × irrigation water',
    region: 'KZ-43',
    a: {
      texts: ['Жаңақорған ауылдарында бір апта ауыз су болмайды', 'Zhanakorgan auyldarynda bir apta auyz su bolmaidy', 'В Жанакоргане сёла неделю будут без питьевой воды', 'Zhanakorgan villages will have no drinking water for a week'],
      slug: 'zhanakorgan-drinking-water',
      titles: { kk: 'Жаңақорған ауылдары ауыз сусыз қалмайды', ru: 'Сёла Жанакоргана не останутся без питьевой воды', en: 'Zhanakorgan villages will not be left without drinking water' },
      query: ['Жанакорган неделю без питьевой воды?', 'ru'],
    },
    b: {
      texts: ['Жаңақорған күріш алқаптарына бір апта суару суы берілмейді', 'zhanakorgan shalyga bir apta polivka bolmaidy', 'В Жанакоргане рисовые поля неделю будут без поливной воды', 'Zhanakorgan rice fields will get no irrigation water for a week'],
      slug: 'zhanakorgan-irrigation-water',
      titles: { kk: 'Жаңақорған күріш алқаптары суарусыз қалмайды', ru: 'Рисовые поля Жанакоргана не останутся без полива', en: 'Zhanakorgan rice fields will not be left without irrigation' },
      query: ['Жанакорган неделю без поливной воды?', 'ru'],
    },
  },
  {
    name: 'locusts × hail',
    region: 'KZ-10',
    a: {
      texts: ['Аягөз ауданында шегіртке бидай егістігін жеп кетті', 'Aiagöz audanynda şegırtke bidai egıstıgın jep kettı', 'В Аягозском районе саранча уничтожила пшеницу', 'Locusts destroyed the wheat fields in Ayagoz district'],
      slug: 'ayagoz-wheat-locusts',
      titles: { kk: 'Аягөзде шегіртке бидайды жойған жоқ', ru: 'Саранча не уничтожала пшеницу в Аягозе', en: 'Locusts did not destroy the wheat in Ayagoz' },
      query: ['В Аягозе саранча уничтожила пшеницу?', 'ru'],
    },
    b: {
      texts: ['Аягөз ауданында бұршақ бидай егістігін жойып кетті', 'aiagoz audanynda burshak bidaidy zhoiyp ketti', 'В Аягозском районе град уничтожил пшеницу', 'Hail destroyed the wheat fields in Ayagoz district'],
      slug: 'ayagoz-wheat-hail',
      titles: { kk: 'Аягөзде бұршақ бидайды жойған жоқ', ru: 'Град не уничтожал пшеницу в Аягозе', en: 'Hail did not destroy the wheat in Ayagoz' },
      query: ['В Аягозе град уничтожил пшеницу?', 'ru'],
    },
  },
  {
    name: 'freight × passengers',
    region: 'KZ-33',
    a: {
      texts: ['Жаркент арқылы Қытайға жүк көліктері наурызға дейін өтпейді', 'zharkent arkyly kytaiga furalar nauryzga deiin otpeidi', 'Через Жаркент в Китай грузовики не пропустят до марта', 'Trucks will not be let through Zharkent to China until March'],
      slug: 'zharkent-crossing-freight',
      titles: { kk: 'Жаркент арқылы жүк көліктері өте береді', ru: 'Грузовики через Жаркент в Китай пропускают', en: 'Trucks still cross to China through Zharkent' },
      query: ['Жаркент грузовики в Китай не пропустят?', 'ru'],
    },
    b: {
      texts: ['Жаркент арқылы Қытайға жолаушылар наурызға дейін өтпейді', 'zharkent arkyly kytaiga zholaushylar nauryzga deiin otpeidi', 'Через Жаркент в Китай пассажиров не пропустят до марта', 'Passengers will not be let through Zharkent to China until March'],
      slug: 'zharkent-crossing-passengers',
      titles: { kk: 'Жаркент арқылы жолаушылар өте береді', ru: 'Пассажиров через Жаркент в Китай пропускают', en: 'Passengers still cross to China through Zharkent' },
      query: ['Жаркент пассажиров в Китай не пропустят?', 'ru'],
    },
  },
];

describeContrastPairs(t, 'contrast members fresh5 merged are two claims', PAIRS);
