import { describe, expect, it } from 'vitest';
import { cyrillicToAsciiLatin, kazakhCyrillicToLatin, latinToAsciiFold, toMatchKey } from './transliterate';

describe('kazakhCyrillicToLatin (2021 alphabet)', () => {
  it.each([
    ['Жаңаөзен', 'Jañaözen'],
    ['Шымкент', 'Şymkent'],
    ['Қызылорда', 'Qyzylorda'],
    ['Ақтөбе', 'Aqtöbe'],
    ['Түркістан', 'Türkıstan'],
    ['Жезқазған', 'Jezqazğan'],
    ['Ұлытау', 'Ūlytau'],
    ['Һ, Х', 'H, H'],
    ['Байқоңыр', 'Baiqoñyr'],
    ['Чапаев', 'Çapaev'],
    ['Щучинск', 'Şşuçinsk'],
    ['Целиноград', 'Tselinograd'],
    ['аюдың ұясы', 'aiudyñ ūiasy'],
    ['Ёлка', 'İolka'],
    ['Эксперт', 'Ekspert'],
    ['Подъезд, альбом', 'Podezd, albom'],
  ])('%s → %s', (cyrillic, latin) => {
    expect(kazakhCyrillicToLatin(cyrillic)).toBe(latin);
  });

  it('writes capital и/й as İ and capital і as I, as the 2021 alphabet does', () => {
    expect(kazakhCyrillicToLatin('Иса')).toBe('İsa');
    expect(kazakhCyrillicToLatin('Іле')).toBe('Ile');
    expect(kazakhCyrillicToLatin('іле')).toBe('ıle');
  });

  it('keeps all-caps words in caps, including multi-letter replacements', () => {
    expect(kazakhCyrillicToLatin('ЖАҢАӨЗЕН')).toBe('JAÑAÖZEN');
    expect(kazakhCyrillicToLatin('ЩУЧИНСК')).toBe('ŞŞUÇİNSK');
    expect(kazakhCyrillicToLatin('Юрий')).toBe('İurii');
  });

  it('leaves Latin, digits and punctuation alone', () => {
    expect(kazakhCyrillicToLatin('Алматы, 2024 ж. — OK!')).toBe('Almaty, 2024 j. — OK!');
  });
});

describe('cyrillicToAsciiLatin', () => {
  it.each([
    ['Жаңаөзен', 'Zhanaozen'],
    ['Шымкент', 'Shymkent'],
    ['Чимкент', 'Chimkent'],
    ['Алматы', 'Almaty'],
    ['Новый Узень', 'Novyi Uzen'],
    ['Щучинск', 'Shchuchinsk'],
    ['Хромтау', 'Khromtau'],
    ['Целиноград', 'Tselinograd'],
    ['Юрий', 'Yurii'],
    ['Ёлка', 'Elka'],
    ['Қонаев', 'Konaev'],
    ['Ғабит Мүсірепов', 'Gabit Musirepov'],
    ['Һ', 'H'],
    ['ұлы', 'uly'],
  ])('%s → %s', (cyrillic, ascii) => {
    expect(cyrillicToAsciiLatin(cyrillic)).toBe(ascii);
  });

  it('keeps case, with all-caps digraphs inside all-caps words', () => {
    expect(cyrillicToAsciiLatin('ЖАҢАӨЗЕН')).toBe('ZHANAOZEN');
    expect(cyrillicToAsciiLatin('Жанаозен')).toBe('Zhanaozen');
    expect(cyrillicToAsciiLatin('жанаозен')).toBe('zhanaozen');
  });

  it('produces only ASCII for Kazakh and Russian letters', () => {
    const all = 'АӘБВГҒДЕЁЖЗИЙКҚЛМНҢОӨПРСТУҰҮФХҺЦЧШЩЪЫІЬЭЮЯ';
    expect(cyrillicToAsciiLatin(all + all.toLowerCase())).toMatch(/^[A-Za-z]+$/);
  });
});

