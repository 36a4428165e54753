// The district (second-level division, HXL #adm2) of every seeded settlement, in the divisions in
// force since June 2022 (Abai, Jetisu and Ulytau regions; Almaty Region's centre in Konaev).
//
// A city of republican significance (Astana, Almaty, Shymkent — first-level divisions themselves)
// or of regional significance (Aktau, Zhanaozen, Temirtau, Kosshy since 2021 …) belongs to no
// district: its own city administration (қалалық әкімдік) is the second level, so its #adm2 is the
// city itself ("Ақтау қаласы" / "город Актау" / "Aktau City"). Villages under such a city
// administration name the city (Shengeldy is governed by Konaev). Towns of district significance
// (Shchuchinsk, Kulsary …) are in their district.
//
// Keyed by region code and the settlement's English name, the seed's own key
// (`@@unique([regionCode, nameEn])`); settlements.test.ts fails for a seeded settlement without one.

export interface DistrictNames {
  nameKk: string;
  nameRu: string;
  nameEn: string;
}

const district = (nameKk: string, nameRu: string, nameEn: string): DistrictNames => ({ nameKk, nameRu, nameEn });

/** The settlement is a city administration of its own: its district is named after it. */
export const OWN_CITY = 'city' as const;

/** A city administration's second-level name, from the city's names. */
export function cityDistrict(city: DistrictNames): DistrictNames {
  return { nameKk: `${city.nameKk} қаласы`, nameRu: `город ${city.nameRu}`, nameEn: `${city.nameEn} City` };
}

const CITY = OWN_CITY;
/** Shengeldy rural district is governed by the city administration of Konaev (Kapshagay until 2022). */
const KONAEV_CITY = cityDistrict({ nameKk: 'Қонаев', nameRu: 'Конаев', nameEn: 'Konaev' });

