// Contrast classes of the claim lexicon: two claims naming different members of one class (and
// none in common) are different claims. "settlement" also holds the settlements table's places.
export const CONTRAST_CLASSES = ['worship', 'faith', 'ethnic', 'platform', 'brand', 'institution', 'utility', 'goods', 'payment', 'currency', 'weekday', 'month', 'disease', 'hazard', 'transport', 'load', 'group', 'direction', 'holiday', 'settlement'] as const;
export type ContrastClass = (typeof CONTRAST_CLASSES)[number];

/**
 * Members that fall under a broader member of their class: a claim naming the broader one may be
 * either ("a church burned" may be the Catholic one), two narrower ones are two claims ("the
 * Lutheran kirk" is not "the Orthodox cathedral"). Tokens as in concept keys ("class:id").
 */
export const MEMBER_PARENT: Readonly<Record<string, string>> = {
  'faith:orthodox': 'faith:christian',
  'faith:old-believer': 'faith:orthodox',
  // Catholics and Protestants are western Christians: a German church may be either, never Orthodox.
  'faith:western-christian': 'faith:christian',
  'faith:catholic': 'faith:western-christian',
  'faith:protestant': 'faith:western-christian',
  'faith:lutheran': 'faith:protestant',
  'faith:baptist': 'faith:protestant',
  'faith:pentecostal': 'faith:protestant',
  'faith:adventist': 'faith:protestant',
  'faith:presbyterian': 'faith:protestant',
  'faith:jehovah': 'faith:christian',
  'faith:mormon': 'faith:christian',
  'faith:salafi': 'faith:muslim',
  'faith:sunni': 'faith:muslim',
  'faith:shia': 'faith:muslim',
  'faith:sufi': 'faith:muslim',
  'faith:ahmadi': 'faith:muslim',
  'faith:tablighi': 'faith:muslim',
  'faith:hizb-ut-tahrir': 'faith:muslim',
  'faith:nursi': 'faith:muslim',
  'faith:ismaili': 'faith:shia',
  'faith:molokan': 'faith:christian',
  'faith:anglican': 'faith:protestant',
  // A western church (the Germans' church: Lutheran or Catholic) is no Orthodox one.
  'worship:western-church': 'worship:church',
  'worship:catholic-church': 'worship:western-church',
  'worship:orthodox-church': 'worship:church',
  'worship:lutheran-church': 'worship:western-church',
  'worship:kingdom-hall': 'worship:prayer-house',
  // "Храм", "ғибадатхана", "temple", "shrine" may be any of these (session 37): the class's generic word.
  'worship:mosque': 'worship:place-of-worship',
  'worship:church': 'worship:place-of-worship',
  'worship:synagogue': 'worship:place-of-worship',
  'worship:prayer-house': 'worship:place-of-worship',
  'worship:buddhist-temple': 'worship:place-of-worship',
  'worship:hindu-temple': 'worship:place-of-worship',
  'worship:monastery': 'worship:place-of-worship',
  'worship:mausoleum': 'worship:place-of-worship',
  'ethnic:russia': 'ethnic:russian',
  'ethnic:turkey': 'ethnic:turk',
  'ethnic:uzbekistan': 'ethnic:uzbek',
  'ethnic:kyrgyzstan': 'ethnic:kyrgyz',
  'ethnic:tajikistan': 'ethnic:tajik',
  'ethnic:turkmenistan': 'ethnic:turkmen',
  'ethnic:afghanistan': 'ethnic:afghan',
  'ethnic:kandas': 'ethnic:kazakh',
  'ethnic:meskhetian': 'ethnic:turk',
  // Peoples of Dagestan, and the Crimean Tatars under the Tatars (session 37).
  'ethnic:avar': 'ethnic:dagestani',
  'ethnic:lezgin': 'ethnic:dagestani',
  'ethnic:dargin': 'ethnic:dagestani',
  'ethnic:tabasaran': 'ethnic:dagestani',
  'ethnic:crimean-tatar': 'ethnic:tatar',
  'institution:maternity': 'institution:hospital',
  'institution:infectious-hospital': 'institution:hospital',
  'institution:gymnasium': 'institution:school',
  'institution:college': 'institution:university',
  'institution:bakery': 'institution:factory',
  'disease:bird-flu': 'disease:flu',
  // "Оспа" / "шешек" / "pox" alone may be any of them: chickenpox in a school, sheep pox in a flock.
  'disease:chickenpox': 'disease:pox',
  'disease:sheep-pox': 'disease:pox',
  'disease:mpox': 'disease:pox',
  'disease:swine-flu': 'disease:flu',
  'utility:hot-water': 'utility:water',
  // What the water is for: drinking (cold tap water is that) or irrigation; "no water" may be either.
  'utility:drinking-water': 'utility:water',
  'utility:cold-water': 'utility:drinking-water',
  'utility:irrigation': 'utility:water',
  'utility:mobile-network': 'utility:connectivity',
  // A bus or a taxi is on the road: "the highway is closed" may be "buses don't run"; a train is not.
  // A boat and a ferry are vessels: "суда не выходят" may be either.
  'transport:boat': 'transport:vessel',
  'transport:ferry': 'transport:vessel',
  'transport:bus': 'transport:highway',
  'transport:taxi': 'transport:highway',
  'utility:home-internet': 'utility:connectivity',
};

