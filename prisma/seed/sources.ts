// A small registry of demonstration sources, named by role only (no person, no real contact), as a
// Kazakhstani deployer's staff would enter them: in Russian or Kazakh, one language per source (a
// source is one row written once; the registry marks its language on pages in another one).
// `key` is a stable handle for demo content; the name is what identifies a row in the database.
import type { Language } from '../../server/i18n/languages';
import type { SourceType } from '../../server/db/generated/enums';

export interface SourceSeed {
  key: string;
  name: string;
  /** The language the name and note are written in (the registry's detector must read it so: seed test). */
  language: Extract<Language, 'kk' | 'ru'>;
  /** Names earlier releases seeded this source under: a deployment's row is renamed, not duplicated. */
  formerNames: readonly string[];
  type: SourceType;
  /** Empty = nationwide. */
  regionCodes: string[];
  reliability: 1 | 2 | 3 | 4 | 5;
  reliabilityNote: string;
}

export const sourceSeeds: readonly SourceSeed[] = [
  {
    key: 'mangystauInternalPolicy',
    name: 'Управление внутренней политики акимата Мангистауской области (демо)',
    language: 'ru',
    formerNames: ['Mangystau Region akimat — internal policy department (demo)'],
    type: 'AKIMAT_INTERNAL_POLICY',
    regionCodes: ['KZ-47'],
    reliability: 4,
    reliabilityNote: 'Ежедневно отслеживает напряжённость и быстро подтверждает официальные решения; в кризис может занижать цифры. Демонстрационный источник.',
  },
  {
    key: 'turkistanAkimat',
    name: 'Пресс-служба акимата Туркестанской области (демо)',
    language: 'ru',
    formerNames: ['Turkistan Region akimat — press service (demo)'],
    type: 'AKIMAT',
    regionCodes: ['KZ-61'],
    reliability: 4,
    reliabilityNote: 'Сообщает результаты официальных проверок (например, судебно-медицинских экспертиз); обычно с опозданием, часто на следующий день. Демонстрационный источник.',
  },
  {
    key: 'prosecutorGeneral',
    name: 'Пресс-служба Генеральной прокуратуры (демо)',
    language: 'ru',
    formerNames: ['Prosecutor General\'s Office — press service (demo)'],
    type: 'PROSECUTOR',
    regionCodes: [],
    reliability: 4,
    reliabilityNote: 'Авторитетна по уголовным делам; число погибших уже пересматривалось, поэтому сверяйте цифры с другими источниками. Демонстрационный источник.',
  },
  {
    key: 'turkistanAccordCouncil',
    name: 'Түркістан облысының қоғамдық келісім кеңесі (демо)',
    language: 'kk',
    formerNames: ['Regional council of public accord, Turkistan Region (demo)'],
    type: 'PUBLIC_ACCORD_COUNCIL',
    regionCodes: ['KZ-61'],
    reliability: 4,
    reliabilityNote: 'Барлық этномәдени бірлестіктермен және ауыл әкімдерімен байланысы бар; «бұл шынымен болып жатыр ма?» деген сұраққа бір сағат ішінде жауап береді. Демонстрациялық дереккөз.',
  },
  {
    key: 'zhanaozenElders',
    name: 'Жаңаөзен қаласының ақсақалдар кеңесі (демо)',
    language: 'kk',
    formerNames: ['Council of elders (aksakals), Zhanaozen (demo)'],
    type: 'COMMUNITY_ASSOCIATION',
    regionCodes: ['KZ-47'],
    reliability: 3,
    reliabilityNote: 'Тұрғындар сенеді, әр шағын ауданда не болып жатқанын біледі; айтқаны өз көзімен көргені, бірақ құжатпен расталмайды. Демонстрациялық дереккөз.',
  },
  {
    key: 'turkistanPolice',
    name: 'Пресс-служба департамента полиции Туркестанской области (демо)',
    language: 'ru',
    formerNames: ['Police department of Turkistan Region — press service (demo)'],
    type: 'POLICE',
    regionCodes: ['KZ-61'],
    reliability: 4,
    reliabilityNote: 'Подтверждает задержания и юридическую квалификацию происшествий; мотивы не комментирует, пока это не позволяет следствие. Демонстрационный источник.',
  },
  {
    key: 'almatyEmergency112',
    name: 'Служба 112 — дежурная часть, Алматы (демо)',
    language: 'ru',
    formerNames: ['Emergency services 112 — Almaty duty desk (demo)'],
    type: 'EMERGENCY_SERVICES',
    regionCodes: ['KZ-75', 'KZ-19'],
    reliability: 4,
    reliabilityNote: 'За несколько минут узнаёт, зарегистрированы ли по адресу пожары, пострадавшие или вызовы. Демонстрационный источник.',
  },
  {
    key: 'localMedia',
    name: '«Каспий хабар» — местный новостной сайт, Мангистау (вымышленный, демо)',
    language: 'ru',
    formerNames: ['Kaspii Habar — local news site, Mangystau (fictional, demo)'],
    type: 'MEDIA_OUTLET',
    regionCodes: ['KZ-47'],
    reliability: 3,
    reliabilityNote: 'Вымышленное издание для демонстрации. Корреспонденты на месте; публикует рассказы очевидцев до того, как они подтверждены.',
  },
  {
    key: 'mediatorNetwork',
    name: '«Келісім» ерікті медиаторлар желісі (ойдан шығарылған ҮЕҰ, демо)',
    language: 'kk',
    formerNames: ['Kelisim volunteer mediators network (fictional NGO, demo)'],
    type: 'NGO',
    regionCodes: ['KZ-61', 'KZ-19', 'KZ-31', 'KZ-33', 'KZ-47'],
    reliability: 3,
    reliabilityNote: 'Демонстрацияға арналған ойдан шығарылған ҮЕҰ. Даудың екі жағындағы қауым жетекшілерімен сөйлесе алатын тіркелген медиаторлар.',
  },
  {
    key: 'fieldVerifiers',
    name: 'Сеть полевых проверяющих Raspa (демо)',
    language: 'ru',
    formerNames: ['Raspa field-verifier network (demo)'],
    type: 'FIELD_VERIFIER',
    regionCodes: ['KZ-47', 'KZ-61', 'KZ-19', 'KZ-31', 'KZ-75'],
    reliability: 3,
    reliabilityNote: 'Волонтёры, учителя и журналисты, которые отвечают на вопрос «это правда происходит в вашем селе?»; один ответ — зацепка, два независимых — доказательство. Демонстрационный источник.',
  },
  {
    key: 'almatyRegionInternalPolicy',
    name: 'Управление внутренней политики акимата Алматинской области (демо)',
    language: 'ru',
    formerNames: ['Almaty Region akimat — internal policy department (demo)'],
    type: 'AKIMAT_INTERNAL_POLICY',
    regionCodes: ['KZ-19'],
    reliability: 4,
    reliabilityNote: 'После происшествия координирует акимов районов, аксакалов и полицию. Демонстрационный источник.',
  },
  {
    key: 'telecomOperators',
    name: 'Операторы мобильной связи — общая пресс-линия (демо)',
    language: 'ru',
    formerNames: ['Mobile operators — joint press line (demo)'],
    type: 'OTHER',
    regionCodes: [],
    reliability: 4,
    reliabilityNote: 'Подтверждают сбои и ограничения мобильного интернета и звонков; не могут сказать, сколько продлится ограничение. Демонстрационный источник.',
  },
];
