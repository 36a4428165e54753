import { describe, expect, it } from 'vitest';
import { detectLanguage } from './language';

describe('detectLanguage', () => {
  it.each([
    ['Жаңаөзенде полиция көлігі адамдарға әдейі соқты дейді', 'kk', 'cyrl'],
    ['Қарағанды облысында су тасқыны болады деген ақпарат жалған', 'kk', 'cyrl'],
    ['Рас па? Ертең мектептер жабылады дейді', 'kk', 'cyrl'],
    // Kazakh written without Kazakh-only letters (no Kazakh keyboard).
    ['Ол бар деп айтты, бирак бул жалган емес пе', 'kk', 'cyrl'],
    ['Jañaözende polisia köligi adamdarğa ädeiı soqty deidı', 'kk', 'latn'],
    ['Janaozende policiya kóligi adamdarǵa ádeii soqty deidi', 'kk', 'latn'],
    ['Zhanaozende police koligi adamdarga adeyi sokty deydi', 'kk', 'latn'],
    ['Bul ras pa? Auyl adamdary jane mektep jabylady eken', 'kk', 'latn'],
    ['В Жанаозене полицейская машина специально въехала в толпу', 'ru', 'cyrl'],
    ['Говорят, что в Жаңаөзен сожгли акимат', 'ru', 'cyrl'],
    ['Завтра отключат свет во всём Шымкенте, это правда?', 'ru', 'cyrl'],
    ['Govoryat chto v Zhanaozene sozhgli akimat', 'ru', 'latn'],
    ['They say a police car drove into the crowd in Zhanaozen', 'en', 'latn'],
    ['Is it true that schools in Almaty will be closed tomorrow?', 'en', 'latn'],
  ] as const)('%s → %s/%s', (text, language, script) => {
    const result = detectLanguage(text);
    expect(result.language).toBe(language);
    expect(result.script).toBe(script);
    expect(result.confidence).toBeGreaterThanOrEqual(0.5);
    expect(result.confidence).toBeLessThanOrEqual(1);
  });

  // Kazakh typed without any Kazakh letter, on a Russian keyboard or in ASCII Latin: read by its grammar.
  it.each([
    ['мектепте бугин сабак болмайды дейди', 'cyrl'],
    ['балалар ауырып жатыр, ауруханага апарыпты', 'cyrl'],
    ['жок, бул жалган, ешкандай шешим жок', 'cyrl'],
    ['кеше тунде дукенди тонап кетипти', 'cyrl'],
    ['ата-аналарга айтыныздар, сабак онлайн отеди', 'cyrl'],
    ['почтанын белимшеси жумага дейин жабылды', 'cyrl'],
    ['бизде уш кун су жок, отырмыз', 'cyrl'],
    ['керек болса звонить етиниз', 'cyrl'],
    ['мектепте бiлiм беру токтапты', 'cyrl'],
    ['kesheden beri svet joq, otyrmyz karangyda', 'latn'],
    ['zhol zhabylypty, eshkim otpeidi', 'latn'],
    ['avtobus zhurmeidi ertennen bastap', 'latn'],
  ] as const)('%s → kk/%s', (text, script) => {
    expect(detectLanguage(text)).toMatchObject({ language: 'kk', script });
  });

  it.each([
    ['Найди где в Жезказгане продают хлеб', 'ru'],
    ['Путин один приедет в Талдыкорган', 'ru'],
    ['Склады сгорели, доллары и гектары потеряны', 'ru'],
    ['Ураган в Уральске: тендер на ремонт', 'ru'],
    ['Проезд стоит 200 тенге', 'ru'],
    ['Bread in Taldykorgan is 20 tenge dearer', 'en'],
    ['Sixty miners trapped in Zhezkazgan', 'en'],
  ] as const)('%s stays %s', (text, language) => {
    expect(detectLanguage(text).language).toBe(language);
  });

  it('goes with the language most of a code-switched text is in', () => {
    expect(detectLanguage('Вчера сказали что свет отключат, бирак ешким не знает когда').language).toBe('ru');
    expect(detectLanguage('Кеше айтты свет отключат етеди, бирак кашан екени белгисиз').language).toBe('kk');
  });

  it('keeps a Russian sentence Russian even though it names Kazakh places', () => {
    expect(detectLanguage('В Қарағанды и Өскемен завтра отключат газ').language).toBe('ru');
  });

  it('keeps an English sentence English when it names a Cyrillic place', () => {
    const result = detectLanguage('They say the police in Жаңаөзен are lying');
    expect(result.language).toBe('en');
    expect(result.script).toBe('latn');
  });

  it('falls back to ru for Cyrillic and en for Latin, with low confidence', () => {
    const cyrillic = detectLanguage('Алматы Астана');
    expect(cyrillic).toMatchObject({ language: 'ru', script: 'cyrl' });
    expect(cyrillic.confidence).toBeLessThan(0.5);

    const latin = detectLanguage('Almaty Astana');
    expect(latin).toMatchObject({ language: 'en', script: 'latn' });
    expect(latin.confidence).toBeLessThan(0.5);
  });

  it('gives a clear long text more confidence than a one-word hint', () => {
    const long = detectLanguage('Жаңаөзенде полиция көлігі адамдарға әдейі соқты дейді');
    const short = detectLanguage('Қалай?');
    expect(short.language).toBe('kk');
    expect(long.confidence).toBeGreaterThan(short.confidence);
  });

  it('handles empty and letterless input', () => {
    expect(detectLanguage('')).toEqual({ language: 'ru', script: 'cyrl', confidence: 0.3 });
    expect(detectLanguage('123 !!! 😡').confidence).toBeLessThan(0.5);
  });
});
