// Settlements for type-ahead: the places of the real cases in demo-cases.md plus every regional
// centre. Aliases are the spellings a reporter may type: Kazakh Cyrillic, Kazakh Latin (2021
// alphabet: Ä Ğ I/ı İ/i Ñ Ö Q Ş Ç Ū Ü), everyday romanisations, Russian and former names.
// The official kk/ru/en names are added as aliases automatically.

export interface SettlementSeed {
  regionCode: string;
  nameKk: string;
  nameRu: string;
  nameEn: string;
  lat?: number;
  lng?: number;
  aliases: string[];
}

const settlementList: SettlementSeed[] = [
  // --- Places of the cases -------------------------------------------------------------------
  {
    regionCode: 'KZ-47', nameKk: 'Жаңаөзен', nameRu: 'Жанаозен', nameEn: 'Zhanaozen', lat: 43.34, lng: 52.86,
    aliases: ['Jañaözen', 'Janaozen', 'Zhanaozen', 'Zhana Ozen', 'Zhanaozyen', 'Жана Озен', 'Жана-Озен',
      'Новый Узень', 'Новый Узен', 'Novy Uzen', 'Novyy Uzen', 'Узень'],
  },
  {
    regionCode: 'KZ-47', nameKk: 'Ақтау', nameRu: 'Актау', nameEn: 'Aktau', lat: 43.65, lng: 51.17,
    // Called Shevchenko from 1964 to 1991.
    aliases: ['Aqtau', 'Aktau', 'Шевченко', 'Shevchenko'],
  },
  {
    regionCode: 'KZ-47', nameKk: 'Шетпе', nameRu: 'Шетпе', nameEn: 'Shetpe',
    aliases: ['Şetpe', 'Shetpe', 'Shetpe station', 'станция Шетпе'],
  },
  {
    regionCode: 'KZ-23', nameKk: 'Теңіз', nameRu: 'Тенгиз', nameEn: 'Tengiz',
    aliases: ['Teñız', 'Tengiz', 'Tengis', 'Тениз', 'Тенгиз месторождение'],
  },
  {
    regionCode: 'KZ-19', nameKk: 'Шелек', nameRu: 'Шелек', nameEn: 'Shelek', lat: 43.6, lng: 78.25,
    // Known as Chilik in Soviet times.
    aliases: ['Şelek', 'Shelek', 'Chelek', 'Чилик', 'Chilik'],
  },
  {
    regionCode: 'KZ-19', nameKk: 'Ұзынағаш', nameRu: 'Узынагаш', nameEn: 'Uzynagash', lat: 43.22, lng: 76.31,
    aliases: ['Ūzynağaş', 'Uzynagash', 'Uzunagash', 'Uzynagach', 'Узун-Агач', 'Узунагач', 'Узынағаш'],
  },
  {
    regionCode: 'KZ-19', nameKk: 'Шеңгелді', nameRu: 'Шенгельды', nameEn: 'Shengeldy',
    aliases: ['Şeñgeldı', 'Shengeldy', 'Shengeldi', 'Шенгелды', 'Шенгельды'],
  },
  {
    regionCode: 'KZ-19', nameKk: 'Байдібек би', nameRu: 'Байдибек би', nameEn: 'Baidibek bi',
    aliases: ['Baidıbek bi', 'Baidibek bi', 'Baydibek bi', 'Baidibek', 'Байдибек', 'Байдібек',
      'Маловодное', 'Malovodnoe', 'Malovodnoye', 'Маловодный'],
  },
  {
    regionCode: 'KZ-61', nameKk: 'Маятас', nameRu: 'Маятас', nameEn: 'Mayatas',
    aliases: ['Maiatas', 'Mayatas', 'Majatas'],
  },
  {
    regionCode: 'KZ-61', nameKk: 'Қарамұрт', nameRu: 'Карамурт', nameEn: 'Karamurt',
    aliases: ['Qaramūrt', 'Qaramurt', 'Karamurt', 'Karamut', 'Карамурт'],
  },
  {
    regionCode: 'KZ-61', nameKk: 'Бостандық', nameRu: 'Бостандык', nameEn: 'Bostandyk',
    aliases: ['Bostandyq', 'Bostandyk', 'Bostandik', 'Бостандык'],
  },
  {
    // The village is named after Saken Seifullin; Russian usage is "село Сейфуллина".
    regionCode: 'KZ-61', nameKk: 'Сейфуллин', nameRu: 'Сейфуллина', nameEn: 'Seifullina',
    aliases: ['Seifullin', 'Seifullina', 'Seyfullina', 'Seyfullin', 'Сейфуллин ауылы', 'село Сейфуллина', 'Сейфулина'],
  },
  {
    regionCode: 'KZ-31', nameKk: 'Бурыл', nameRu: 'Бурыл', nameEn: 'Buryl',
    aliases: ['Buryl', 'Buril', 'Бурыл ауылы'],
  },

  // --- Regional centres (kz-regions.json `center`; coordinates are the JSON's centre coordinates)
  {
    regionCode: 'KZ-10', nameKk: 'Семей', nameRu: 'Семей', nameEn: 'Semey', lat: 50.41, lng: 80.23,
    aliases: ['Semei', 'Semey', 'Semej', 'Семипалатинск', 'Semipalatinsk', 'Семск'],
  },
  {
    regionCode: 'KZ-11', nameKk: 'Көкшетау', nameRu: 'Кокшетау', nameEn: 'Kokshetau', lat: 53.28, lng: 69.39,
    aliases: ['Kökşetau', 'Kokshetau', 'Kokshetaw', 'Кокчетав', 'Kokchetav'],
  },
  {
    regionCode: 'KZ-15', nameKk: 'Ақтөбе', nameRu: 'Актобе', nameEn: 'Aktobe', lat: 50.28, lng: 57.17,
    aliases: ['Aqtöbe', 'Aktobe', 'Aqtobe', 'Aktöbe', 'Актюбинск', 'Aktyubinsk'],
  },
  {
    regionCode: 'KZ-19', nameKk: 'Қонаев', nameRu: 'Конаев', nameEn: 'Konaev', lat: 43.87, lng: 77.07,
    // Kapshagay until 2022.
    aliases: ['Qonaev', 'Konaev', 'Konayev', 'Kunaev', 'Кунаев', 'Қапшағай', 'Капшагай', 'Капчагай',
      'Qapşağai', 'Kapshagay', 'Kapchagay', 'Kapshagai'],
  },
  {
    regionCode: 'KZ-23', nameKk: 'Атырау', nameRu: 'Атырау', nameEn: 'Atyrau', lat: 47.11, lng: 51.92,
    aliases: ['Atyrau', 'Atirau', 'Гурьев', 'Guryev', 'Gurev'],
  },
  {
    regionCode: 'KZ-27', nameKk: 'Орал', nameRu: 'Уральск', nameEn: 'Oral', lat: 51.23, lng: 51.37,
    aliases: ['Oral', 'Uralsk', 'Uralsk city', 'Орал қаласы'],
  },
  {
    regionCode: 'KZ-31', nameKk: 'Тараз', nameRu: 'Тараз', nameEn: 'Taraz', lat: 42.9, lng: 71.37,
    // Dzhambul (1938–1993) and Aulie-Ata before that.
    aliases: ['Taraz', 'Джамбул', 'Dzhambul', 'Jambyl city', 'Әулиеата', 'Аулие-Ата', 'Aulie-Ata'],
  },
  {
    regionCode: 'KZ-33', nameKk: 'Талдықорған', nameRu: 'Талдыкорган', nameEn: 'Taldykorgan', lat: 45.02, lng: 78.37,
    aliases: ['Taldyqorğan', 'Taldykorgan', 'Taldyqorgan', 'Taldikorgan', 'Талды-Курган', 'Taldy-Kurgan'],
  },
  {
    regionCode: 'KZ-35', nameKk: 'Қарағанды', nameRu: 'Караганда', nameEn: 'Karaganda', lat: 49.8, lng: 73.09,
    aliases: ['Qarağandy', 'Karagandy', 'Qaragandy', 'Karaganda', 'Караганды'],
  },
  {
    regionCode: 'KZ-39', nameKk: 'Қостанай', nameRu: 'Костанай', nameEn: 'Kostanay', lat: 53.21, lng: 63.62,
    aliases: ['Qostanai', 'Kostanay', 'Kostanai', 'Qostanay', 'Кустанай', 'Kustanay'],
  },
  {
    regionCode: 'KZ-43', nameKk: 'Қызылорда', nameRu: 'Кызылорда', nameEn: 'Kyzylorda', lat: 44.85, lng: 65.51,
    aliases: ['Qyzylorda', 'Kyzylorda', 'Kzyl-Orda', 'Кзыл-Орда', 'Кызыл-Орда'],
  },
  {
    regionCode: 'KZ-55', nameKk: 'Павлодар', nameRu: 'Павлодар', nameEn: 'Pavlodar', lat: 52.29, lng: 76.97,
    aliases: ['Pavlodar'],
  },
  {
    regionCode: 'KZ-59', nameKk: 'Петропавл', nameRu: 'Петропавловск', nameEn: 'Petropavl', lat: 54.87, lng: 69.15,
    aliases: ['Petropavl', 'Petropavlovsk', 'Петропавловск', 'Петропавл'],
  },
  {
    regionCode: 'KZ-61', nameKk: 'Түркістан', nameRu: 'Туркестан', nameEn: 'Turkistan', lat: 43.3, lng: 68.25,
    aliases: ['Türkıstan', 'Turkistan', 'Turkestan', 'Turkystan', 'Туркистан'],
  },
  {
    regionCode: 'KZ-62', nameKk: 'Жезқазған', nameRu: 'Жезказган', nameEn: 'Zhezkazgan', lat: 47.78, lng: 67.71,
    aliases: ['Jezqazğan', 'Zhezkazgan', 'Jezkazgan', 'Zhezqazghan', 'Джезказган', 'Dzhezkazgan'],
  },
  {
    regionCode: 'KZ-63', nameKk: 'Өскемен', nameRu: 'Усть-Каменогорск', nameEn: 'Oskemen', lat: 49.95, lng: 82.61,
    aliases: ['Öskemen', 'Oskemen', 'Ust-Kamenogorsk', 'Ust Kamenogorsk', 'Усть Каменогорск', 'Оскемен'],
  },
  {
    regionCode: 'KZ-71', nameKk: 'Астана', nameRu: 'Астана', nameEn: 'Astana', lat: 51.17, lng: 71.45,
    // Nur-Sultan 2019–2022, Tselinograd in Soviet times. "Акмола" (1992–1998) is left out: today
    // it names the surrounding region, and matching it to the city would mislead.
    aliases: ['Astana', 'Нур-Султан', 'Нурсултан', 'Nur-Sultan', 'Nursultan', 'Целиноград', 'Tselinograd'],
  },
  {
    regionCode: 'KZ-75', nameKk: 'Алматы', nameRu: 'Алматы', nameEn: 'Almaty', lat: 43.24, lng: 76.89,
    aliases: ['Almaty', 'Almati', 'Алма-Ата', 'Алмата', 'Alma-Ata', 'Alma Ata', 'Верный'],
  },
  {
    regionCode: 'KZ-79', nameKk: 'Шымкент', nameRu: 'Шымкент', nameEn: 'Shymkent', lat: 42.32, lng: 69.59,
    aliases: ['Şymkent', 'Shymkent', 'Shimkent', 'Чимкент', 'Chimkent'],
  },
];

/** Settlements with their aliases, de-duplicated (official names first). */
export const settlementSeeds: readonly SettlementSeed[] = settlementList.map((s) => ({ ...s, aliases: uniqueAliases([s.nameKk, s.nameRu, s.nameEn, ...s.aliases]) }));

function uniqueAliases(aliases: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of aliases) {
    const alias = raw.normalize('NFC').trim();
    if (alias && !seen.has(alias)) {
      seen.add(alias);
      out.push(alias);
    }
  }
  return out;
}