describe('latinToAsciiFold', () => {
  it('folds Zhanaozen/Janaozen/Jañaözen/Žanaozen to one key', () => {
    const keys = ['Zhanaozen', 'Janaozen', 'Jañaözen', 'Žanaozen', 'ZHANAÖZEN'].map(latinToAsciiFold);
    expect(new Set(keys)).toEqual(new Set(['zhanaozen']));
  });

  it.each([
    ['Şymkent', 'shymkent'],
    ['Qyzylorda', 'kyzylorda'],
    ['Türkıstan', 'turkistan'],
    ['Ūlytau', 'ulytau'],
    ['Jezqazğan', 'zhezkazgan'],
    ['Dzhezkazgan', 'zhezkazgan'],
    ['Djezkazgan', 'zhezkazgan'],
    ['Çapaev', 'chapaev'],
    ['Xromtau', 'hromtau'],
    ['Khromtau', 'hromtau'],
    ['Hromtau', 'hromtau'],
    ['Pavlodar', 'pavlodar'],
    ['Wokzal', 'vokzal'],
    ['policiya', 'politsiia'],
    ['cafe', 'kafe'],
    ['bolnica', 'bolnitsa'],
    ['bolnicada', 'bolnitsada'],
    ['granicu', 'granitsu'],
    ['otec', 'otets'],
    ['medical', 'medikal'],
    ['indicate', 'indikate'],
    ['aýyl', 'auyl'],
    ['İsa', 'isa'],
    ["Uzen'sk", 'uzensk'],
  ])('%s → %s', (latin, folded) => {
    expect(latinToAsciiFold(latin)).toBe(folded);
  });

  it('maps щ spellings (shch, sch, Kazakh şş) to sh', () => {
    expect(latinToAsciiFold('Shchuchinsk')).toBe('shuchinsk');
    expect(latinToAsciiFold('Schuchinsk')).toBe('shuchinsk');
    expect(latinToAsciiFold('Şşuçinsk')).toBe('shuchinsk');
  });

  it('treats word-final -ый/-ий spellings alike', () => {
    const keys = ['Novyi', 'Novyy', 'Novyj', 'Novy', 'Noviy'].map(latinToAsciiFold);
    expect(new Set(keys).size).toBe(1);
    expect(latinToAsciiFold('Dmitriy')).toBe(latinToAsciiFold('Dmitrii'));
  });

  it('leaves digits and non-Latin characters alone', () => {
    expect(latinToAsciiFold('Abai 10, Алматы')).toBe('abai 10, алматы');
  });
});

