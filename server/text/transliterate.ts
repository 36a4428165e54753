/**
 * Cross-script transliteration for Kazakh / Russian / English text.
 *
 * Reporters write the same place or claim as "Жаңаөзен", "Jañaözen", "Zhanaozen" or
 * "Жанаозен". Trigram search only works if all of these become the same string, so
 * `toMatchKey` reduces every spelling to one lowercase ASCII "match key".
 */

/** Kazakh Cyrillic → official 2021 Kazakh Latin (lowercase forms). */
const KAZAKH_LATIN_2021: Record<string, string> = {
  а: 'a', ә: 'ä', б: 'b', в: 'v', г: 'g', ғ: 'ğ', д: 'd', е: 'e', ё: 'io', ж: 'j',
  з: 'z', и: 'i', й: 'i', к: 'k', қ: 'q', л: 'l', м: 'm', н: 'n', ң: 'ñ', о: 'o',
  ө: 'ö', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ұ: 'ū', ү: 'ü', ф: 'f', х: 'h',
  һ: 'h', ц: 'ts', ч: 'ç', ш: 'ş', щ: 'şş', ъ: '', ы: 'y', і: 'ı', ь: '', э: 'e',
  ю: 'iu', я: 'ia',
};

/** Cyrillic → plain ASCII, the way people romanise on a phone keyboard. */
const ASCII_LATIN: Record<string, string> = {
  а: 'a', ә: 'a', б: 'b', в: 'v', г: 'g', ғ: 'g', д: 'd', е: 'e', ё: 'e', ж: 'zh',
  з: 'z', и: 'i', й: 'i', к: 'k', қ: 'k', л: 'l', м: 'm', н: 'n', ң: 'n', о: 'o',
  ө: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ұ: 'u', ү: 'u', ф: 'f', х: 'kh',
  һ: 'h', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ъ: '', ы: 'y', і: 'i', ь: '', э: 'e',
  ю: 'yu', я: 'ya',
  // Ukrainian/Belarusian letters occasionally pasted into reports.
  є: 'ye', ї: 'yi', ґ: 'g', ў: 'u',
};

function isUpper(ch: string | undefined): boolean {
  return ch !== undefined && ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

function isLetter(ch: string | undefined): boolean {
  return ch !== undefined && ch.toLowerCase() !== ch.toUpperCase();
}

/**
 * Maps each character through `table`, keeping case. A capital that becomes several
 * Latin letters is written in full caps inside an all-caps word ("ЩУКА" → "ŞŞUKA")
 * and in title case otherwise ("Щука" → "Şşuka").
 */
function transliterate(text: string, table: Record<string, string>, upper: (s: string) => string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    const lower = ch.toLowerCase();
    const latin = table[lower];
    if (latin === undefined) {
      out += ch;
      continue;
    }
    if (!isUpper(ch) || latin === '') {
      out += latin;
      continue;
    }
    const next = text[i + 1];
    const prev = text[i - 1];
    const neighbour = isLetter(next) ? next : prev;
    const allCaps = latin.length > 1 && isLetter(neighbour) && isUpper(neighbour);
    out += allCaps ? upper(latin) : upper(latin.slice(0, 1)) + latin.slice(1);
  }
  return out;
}

// In the 2021 alphabet и/й are "İ i" and і is "I ı", so capital i needs its dot.
const kazakhUpper = (s: string): string => s.replace(/i/g, 'İ').toUpperCase();
const asciiUpper = (s: string): string => s.toUpperCase();

/**
 * Kazakh Cyrillic → official 2021 Kazakh Latin alphabet, preserving case
 * ("Жаңаөзен" → "Jañaözen", "Шымкент" → "Şymkent", "Іле" → "Ile").
 * Non-Cyrillic characters pass through unchanged.
 */
export function kazakhCyrillicToLatin(text: string): string {
  return transliterate(text, KAZAKH_LATIN_2021, kazakhUpper);
}

/**
 * Lossy Cyrillic → ASCII romanisation as typed on a phone, preserving case
 * ("Жаңаөзен" → "Zhanaozen", "Новый Узень" → "Novyi Uzen").
 * Kazakh-specific letters lose their marks (ә→a, қ→k, ң→n, ө→o, ү/ұ→u, і→i).
 */
export function cyrillicToAsciiLatin(text: string): string {
  return transliterate(text, ASCII_LATIN, asciiUpper);
}

/** Letters whose mark changes the sound, so stripping the mark alone is not enough. */
const SPECIAL_LATIN: Record<string, string> = {
  ş: 'sh', ș: 'sh', š: 'sh', ç: 'ch', č: 'ch', ž: 'zh', ı: 'i', ə: 'a', ɵ: 'o', ŋ: 'n', ø: 'o',
  // The 2018 Kazakh Latin alphabet wrote у as ý ("aýyl" = "auyl").
  ý: 'u',
};