export const SETTLEMENT_DISTRICTS: Readonly<Record<string, Readonly<Record<string, DistrictNames | typeof OWN_CITY>>>> = {
  // Abai Region (from East Kazakhstan in 2022)
  'KZ-10': {
    Shar: district('Жарма ауданы', 'Жарминский район', 'Zharma District'),
    Semey: CITY,
    Ayagoz: district('Аягөз ауданы', 'Аягозский район', 'Ayagoz District'),
    Karaul: district('Абай ауданы', 'Абайский район', 'Abai District'),
    Urzhar: district('Үржар ауданы', 'Урджарский район', 'Urzhar District'),
    Kurchatov: CITY,
    Beskaragai: district('Бесқарағай ауданы', 'Бескарагайский район', 'Beskaragai District'),
    Borodulikha: district('Бородулиха ауданы', 'Бородулихинский район', 'Borodulikha District'),
    Kokpekty: district('Көкпекті ауданы', 'Кокпектинский район', 'Kokpekty District'),
    Kalbatau: district('Жарма ауданы', 'Жарминский район', 'Zharma District'),
    Makanshy: district('Үржар ауданы', 'Урджарский район', 'Urzhar District'),
  },
  // Akmola Region
  'KZ-11': {
    Kokshetau: CITY,
    Stepnogorsk: CITY,
    // A village of Tselinograd District until July 2021, then a city of regional significance.
    Kosshy: CITY,
    Shchuchinsk: district('Бурабай ауданы', 'Бурабайский район', 'Burabay District'),
    Burabay: district('Бурабай ауданы', 'Бурабайский район', 'Burabay District'),
    Atbasar: district('Атбасар ауданы', 'Атбасарский район', 'Atbasar District'),
    Akkol: district('Ақкөл ауданы', 'Аккольский район', 'Akkol District'),
    Makinsk: district('Бұланды ауданы', 'Буландынский район', 'Bulandy District'),
    Derzhavinsk: district('Жарқайың ауданы', 'Жаркаинский район', 'Zharkaiyn District'),
    Ereymentau: district('Ерейментау ауданы', 'Ерейментауский район', 'Ereymentau District'),
    Stepnyak: district('Еңбекшілдер ауданы', 'Енбекшильдерский район', 'Enbekshilder District'),
    Arshaly: district('Аршалы ауданы', 'Аршалынский район', 'Arshaly District'),
    Astrakhanka: district('Астрахан ауданы', 'Астраханский район', 'Astrakhan District'),
    Egindykol: district('Егіндікөл ауданы', 'Егиндыкольский район', 'Egindykol District'),
    Zerenda: district('Зеренді ауданы', 'Зерендинский район', 'Zerendi District'),
    Korgalzhyn: district('Қорғалжын ауданы', 'Коргалжынский район', 'Korgalzhyn District'),
    Balkashino: district('Сандықтау ауданы', 'Сандыктауский район', 'Sandyktau District'),
    Shortandy: district('Шортанды ауданы', 'Шортандинский район', 'Shortandy District'),
  },
  // Aktobe Region
  'KZ-15': {
    Oiyl: district('Ойыл ауданы', 'Уилский район', 'Oiyl District'),
    Alga: district('Алға ауданы', 'Алгинский район', 'Alga District'),
    Aktobe: CITY,
    Khromtau: district('Хромтау ауданы', 'Хромтауский район', 'Khromtau District'),
    Kandyagash: district('Мұғалжар ауданы', 'Мугалжарский район', 'Mugalzhar District'),
    Emba: district('Мұғалжар ауданы', 'Мугалжарский район', 'Mugalzhar District'),
    Shalkar: district('Шалқар ауданы', 'Шалкарский район', 'Shalkar District'),
    Karauylkeldy: district('Байғанин ауданы', 'Байганинский район', 'Baiganin District'),
    Badamsha: district('Қарғалы ауданы', 'Каргалинский район', 'Kargaly District'),
    Kobda: district('Қобда ауданы', 'Хобдинский район', 'Kobda District'),
    Martuk: district('Мәртөк ауданы', 'Мартукский район', 'Martuk District'),
    Shubarkuduk: district('Темір ауданы', 'Темирский район', 'Temir District'),
    Irgiz: district('Ырғыз ауданы', 'Иргизский район', 'Irgiz District'),
    Zhanazhol: district('Мұғалжар ауданы', 'Мугалжарский район', 'Mugalzhar District'),
  },
  // Almaty Region (since 2022 without Jetisu; centre Konaev)
  'KZ-19': {
    Shamalgan: district('Қарасай ауданы', 'Карасайский район', 'Karasai District'),
    Esik: district('Еңбекшіқазақ ауданы', 'Енбекшиказахский район', 'Enbekshikazakh District'),
    Konaev: CITY,
    Shengeldy: KONAEV_CITY,
    Shelek: district('Еңбекшіқазақ ауданы', 'Енбекшиказахский район', 'Enbekshikazakh District'),
    'Baidibek bi': district('Еңбекшіқазақ ауданы', 'Енбекшиказахский район', 'Enbekshikazakh District'),
    Uzynagash: district('Жамбыл ауданы', 'Жамбылский район', 'Zhambyl District'),
    Kaskelen: district('Қарасай ауданы', 'Карасайский район', 'Karasai District'),
    Talgar: district('Талғар ауданы', 'Талгарский район', 'Talgar District'),
    'Otegen Batyr': district('Іле ауданы', 'Илийский район', 'Ili District'),
    // Kegen District was split from Raiymbek District in 2018; Raiymbek's centre moved to Narynkol.
    Kegen: district('Кеген ауданы', 'Кегенский район', 'Kegen District'),
    Narynkol: district('Райымбек ауданы', 'Райымбекский район', 'Raiymbek District'),
    Bakanas: district('Балқаш ауданы', 'Балхашский район', 'Balkhash District'),
    Chundzha: district('Ұйғыр ауданы', 'Уйгурский район', 'Uigur District'),
  },
  // Atyrau Region
  'KZ-23': {
    Makhambet: district('Махамбет ауданы', 'Махамбетский район', 'Makhambet District'),
    Atyrau: CITY,
    Tengiz: district('Жылыой ауданы', 'Жылыойский район', 'Zhylyoi District'),
    Kulsary: district('Жылыой ауданы', 'Жылыойский район', 'Zhylyoi District'),
    Makat: district('Мақат ауданы', 'Макатский район', 'Makat District'),
    Dossor: district('Мақат ауданы', 'Макатский район', 'Makat District'),
    Inderbor: district('Индер ауданы', 'Индерский район', 'Inder District'),
    Akkystau: district('Исатай ауданы', 'Исатайский район', 'Isatai District'),
    Ganyushkino: district('Құрманғазы ауданы', 'Курмангазинский район', 'Kurmangazy District'),
    Miyaly: district('Қызылқоға ауданы', 'Кзылкогинский район', 'Kyzylkoga District'),
  },
  // West Kazakhstan Region
  'KZ-27': {
    Oral: CITY,
    Aksai: district('Бөрлі ауданы', 'Бурлинский район', 'Burlin District'),
    Shyngyrlau: district('Шыңғырлау ауданы', 'Чингирлауский район', 'Shyngyrlau District'),
    Saikhin: district('Бөкей ордасы ауданы', 'Бокейординский район', 'Bokeyorda District'),
    Zhangala: district('Жаңақала ауданы', 'Жангалинский район', 'Zhangala District'),
    Perementnoe: district('Бәйтерек ауданы', 'Байтерекский район', 'Baiterek District'),
    Kaztalovka: district('Казталов ауданы', 'Казталовский район', 'Kaztalov District'),
    Karatobe: district('Қаратөбе ауданы', 'Каратобинский район', 'Karatobe District'),
    Zhympity: district('Сырым ауданы', 'Сырымский район', 'Syrym District'),
    Taskala: district('Тасқала ауданы', 'Таскалинский район', 'Taskala District'),
    Zhanibek: district('Жәнібек ауданы', 'Жанибекский район', 'Zhanibek District'),
  },
  // Jambyl Region
  'KZ-31': {
    Taraz: CITY,
    Buryl: district('Байзақ ауданы', 'Байзакский район', 'Baizak District'),
    Karatau: district('Талас ауданы', 'Таласский район', 'Talas District'),
    Zhanatas: district('Сарысу ауданы', 'Сарысуский район', 'Sarysu District'),
    Shu: district('Шу ауданы', 'Шуский район', 'Shu District'),
    Korday: district('Қордай ауданы', 'Кордайский район', 'Korday District'),
    Masanchi: district('Қордай ауданы', 'Кордайский район', 'Korday District'),
    Sortobe: district('Қордай ауданы', 'Кордайский район', 'Korday District'),
    Merke: district('Меркі ауданы', 'Меркенский район', 'Merke District'),
    Sarykemer: district('Байзақ ауданы', 'Байзакский район', 'Baizak District'),
    Moiynkum: district('Мойынқұм ауданы', 'Мойынкумский район', 'Moiynkum District'),
    Kulan: district('Тұрар Рысқұлов ауданы', 'Рыскуловский район', 'Turar Ryskulov District'),
  },
  // Jetisu Region (from Almaty Region in 2022)
  'KZ-33': {
    Kapal: district('Ақсу ауданы', 'Аксуский район', 'Aksu District'),
    Taldykorgan: CITY,
    Tekeli: CITY,
    Zharkent: district('Панфилов ауданы', 'Панфиловский район', 'Panfilov District'),
    Ushtobe: district('Қаратал ауданы', 'Каратальский район', 'Karatal District'),
    Sarkand: district('Сарқан ауданы', 'Саркандский район', 'Sarkand District'),
    Usharal: district('Алакөл ауданы', 'Алакольский район', 'Alakol District'),
    Karabulak: district('Ескелді ауданы', 'Ескельдинский район', 'Eskeldi District'),
    Saryozek: district('Кербұлақ ауданы', 'Кербулакский район', 'Kerbulak District'),
    'Balpyk bi': district('Көксу ауданы', 'Коксуский район', 'Koksu District'),
  },
  // Karaganda Region
  'KZ-35': {
    Karaganda: CITY,
    Temirtau: CITY,
    Shakhtinsk: CITY,
    Saran: CITY,
    Balkhash: CITY,
    Priozersk: CITY,
    Karkaraly: district('Қарқаралы ауданы', 'Каркаралинский район', 'Karkaraly District'),
    Botakara: district('Бұқар жырау ауданы', 'Бухар-Жырауский район', 'Bukhar-Zhyrau District'),
    Kiyevka: district('Нұра ауданы', 'Нуринский район', 'Nura District'),
    Osakarovka: district('Осакаров ауданы', 'Осакаровский район', 'Osakarov District'),
    Abay: district('Абай ауданы', 'Абайский район', 'Abay District'),
  },
  // Kostanay Region
  'KZ-39': {
    Fyodorovka: district('Федоров ауданы', 'Федоровский район', 'Fyodorov District'),
    Borovskoye: district('Меңдіқара ауданы', 'Мендыкаринский район', 'Mendykara District'),
    Kostanay: CITY,
    Rudny: CITY,
    Lisakovsk: CITY,
    Arkalyk: CITY,
    Zhitikara: district('Жітіқара ауданы', 'Житикаринский район', 'Zhitikara District'),
    Ubaganskoe: district('Ыбырай Алтынсарин ауданы', 'Алтынсаринский район', 'Altynsarin District'),
    Auliekol: district('Әулиекөл ауданы', 'Аулиекольский район', 'Auliekol District'),
    Denisovka: district('Денисов ауданы', 'Денисовский район', 'Denisov District'),
    Torgai: district('Жангелдин ауданы', 'Джангельдинский район', 'Zhangeldin District'),
    Kamysty: district('Қамысты ауданы', 'Камыстинский район', 'Kamysty District'),
    Karabalyk: district('Қарабалық ауданы', 'Карабалыкский район', 'Karabalyk District'),
    Zatobolsk: district('Қостанай ауданы', 'Костанайский район', 'Kostanay District'),
    Karamendy: district('Наурызым ауданы', 'Наурзумский район', 'Naurzum District'),
    Sarykol: district('Сарыкөл ауданы', 'Сарыкольский район', 'Sarykol District'),
    Uzunkol: district('Ұзынкөл ауданы', 'Узункольский район', 'Uzunkol District'),
  },
  // Kyzylorda Region
  'KZ-43': {
    Kyzylorda: CITY,
    // Leased to Russia until 2050; in Kazakhstan's divisions a city administration of the region.
    Baikonur: CITY,
    Aralsk: district('Арал ауданы', 'Аральский район', 'Aral District'),
    // The old town of Kazalinsk; the district's centre is Aiteke Bi.
    Kazaly: district('Қазалы ауданы', 'Казалинский район', 'Kazaly District'),
    Shieli: district('Шиелі ауданы', 'Шиелийский район', 'Shieli District'),
    Zhanakorgan: district('Жаңақорған ауданы', 'Жанакорганский район', 'Zhanakorgan District'),
    Zhosaly: district('Қармақшы ауданы', 'Кармакшинский район', 'Karmakshy District'),
    Zhalagash: district('Жалағаш ауданы', 'Жалагашский район', 'Zhalagash District'),
    Terenozek: district('Сырдария ауданы', 'Сырдарьинский район', 'Syrdarya District'),
  },
  // Mangystau Region
  'KZ-47': {
    Aktau: CITY,
    Zhanaozen: CITY,
    Shetpe: district('Маңғыстау ауданы', 'Мангистауский район', 'Mangystau District'),
    Beineu: district('Бейнеу ауданы', 'Бейнеуский район', 'Beineu District'),
    Kuryk: district('Қарақия ауданы', 'Каракиянский район', 'Karakiya District'),
    Zhetybai: district('Қарақия ауданы', 'Каракиянский район', 'Karakiya District'),
  },
  // Pavlodar Region
  'KZ-55': {
    Irtyshsk: district('Ертіс ауданы', 'Иртышский район', 'Irtysh District'),
    Pavlodar: CITY,
    Ekibastuz: CITY,
    Aksu: CITY,
    Bayanaul: district('Баянауыл ауданы', 'Баянаульский район', 'Bayanaul District'),
    Akkuly: district('Аққулы ауданы', 'Аккулинский район', 'Akkuly District'),
    Zhelezinka: district('Железин ауданы', 'Железинский район', 'Zhelezin District'),
    Terenkol: district('Тереңкөл ауданы', 'Теренкольский район', 'Terenkol District'),
    Uspenka: district('Успен ауданы', 'Успенский район', 'Uspen District'),
    Sharbakty: district('Шарбақты ауданы', 'Щербактинский район', 'Sharbakty District'),
  },
  // North Kazakhstan Region
  'KZ-59': {
    Petropavl: CITY,
    Bulaevo: district('Мағжан Жұмабаев ауданы', 'район Магжана Жумабаева', 'Magzhan Zhumabayev District'),
    Mamlyutka: district('Мамлют ауданы', 'Мамлютский район', 'Mamlyut District'),
    Sergeevka: district('Шал ақын ауданы', 'район Шал акына', 'Shal Akyn District'),
    Taiynsha: district('Тайынша ауданы', 'Тайыншинский район', 'Taiynsha District'),
    Saumalkol: district('Айыртау ауданы', 'Айыртауский район', 'Aiyrtau District'),
    Smirnovo: district('Аққайың ауданы', 'Аккайынский район', 'Akkayin District'),
    Talshik: district('Ақжар ауданы', 'Акжарский район', 'Akzhar District'),
    Yavlenka: district('Есіл ауданы', 'Есильский район', 'Esil District'),
    Presnovka: district('Жамбыл ауданы', 'Жамбылский район', 'Zhambyl District'),
    Beskol: district('Қызылжар ауданы', 'Кызылжарский район', 'Kyzylzhar District'),
    Timiryazevo: district('Тимирязев ауданы', 'Тимирязевский район', 'Timiryazev District'),
    Kishkenekol: district('Уәлиханов ауданы', 'Уалихановский район', 'Ualikhanov District'),
    Novoishimskoe: district('Ғабит Мүсірепов атындағы ауданы', 'район имени Габита Мусрепова', 'Gabit Musrepov District'),
  },
  // Turkistan Region
  'KZ-61': {
    Asykata: district('Жетісай ауданы', 'Жетысайский район', 'Zhetysai District'),
    Turkistan: CITY,
    Kentau: CITY,
    Arys: CITY,
    Mayatas: district('Төлеби ауданы', 'Толебийский район', 'Tolebi District'),
    Lenger: district('Төлеби ауданы', 'Толебийский район', 'Tolebi District'),
    Karamurt: district('Сайрам ауданы', 'Сайрамский район', 'Sairam District'),
    Sairam: district('Сайрам ауданы', 'Сайрамский район', 'Sairam District'),
    Bostandyk: district('Сарыағаш ауданы', 'Сарыагашский район', 'Saryagash District'),
    Saryagash: district('Сарыағаш ауданы', 'Сарыагашский район', 'Saryagash District'),
    // Maktaaral District until 2018, when Zhetysai District was split from it (the 2016 case
    // was reported as "Maktaaral district").
    Seifullina: district('Жетісай ауданы', 'Жетысайский район', 'Zhetysai District'),
    Zhetysai: district('Жетісай ауданы', 'Жетысайский район', 'Zhetysai District'),
    Shardara: district('Шардара ауданы', 'Шардаринский район', 'Shardara District'),
    Shayan: district('Бәйдібек ауданы', 'Байдибекский район', 'Baidibek District'),
    Kazygurt: district('Қазығұрт ауданы', 'Казыгуртский район', 'Kazygurt District'),
    Myrzakent: district('Мақтаарал ауданы', 'Мактааральский район', 'Maktaaral District'),
    Shauildir: district('Отырар ауданы', 'Отрарский район', 'Otyrar District'),
    Aksukent: district('Сайрам ауданы', 'Сайрамский район', 'Sairam District'),
    Sholakkorgan: district('Созақ ауданы', 'Сузакский район', 'Sozak District'),
  },
  // Ulytau Region (from Karaganda Region in 2022)
  'KZ-62': {
    Satpayev: CITY,
    Zhezkazgan: CITY,
    Karazhal: CITY,
    Ulytau: district('Ұлытау ауданы', 'Улытауский район', 'Ulytau District'),
    Atasu: district('Жаңаарқа ауданы', 'Жанааркинский район', 'Zhanaarka District'),
    Karsakpay: district('Ұлытау ауданы', 'Улытауский район', 'Ulytau District'),
  },
  // East Kazakhstan Region
  'KZ-63': {
    Oskemen: CITY,
    Ridder: CITY,
    // Zyryanovsk and its district were renamed Altai in 2019.
    Zyryanovsk: district('Алтай ауданы', 'район Алтай', 'Altai District'),
    Serebryansk: district('Алтай ауданы', 'район Алтай', 'Altai District'),
    Shemonaikha: district('Шемонаиха ауданы', 'Шемонаихинский район', 'Shemonaikha District'),
    Zaisan: district('Зайсан ауданы', 'Зайсанский район', 'Zaisan District'),
    'Ulken Naryn': district('Катонқарағай ауданы', 'Катон-Карагайский район', 'Katonkaragai District'),
    Kurshim: district('Күршім ауданы', 'Курчумский район', 'Kurshim District'),
    Katonkaragay: district('Катонқарағай ауданы', 'Катон-Карагайский район', 'Katonkaragai District'),
  },
  // Cities of republican significance: first-level divisions, and their own second level.
  'KZ-71': { Astana: CITY },
  'KZ-75': { Almaty: CITY },
  'KZ-79': { Shymkent: CITY },
};

/** The district of a seeded settlement, or null when the table does not know it. */
export function seededDistrict(settlement: { regionCode: string } & DistrictNames): DistrictNames | null {
  const entry = SETTLEMENT_DISTRICTS[settlement.regionCode]?.[settlement.nameEn];
  if (!entry) return null;
  return entry === OWN_CITY ? cityDistrict(settlement) : entry;
}
