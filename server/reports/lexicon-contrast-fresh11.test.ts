// Contrast pairs the held-out sets merged through words the lexicon misread or did not read (bench/RESULTS.md 2i):
// a Russian stump compound ("музучилище" is a college, not nothing — it joined the maternity ward's rumour), a sum
// told as a numeral noun ("двадцатку штрафа" is a 20,000 fine, never 100,000), and a Kazakh word read as a Russian stem less its -и ("жаман", bad, was "джами", a
// mosque: the church's graffiti joined the mosque's). Either order of arrival, kk (both scripts), ru and en. The third
// pair fresh11 merged, Aksai × Zhanibek, is a place the table lacked: server/settlements/place-index.test.ts.
// The harness is shared: server/testing/contrast-pairs.ts.
import { setupTestDatabase } from '../testing/database';
import { describeContrastPairs, type ContrastPair } from '../testing/contrast-pairs';

const t = setupTestDatabase();

const PAIRS: ContrastPair[] = [
  {
    name: 'maternity ward × music college (a stump compound)',
    region: 'KZ-35',
    a: {
      texts: ['Балқаштағы перзентхана наурыздан жабылады', 'Balqaştağy perzenthana nauryzdan jabylady', 'Роддом в Балхаше закроют с марта', 'The maternity hospital in Balkhash will close in March'],
      slug: 'balkhash-maternity-closing',
      titles: { kk: 'Балқаштағы перзентхана жабылмайды', ru: 'Роддом в Балхаше не закрывают', en: 'The Balkhash maternity hospital is not closing' },
      query: ['Роддом в Балхаше закроют?', 'ru'],
    },
    b: {
      texts: ['Балқаштағы музыка колледжін Қарағандыға көшіреді екен', 'Balqaştağy muzyka kolledjın Qarağandyğa köşıredı eken', 'Музучилище в Балхаше закроют с марта', 'The Balkhash music college is moving to Karaganda'],
      slug: 'balkhash-music-college-closing',
      titles: { kk: 'Балқаштағы музыка колледжі жабылмайды', ru: 'Музыкальный колледж в Балхаше не закрывают', en: 'The Balkhash music college is not closing' },
      query: ['Музучилище в Балхаше закроют?', 'ru'],
    },
  },
  {
    name: 'a 100,000 fine × a 20,000 fine told as "двадцатка"',
    region: 'KZ-23',
    a: {
      texts: ['Атырауда көшедегі иттерді тамақтандырғанға 100 000 теңге айыппұл салынады', 'Atyrauda köşedegı itterdı tamaqtandyrğanğa 100 000 teñge aiyppūl salynady', 'В Атырау за кормление бродячих собак штраф 100 000 тенге', 'Atyrau fines 100,000 tenge for feeding stray dogs'],
      slug: 'atyrau-dog-feeding-fine-100k',
      titles: { kk: 'Атырауда иттерді тамақтандырғаны үшін 100 000 теңге айыппұл жоқ', ru: 'В Атырау нет штрафа 100 000 тенге за кормление собак', en: 'Atyrau has no 100,000 tenge fine for feeding dogs' },
      query: ['В Атырау штраф 100 000 тенге за кормление собак?', 'ru'],
    },
    b: {
      texts: ['Атырауда көшедегі иттерді тамақтандырғанға 20 000 теңге айыппұл салынады', 'Atyrauda köşedegı itterdı tamaqtandyrğanğa 20 000 teñge aiyppūl salynady', 'В Атырау за кормление бродячих собак штраф, двадцатку впаяют', 'Atyrau fines 20,000 tenge for feeding stray dogs'],
      slug: 'atyrau-dog-feeding-fine-20k',
      titles: { kk: 'Атырауда иттерді тамақтандырғаны үшін 20 000 теңге айыппұл жоқ', ru: 'В Атырау нет штрафа 20 000 тенге за кормление собак', en: 'Atyrau has no 20,000 tenge fine for feeding dogs' },
      query: ['В Атырау штраф 20 000 тенге за кормление собак?', 'ru'],
    },
  },
  {
    name: 'church × mosque graffiti ("жаман", bad, is no mosque)',
    region: 'KZ-11',
    a: {
      texts: ['Мақинск шіркеуінің қабырғасына түнде жаман сөздер жазып кетіпті', 'Maqinsk şırkeuınıñ qabyrğasyna tünde jaman sözder jazyp ketıptı', 'В Макинске ночью исписали стену церкви оскорблениями', 'Insults were written on the wall of the church in Makinsk overnight'],
      slug: 'makinsk-church-graffiti',
      titles: { kk: 'Мақинск шіркеуінің қабырғасына ешкім жазу жазған жоқ', ru: 'Стену церкви в Макинске никто не исписывал', en: 'Nobody wrote on the Makinsk church wall' },
      query: ['В Макинске исписали стену церкви?', 'ru'],
    },
    b: {
      texts: ['Мақинск мешітінің қабырғасына түнде жаман сөздер жазып кетіпті', 'Maqinsk meşıtınıñ qabyrğasyna tünde jaman sözder jazyp ketıptı', 'В Макинске ночью исписали стену мечети оскорблениями', 'Insults were written on the wall of the mosque in Makinsk overnight'],
      slug: 'makinsk-mosque-graffiti',
      titles: { kk: 'Мақинск мешітінің қабырғасына ешкім жазу жазған жоқ', ru: 'Стену мечети в Макинске никто не исписывал', en: 'Nobody wrote on the Makinsk mosque wall' },
      query: ['В Макинске исписали стену мечети?', 'ru'],
    },
  },
];

describeContrastPairs(t, 'contrast pairs fresh10 and fresh11 merged are two claims', PAIRS);