/** Ordered rewrites on lowercase ASCII; later rules rely on earlier ones. */
const FOLD_RULES: ReadonlyArray<readonly [RegExp, string]> = [
  [/q/g, 'k'],
  // Word-final -ый/-ий typed as yi/ii/iy/yy/ij/yj: Novyi = Novyy = Novyj = Novy.
  [/(?<=[a-z])(?:yi|ii|iy|yy|ij|yj)(?![a-z])/g, 'y'],
  // й after a/e/o typed as y: Sergey = Sergei, Baykonur = Baikonur.
  [/(?<=[aeo])y(?![aeiouy])/g, 'i'],
  // Word-initial е typed as ye: Yerlan = Erlan, Yesil = Esil.
  [/(?<![a-z])ye/g, 'e'],
  // я/ю: Russian-style ya/yu and Kazakh 2021 ia/iu meet at ia/iu.
  [/y(?=[aou])/g, 'i'],
  // ж: Kazakh Latin j, Russian-style zh and dzh/dj all become zh.
  [/j/g, 'zh'],
  [/dzh/g, 'zh'],
  // щ: shch (Russian style), sch (German style), shsh (Kazakh 2021 şş).
  [/shch|sch|shsh/g, 'sh'],
  // c: ch stays; ck → k; before e/i/y it is ц (policiya = politsiya); otherwise k (cafe = kafe).
  [/ck/g, 'k'],
  // Russian typed in Latin writes ц as c before a/u as well: the -ица nouns and their Kazakh endings
  // (bolnica, bolnicada = больница, granicu = границу), and word-final -ец (otec, konec, TEC = ТЭЦ).
  // English keeps c = k there in -ical/-icat- (medical, indicate); "America" becomes "ameritsa" on both
  // sides of any comparison, as every key is folded the same way.
  [/(?<=[iy])c(?=u|a(?![lt]))/g, 'ts'],
  [/(?<=e)c(?![a-z])/g, 'ts'],
  [/c(?=[eiy])/g, 'ts'],
  [/c(?!h)/g, 'k'],
  // х: x and kh (Russian style) and h (Kazakh 2021) all become h.
  [/x/g, 'kh'],
  [/kh/g, 'h'],
  [/w/g, 'v'],
];

/**
 * Folds Latin text (Kazakh 2021/2018 Latin, Turkish-style or Russian-style typing) to
 * lowercase ASCII so spelling variants meet:
 * - diacritics dropped (ä→a, ö→o, ü/ū→u, ğ→g, ñ→n, ı/İ→i); ş/š→sh, ç/č→ch, ž→zh, q→k;
 * - j, zh, dzh → zh; x, kh, h → h; w → v; shch/sch/şş → sh;
 * - c → ch/ts/k as above (ts also in -ica/-icu and word-final -ec: bolnica, otec); ya/yu → ia/iu;
 *   word-final yi/ii/iy/yy/ij/yj → y;
 * - apostrophes inside words are removed (Uzen'sk, don't).
 * Non-Latin characters pass through (lowercased).
 */
export function latinToAsciiFold(text: string): string {
  let s = text.normalize('NFC').toLowerCase();
  s = s.replace(/[şșšçčžıəɵŋøý]/g, (ch) => SPECIAL_LATIN[ch] ?? ch);
  s = s.normalize('NFD').replace(/\p{M}+/gu, '');
  s = s.replace(/(?<=\p{L})['’ʼ`](?=\p{L})/gu, '');
  for (const [pattern, replacement] of FOLD_RULES) s = s.replace(pattern, replacement);
  return s;
}

// Look-alike letters for words typed in a mix of scripts ("Aлматы" with a Latin A).
const LATIN_TO_CYRILLIC: Record<string, string> = {
  A: 'А', a: 'а', B: 'В', C: 'С', c: 'с', E: 'Е', e: 'е', H: 'Н', h: 'һ', I: 'І', i: 'і',
  K: 'К', k: 'к', M: 'М', O: 'О', o: 'о', P: 'Р', p: 'р', T: 'Т', X: 'Х', x: 'х',
  Y: 'У', y: 'у', Ə: 'Ә', ə: 'ә', Ɵ: 'Ө', ɵ: 'ө',
};
const CYRILLIC_TO_LATIN: Record<string, string> = Object.fromEntries(
  Object.entries(LATIN_TO_CYRILLIC).map(([latin, cyrillic]) => [cyrillic, latin]),
);

/** Rewrites mixed-script words into their majority script (ties go to Cyrillic). */
function unifyMixedScriptWords(text: string): string {
  return text.replace(/[\p{L}\p{M}]+/gu, (word) => {
    const cyrillic = word.match(/\p{Script=Cyrillic}/gu)?.length ?? 0;
    const latin = word.match(/\p{Script=Latin}/gu)?.length ?? 0;
    if (cyrillic === 0 || latin === 0) return word;
    const table = cyrillic >= latin ? LATIN_TO_CYRILLIC : CYRILLIC_TO_LATIN;
    return word.replace(/./gu, (ch) => table[ch] ?? ch);
  });
}

/**
 * The one key used for cross-script matching (settlement aliases, report clustering,
 * notice search). Lowercase ASCII for Cyrillic/Latin input; letters of other scripts and
 * digits are kept; everything else becomes a single space; doubled letters are collapsed
 * (Kassym = Kasym, Almatty = Almaty) but digits never are (100 ≠ 10).
 */
export function toMatchKey(text: string): string {
  let s = text.normalize('NFKC');
  s = unifyMixedScriptWords(s);
  s = cyrillicToAsciiLatin(s);
  s = latinToAsciiFold(s);
  s = s.replace(/[^\p{L}\p{N}]+/gu, ' ');
  s = s.replace(/([a-z])\1+/g, '$1');
  return s.trim();
}