/**
 * A broader member whose everyday sense is one of its narrower members: "no water in Aktau" is no
 * drinking water, unless it says irrigation; "Turkish workers" are from Turkey. It confirms that member where a broader one would not
 * (concepts.ts unconfirmedObject), while still agreeing with the other narrower ones.
 */
export const MEMBER_DEFAULT: Readonly<Record<string, string>> = {
  'utility:water': 'utility:drinking-water',
  // "турецкие рабочие", "түрік жұмысшылары" are from Turkey; Meskhetian Turks of Kazakhstan are named as such.
  'ethnic:turk': 'ethnic:turkey',
};

/** What a member says in another class: a synagogue is Jewish, a mosque Muslim, a kirk Lutheran, Kurban ait Muslim. */
export const MEMBER_IMPLIES: Readonly<Record<string, string>> = {
  'worship:mosque': 'faith:muslim',
  'worship:church': 'faith:christian',
  'worship:western-church': 'faith:western-christian',
  'worship:catholic-church': 'faith:catholic',
  'worship:orthodox-church': 'faith:orthodox',
  'worship:lutheran-church': 'faith:lutheran',
  'worship:synagogue': 'faith:jewish',
  'worship:kingdom-hall': 'faith:jehovah',
  'worship:buddhist-temple': 'faith:buddhist',
  'worship:hindu-temple': 'faith:hindu',
  'holiday:kurban-ait': 'faith:muslim',
  'holiday:oraza-ait': 'faith:muslim',
  'holiday:christmas': 'faith:christian',
  'holiday:easter': 'faith:christian',
};

/**
 * Members that say which way a level went (session 38): a river in flood ("Жайық тасыды", "Урал разлился", "the
 * river burst its banks") is its water rising, so it is not the river falling or drying up ("Жайық тартылып
 * жатыр", "Урал мелеет"). Read only by the contrast guard (concepts.ts contrastMembers), never as the same
 * thing named: a flood is no price rise.
 */
export const MEMBER_DIRECTION: Readonly<Record<string, string>> = {
  'hazard:flood': 'direction:price-rise',
};

/**
 * Events that go opposite ways, as the direction class's members do (prices up / down): "the
 * mosque will be opened" is not "the mosque will be closed", "WhatsApp unblocked" not "WhatsApp
 * blocked", "flights resume" not "flights cancelled". A text naming only one side's events and
 * another naming only the other side's are two claims (concepts.ts contrastBetween, reason
 * "direction"); a text naming both ("closed, will reopen on Monday") agrees with either. Cut-offs
 * are left out: "нет" / "no" / "жоқ" read as one, and a negation is not a direction. Event ids as in
 * the lexicon (plain concepts, no class).
 */
export const OPPOSITE_DIRECTIONS: readonly (readonly [go: readonly string[], halt: readonly string[]])[] = [
  [['open', 'allow', 'resume'], ['close', 'block', 'stop', 'cancel', 'forbid-entry']],
];

/**
 * Members that name a state (under its people, MEMBER_PARENT): where people are sent ("выдворят в
 * Узбекистан", "Өзбекстанға қайтарады", "deported to Uzbekistan") the state is no people of the
 * claim — whoever is sent may be Karakalpaks or Kazakhs (concepts.ts readDestinations).
 */
export const STATE_MEMBERS: ReadonlySet<string> = new Set(['ethnic:russia', 'ethnic:turkey', 'ethnic:uzbekistan', 'ethnic:kyrgyzstan', 'ethnic:tajikistan', 'ethnic:turkmenistan', 'ethnic:afghanistan']);

/**
 * Class heads whose qualifier names the member (concepts.ts qualifierTokens): "музыкальная школа" and
 * "спортивная школа", "X мектебі", "the X app", "банк X", "храм X" are two institutions, apps, banks,
 * shrines of one kind, whatever the qualifier is — the lexicon need not know it. Tokens of the lexicon;
 * a generic word (a plain concept: "вирус", "приложение") stands for its class's unknown member.
 */
export const QUALIFIED_HEADS: Readonly<Record<string, string>> = {
  'institution:school': 'institution:school',
  'institution:hospital': 'institution:hospital',
  'institution:clinic': 'institution:clinic',
  'institution:university': 'institution:university',
  'institution:college': 'institution:college',
  'institution:kindergarten': 'institution:kindergarten',
  'institution:bank': 'institution:bank',
  'institution:factory': 'institution:factory',
  'institution:shop': 'institution:shop',
  'institution:market': 'institution:market',
  'institution:museum': 'institution:museum',
  'worship:place-of-worship': 'worship:place-of-worship',
  'worship:church': 'worship:church',
  epidemic: 'disease:illness',
  app: 'platform:app',
};

/**
 * Class heads the lexicon does not read (a word no concept: "офис", "халқы", "ауруы"), as match-key
 * prefixes, and the class's unknown member they stand for.
 */
export const QUALIFIED_HEAD_WORDS: readonly { word: RegExp; head: string }[] = [
  { word: /^(halky|narod)/, head: 'ethnic:people' },
  { word: /^(auruy|bolezn)/, head: 'disease:illness' },
  { word: /^(ofis|ofits|otdel|sluzhb|bolimi|kyzmeti|baskarm|department|departament)/, head: 'institution:office' },
  { word: /^(mesenzh|mesenger)/, head: 'platform:app' },
];