describe('toMatchKey', () => {
  const same = (...spellings: string[]): void => {
    const keys = spellings.map(toMatchKey);
    expect(new Set(keys).size, `${spellings.join(' / ')} → ${keys.join(' / ')}`).toBe(1);
  };

  it('matches every spelling of Жаңаөзен', () => {
    same('Жаңаөзен', 'Zhanaozen', 'Janaozen', 'Jañaözen', 'Жанаозен', 'Žanaozen', 'ZHANAOZEN', 'жаңаөзен');
    expect(toMatchKey('Жаңаөзен')).toBe('zhanaozen');
  });

  it('matches a Russian word typed in Latin with ц written as c', () => {
    same('больница', 'bolnica', 'BOLNICA');
    same('больницада', 'bolnicada');
    same('ТЭЦ', 'TEC');
    same('немец', 'nemec');
    same('граница', 'granica');
  });

  it('matches Шымкент, Алма-Ата and Новый Узень across scripts', () => {
    same('Шымкент', 'Shymkent', 'Şymkent', 'SHYMKENT');
    same('Алма-Ата', 'Alma-Ata', 'alma ata', 'АЛМА-АТА');
    same('Новый Узень', 'Novy Uzen', 'Novyi Uzen', 'Novyy Uzen', "Novyj Uzen'", 'новый узень');
  });

  it.each([
    ['Қызылорда', 'Qyzylorda', 'Kyzylorda', 'Кызылорда'],
    ['Ақтөбе', 'Aqtöbe', 'Aktobe', 'Актобе'],
    ['Өскемен', 'Öskemen', 'Oskemen', 'Оскемен'],
    ['Жезқазған', 'Jezqazğan', 'Zhezkazgan', 'Джезказган'],
    ['Талдықорған', 'Taldyqorğan', 'Taldykorgan', 'Талдыкорган'],
    ['Байқоңыр', 'Baiqoñyr', 'Baikonyr', 'Baykonyr'],
    ['Семей', 'Semei', 'Semey', 'СЕМЕЙ'],
    ['Щучинск', 'Şşuçinsk', 'Shchuchinsk', 'Schuchinsk'],
    ['Хромтау', 'Hromtau', 'Khromtau', 'Xromtau'],
    ['Есік', 'Esik', 'Yesik', 'Есик'],
    ['Мария', 'Mariia', 'Mariya', 'Maria'],
  ])('matches %s / %s / %s / %s', (...spellings) => {
    same(...spellings);
  });

  it('matches any Kazakh Cyrillic text with its 2021 Latin transliteration', () => {
    const kazakh = [
      'Жаңаөзенде полиция көлігі адамдарға әдейі соқты дейді',
      'Қарағанды облысында су тасқыны болады деген ақпарат жалған',
      'Түркістандағы мектептер ертеңнен бастап жабылады ма?',
      'Ұлытау, Шұбарқұдық, Щучинск, Хромтау, Ақсу, Іле, Үржар, Һәм',
      'Ерлан Юрий Мәриям Айдана Қайрат Ілияс Ғалия',
      'Асхана, бюджет, цемент, чемпион, сый, жиі',
    ];
    for (const text of kazakh) {
      expect(toMatchKey(kazakhCyrillicToLatin(text)), text).toBe(toMatchKey(text));
    }
  });

  it('does not merge different places', () => {
    const places = [
      'Алматы', 'Ақтау', 'Ақтөбе', 'Атырау', 'Астана', 'Шымкент', 'Шелек', 'Тараз', 'Түркістан',
      'Қызылорда', 'Орал', 'Өскемен', 'Семей', 'Павлодар', 'Петропавл', 'Қостанай', 'Көкшетау',
      'Қарағанды', 'Жезқазған', 'Балқаш', 'Талдықорған', 'Қонаев', 'Екібастұз', 'Теміртау',
      'Жаңаөзен', 'Ақсу', 'Ақсай', 'Арқалық', 'Байқоңыр', 'Сарыағаш', 'Кентау', 'Жетісай',
      'Шу', 'Қаскелең', 'Талғар', 'Есік', 'Ұзынағаш', 'Сатпаев', 'Хромтау', 'Шардара',
    ];
    const keys = places.map(toMatchKey);
    expect(new Set(keys).size).toBe(places.length);
    expect(toMatchKey('Shymkent')).not.toBe(toMatchKey('Shelek'));
    expect(toMatchKey('Almaty')).not.toBe(toMatchKey('Aktau'));
    expect(toMatchKey('Aksu')).not.toBe(toMatchKey('Aksai'));
  });

  it('copes with look-alike letters from the other script inside a word', () => {
    // Latin A and o typed into Cyrillic words, Cyrillic а into a Latin word.
    expect(toMatchKey('Aлматы')).toBe('almaty');
    expect(toMatchKey('Жанaoзен')).toBe('zhanaozen');
    expect(toMatchKey('Almаty')).toBe('almaty');
    // Latin i standing in for Kazakh і.
    expect(toMatchKey('Есiк')).toBe(toMatchKey('Есік'));
  });

  it('turns punctuation into single spaces and keeps digits intact', () => {
    expect(toMatchKey('  Абай к-сі, 100/2 — «Алматы»!!! ')).toBe('abai k si 100 2 almaty');
    expect(toMatchKey('100')).toBe('100');
    expect(toMatchKey('1000')).not.toBe(toMatchKey('100'));
  });

  it('collapses doubled letters so common double/single slips still match', () => {
    same('Kassym', 'Kasym', 'Қасым');
    same('Almatty', 'Almaty');
  });

  it('normalises compatibility characters (NFKC)', () => {
    expect(toMatchKey('ＡＬＭＡＴＹ')).toBe('almaty');
  });

  it('returns an empty key for text without letters or digits', () => {
    expect(toMatchKey(' — !? ')).toBe('');
    expect(toMatchKey('')).toBe('');
  });
});
