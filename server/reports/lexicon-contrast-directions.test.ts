// Claims that differ only in which way something went (session 38): a river rising or falling, a river in flood or
// drying up, cases growing or declining. People tell these with verbs the lexicon had read only of prices
// ("көтерілді", "төмендеді"), so "Есілдің суы азайып жатыр", "Ишим мелеет" and "the river is falling" were read
// as no direction at all and joined the rising claim. Two such claims never share a rumour, in either order of
// arrival and in kk (both scripts), ru and en, and "already checked?" never shows one's notice for the other.
// The claims are written here, not taken from any set. The harness is shared: server/testing/contrast-pairs.ts.
import { setupTestDatabase } from '../testing/database';
import { describeContrastPairs, type ContrastPair } from '../testing/contrast-pairs';

const t = setupTestDatabase();

const PAIRS: ContrastPair[] = [
  {
    name: 'the Ishim rising × falling at Petropavl (direction)',
    region: 'KZ-59',
    a: {
      texts: ['Петропавл тұсында Есілдің суы тәулігіне 30 сантиметрге көтеріліп жатыр', 'Petropavl tūsynda Esıldıñ suy täulıgıne 30 santimetrge köterılıp jatyr', 'Ишим у Петропавловска поднимается на 30 сантиметров в сутки', 'The Ishim at Petropavl is rising by 30 centimetres a day'],
      slug: 'petropavl-ishim-rising',
      titles: { kk: 'Есіл Петропавл тұсында көтеріліп жатқан жоқ', ru: 'Ишим у Петропавловска не поднимается', en: 'The Ishim at Petropavl is not rising' },
      query: ['Ишим у Петропавловска поднимается?', 'ru'],
    },
    b: {
      texts: ['Петропавл тұсында Есілдің суы тәулігіне 30 сантиметрге азайып жатыр', 'Petropavl tūsynda Esıldıñ suy täulıgıne 30 santimetrge azaiyp jatyr', 'Ишим у Петропавловска мелеет на 30 сантиметров в сутки', 'The Ishim at Petropavl is falling by 30 centimetres a day'],
      slug: 'petropavl-ishim-falling',
      titles: { kk: 'Есілдің суы Петропавл тұсында азайып жатқан жоқ', ru: 'Ишим у Петропавловска не мелеет', en: 'The Ishim at Petropavl is not falling' },
      query: ['Ишим у Петропавловска мелеет?', 'ru'],
    },
  },
  {
    name: 'the Syr Darya in flood × drying up at Kyzylorda (direction)',
    region: 'KZ-43',
    a: {
      texts: ['Қызылорда маңында Сырдария тасып, саяжайларды су басып жатыр', 'Qyzylorda mañynda Syrdaria tasyp, saiajailardy su basyp jatyr', 'Под Кызылордой Сырдарья разлилась и топит дачи', 'The Syr Darya burst its banks near Kyzylorda and is flooding the dachas'],
      slug: 'kyzylorda-syr-darya-flood',
      titles: { kk: 'Қызылорда маңында Сырдария тасыған жоқ', ru: 'Сырдарья под Кызылордой не разлилась', en: 'The Syr Darya has not flooded near Kyzylorda' },
      query: ['Под Кызылордой Сырдарья разлилась?', 'ru'],
    },
    b: {
      texts: ['Қызылорда маңында Сырдарияның суы тартылып қалды, саяжайлар тұсында жаяу өтуге болады', 'Qyzylorda mañynda Syrdariianyñ suy tartylyp qaldy, saiajailar tūsynda jaiau ötuge bolady', 'Под Кызылордой Сырдарья пересыхает, у дач её можно перейти вброд', 'The Syr Darya is drying up near Kyzylorda, you can wade across it by the dachas'],
      slug: 'kyzylorda-syr-darya-drying',
      titles: { kk: 'Қызылорда маңында Сырдария тартылған жоқ', ru: 'Сырдарья под Кызылордой не пересыхает', en: 'The Syr Darya is not drying up near Kyzylorda' },
      query: ['Под Кызылордой Сырдарья пересыхает?', 'ru'],
    },
  },
  {
    name: 'measles cases in Turkistan region increasing × decreasing (direction)',
    region: 'KZ-61',
    a: {
      texts: ['Түркістан облысында қызылшамен ауыратын балалар көбейіп жатыр', 'Türkıstan oblysynda qyzylşamen auyratyn balalar köbeiıp jatyr', 'В Туркестанской области заболеваемость корью у детей растёт', 'Measles cases among children in Turkistan region are increasing'],
      slug: 'turkistan-measles-increasing',
      titles: { kk: 'Түркістан облысында қызылша көбейіп жатқан жоқ', ru: 'Заболеваемость корью в Туркестанской области не растёт', en: 'Measles cases in Turkistan region are not increasing' },
      query: ['В Туркестанской области корь растёт?', 'ru'],
    },
    b: {
      texts: ['Түркістан облысында қызылшамен ауыратын балалар азайып жатыр', 'Türkıstan oblysynda qyzylşamen auyratyn balalar azaiyp jatyr', 'В Туркестанской области заболеваемость корью у детей снижается', 'Measles cases among children in Turkistan region are decreasing'],
      slug: 'turkistan-measles-decreasing',
      titles: { kk: 'Түркістан облысында қызылша азайып жатқан жоқ', ru: 'Заболеваемость корью в Туркестанской области не снижается', en: 'Measles cases in Turkistan region are not decreasing' },
      query: ['В Туркестанской области корь снижается?', 'ru'],
    },
  },
  {
    // Session 40: a lake's or a reservoir's level, told with verbs that mean other things elsewhere (filled, came in,
    // went, lost; concepts.ts readWaterLevel). Before it, of these eight texts only "обмелело" read a direction: the
    // other seven read none, and a text with no direction is compatible with either side.
    name: 'the Kapshagay reservoir up × down a metre at Konaev (direction)',
    region: 'KZ-19',
    a: {
      texts: ['Қонаев маңында Қапшағай су қоймасының суы бір метрге толды', 'Qonaev mañynda Qapşağai su qoimasynyñ suy bır metrge toldy', 'Капчагайское водохранилище у Конаева прибыло на метр', 'The Kapshagay reservoir at Konaev is up a metre'],
      slug: 'konaev-kapshagay-up',
      titles: { kk: 'Қапшағай су қоймасы толған жоқ', ru: 'Капчагайское водохранилище не прибыло', en: 'The Kapshagay reservoir is not up' },
      query: ['Капчагай прибыл на метр?', 'ru'],
    },
    b: {
      texts: ['Қонаев маңында Қапшағай су қоймасының суы бір метрге тартылып кетіпті', 'Qonaev mañynda Qapşağai su qoimasynyñ suy bır metrge tartylyp ketıptı', 'Капчагайское водохранилище у Конаева обмелело на метр', 'The Kapshagay reservoir at Konaev has lost a metre of water'],
      slug: 'konaev-kapshagay-down',
      titles: { kk: 'Қапшағай су қоймасы тартылған жоқ', ru: 'Капчагайское водохранилище не обмелело', en: 'The Kapshagay reservoir has not lost a metre' },
      query: ['Капчагай обмелел на метр?', 'ru'],
    },
  },
];

describeContrastPairs(t, 'opposite directions in every language (session 38)', PAIRS);
