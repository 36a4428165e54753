// Members session 37 added to the lexicon's contrast classes from general knowledge — reference lists of
// the peoples of Kazakhstan (2021 census), notifiable diseases, public institutions, consumer goods,
// state payments, platforms and holidays — never from a labelled set. Two claims differing only in
// one such member never share a rumour, in either order of arrival and in kk (both scripts), ru and en,
// and "already checked?" shows neither's notice for the other. The claims are written here, not taken
// from any set. The harness is shared: server/testing/contrast-pairs.ts.
import { setupTestDatabase } from '../testing/database';
import { describeContrastPairs, type ContrastPair } from '../testing/contrast-pairs';

const t = setupTestDatabase();

const PAIRS: ContrastPair[] = [
  {
    name: 'a Buddhist temple × a synagogue (worship)',
    region: 'KZ-75',
    a: {
      texts: ['Алматыдағы будда ғибадатханасын келесі айда жабады екен', 'Almatydağy budda ğibadathanasyn kelesı aida jabady eken', 'В Алматы со следующего месяца закроют буддийский храм', 'The Buddhist temple in Almaty will be closed next month'],
      slug: 'almaty-buddhist-temple-closing',
      titles: { kk: 'Алматыдағы будда ғибадатханасы жабылмайды', ru: 'Буддийский храм в Алматы не закрывают', en: 'The Buddhist temple in Almaty is not closing' },
      query: ['В Алматы закроют буддийский храм?', 'ru'],
    },
    b: {
      texts: ['Алматыдағы синагоганы келесі айда жабады екен', 'Almatydağy sinagogany kelesı aida jabady eken', 'В Алматы со следующего месяца закроют синагогу', 'The synagogue in Almaty will be closed next month'],
      slug: 'almaty-synagogue-closing',
      titles: { kk: 'Алматыдағы синагога жабылмайды', ru: 'Синагогу в Алматы не закрывают', en: 'The synagogue in Almaty is not closing' },
      query: ['В Алматы закроют синагогу?', 'ru'],
    },
  },
  {
    name: 'Avars × Lezgins (ethnic, peoples of Dagestan)',
    region: 'KZ-15',
    a: {
      texts: ['Ақтөбенің орталық базарында аварлар саудагерлермен төбелесіпті', 'Aqtöbenıñ ortalyq bazarynda avarlar saudagerlermen töbelesıptı', 'На центральном рынке Актобе аварцы подрались с торговцами', 'Avars got into a fight with traders at the central market in Aktobe'],
      slug: 'aktobe-market-avar-fight',
      titles: { kk: 'Ақтөбе базарында аварлар төбелескен жоқ', ru: 'На рынке Актобе аварцы не дрались', en: 'No Avars fought at the Aktobe market' },
      query: ['В Актобе на рынке аварцы подрались?', 'ru'],
    },
    b: {
      texts: ['Ақтөбенің орталық базарында лезгиндер саудагерлермен төбелесіпті', 'Aqtöbenıñ ortalyq bazarynda lezginder saudagerlermen töbelesıptı', 'На центральном рынке Актобе лезгины подрались с торговцами', 'Lezgins got into a fight with traders at the central market in Aktobe'],
      slug: 'aktobe-market-lezgin-fight',
      titles: { kk: 'Ақтөбе базарында лезгиндер төбелескен жоқ', ru: 'На рынке Актобе лезгины не дрались', en: 'No Lezgins fought at the Aktobe market' },
      query: ['В Актобе на рынке лезгины подрались?', 'ru'],
    },
  },
  {
    name: 'leptospirosis × echinococcosis (disease)',
    region: 'KZ-31',
    a: {
      texts: ['Тараз маңындағы ауылда лептоспироз анықталыпты, малды сатпаңдар', 'Taraz mañyndağy auylda leptospiroz anyqtalypty, maldy satpañdar', 'В селе под Таразом выявили лептоспироз, скот не продавайте', 'Leptospirosis found in a village near Taraz, do not sell livestock'],
      slug: 'taraz-village-leptospirosis',
      titles: { kk: 'Тараз маңындағы ауылда лептоспироз анықталған жоқ', ru: 'Лептоспироз под Таразом не выявлен', en: 'No leptospirosis near Taraz' },
      query: ['Под Таразом выявили лептоспироз?', 'ru'],
    },
    b: {
      texts: ['Тараз маңындағы ауылда эхинококкоз анықталыпты, малды сатпаңдар', 'Taraz mañyndağy auylda ehinokokkoz anyqtalypty, maldy satpañdar', 'В селе под Таразом выявили эхинококкоз, скот не продавайте', 'Echinococcosis found in a village near Taraz, do not sell livestock'],
      slug: 'taraz-village-echinococcosis',
      titles: { kk: 'Тараз маңындағы ауылда эхинококкоз анықталған жоқ', ru: 'Эхинококкоз под Таразом не выявлен', en: 'No echinococcosis near Taraz' },
      query: ['Под Таразом выявили эхинококкоз?', 'ru'],
    },
  },
  {
    name: 'a sanatorium × a summer camp (institution)',
    region: 'KZ-11',
    a: {
      texts: ['Бурабайдағы шипажайды маусымнан бастап жабады дейді', 'Burabaidağy şipajaidy mausymnan bastap jabady deidı', 'Санаторий в Бурабае закроют с июня', 'The sanatorium in Burabay will close from June'],
      slug: 'burabay-sanatorium-closing',
      titles: { kk: 'Бурабайдағы шипажай жабылмайды', ru: 'Санаторий в Бурабае не закрывают', en: 'The Burabay sanatorium is not closing' },
      query: ['В Бурабае закроют санаторий?', 'ru'],
    },
    b: {
      texts: ['Бурабайдағы балалар лагерін маусымнан бастап жабады дейді', 'Burabaidağy balalar lagerın mausymnan bastap jabady deidı', 'Детский лагерь в Бурабае закроют с июня', 'The children\'s summer camp in Burabay will close from June'],
      slug: 'burabay-camp-closing',
      titles: { kk: 'Бурабайдағы балалар лагері жабылмайды', ru: 'Детский лагерь в Бурабае не закрывают', en: 'The Burabay summer camp is not closing' },
      query: ['В Бурабае закроют детский лагерь?', 'ru'],
    },
  },
  {
    name: 'tomatoes × cucumbers (goods)',
    region: 'KZ-79',
    a: {
      texts: ['Шымкентте қызанақтың бағасы екі есе өседі екен', 'Şymkentte qyzanaqtyñ bağasy ekı ese ösedı eken', 'В Шымкенте помидоры подорожают в два раза', 'Tomato prices in Shymkent will double'],
      slug: 'shymkent-tomato-prices',
      titles: { kk: 'Шымкентте қызанақ екі есе қымбаттамайды', ru: 'Помидоры в Шымкенте не подорожают вдвое', en: 'Tomatoes in Shymkent will not double in price' },
      query: ['В Шымкенте помидоры подорожают вдвое?', 'ru'],
    },
    b: {
      texts: ['Шымкентте қиярдың бағасы екі есе өседі екен', 'Şymkentte qiiardyñ bağasy ekı ese ösedı eken', 'В Шымкенте огурцы подорожают в два раза', 'Cucumber prices in Shymkent will double'],
      slug: 'shymkent-cucumber-prices',
      titles: { kk: 'Шымкентте қияр екі есе қымбаттамайды', ru: 'Огурцы в Шымкенте не подорожают вдвое', en: 'Cucumbers in Shymkent will not double in price' },
      query: ['В Шымкенте огурцы подорожают вдвое?', 'ru'],
    },
  },
  {
    name: 'Roblox × Minecraft (platform)',
    region: 'KZ-71',
    a: {
      texts: ['Қазақстанда Roblox ойынын дүйсенбіден бастап бұғаттайды', 'Qazaqstanda Roblox oiynyn düisenbıden bastap būğattaidy', 'В Казахстане с понедельника заблокируют Роблокс', 'Roblox will be blocked in Kazakhstan from Monday'],
      slug: 'roblox-blocked',
      titles: { kk: 'Roblox бұғатталмайды', ru: 'Роблокс не заблокируют', en: 'Roblox is not being blocked' },
      query: ['Роблокс заблокируют?', 'ru'],
    },
    b: {
      texts: ['Қазақстанда Minecraft ойынын дүйсенбіден бастап бұғаттайды', 'Qazaqstanda Minecraft oiynyn düisenbıden bastap būğattaidy', 'В Казахстане с понедельника заблокируют Майнкрафт', 'Minecraft will be blocked in Kazakhstan from Monday'],
      slug: 'minecraft-blocked',
      titles: { kk: 'Minecraft бұғатталмайды', ru: 'Майнкрафт не заблокируют', en: 'Minecraft is not being blocked' },
      query: ['Майнкрафт заблокируют?', 'ru'],
    },
  },
  {
    name: 'Halloween × Valentine\'s Day (holiday)',
    region: 'KZ-75',
    a: {
      texts: ['Алматы мектептерінде Хэллоуин тойлауға тыйым салынады', 'Almaty mektepterınde Hellouin toilauğa tyiym salynady', 'В школах Алматы запретят отмечать Хэллоуин', 'Schools in Almaty will ban Halloween celebrations'],
      slug: 'almaty-schools-halloween-ban',
      titles: { kk: 'Алматы мектептерінде Хэллоуинге тыйым жоқ', ru: 'Хэллоуин в школах Алматы не запрещают', en: 'Almaty schools are not banning Halloween' },
      query: ['В школах Алматы запретят Хэллоуин?', 'ru'],
    },
    b: {
      texts: ['Алматы мектептерінде Валентин күнін тойлауға тыйым салынады', 'Almaty mektepterınde Valentin künın toilauğa tyiym salynady', 'В школах Алматы запретят отмечать День святого Валентина', 'Schools in Almaty will ban Valentine\'s Day celebrations'],
      slug: 'almaty-schools-valentine-ban',
      titles: { kk: 'Алматы мектептерінде Валентин күніне тыйым жоқ', ru: 'День святого Валентина в школах Алматы не запрещают', en: 'Almaty schools are not banning Valentine\'s Day' },
      query: ['В школах Алматы запретят День святого Валентина?', 'ru'],
    },
  },
  {
    name: 'large families × disabled people (group)',
    region: 'KZ-55',
    a: {
      texts: ['Павлодарда көп балалы отбасылар автобуста тегін жүрмейді', 'Pavlodarda köp balaly otbasylar avtobusta tegın jürmeidı', 'В Павлодаре многодетные больше не будут ездить в автобусах бесплатно', 'Large families in Pavlodar will no longer ride buses for free'],
      slug: 'pavlodar-large-families-fares',
      titles: { kk: 'Павлодарда көп балалы отбасылардың тегін жол жүруі сақталады', ru: 'Многодетные в Павлодаре сохранят бесплатный проезд', en: 'Large families in Pavlodar keep free bus rides' },
      query: ['В Павлодаре многодетным отменят бесплатный проезд?', 'ru'],
    },
    b: {
      texts: ['Павлодарда мүгедектер автобуста тегін жүрмейді', 'Pavlodarda mügedekter avtobusta tegın jürmeidı', 'В Павлодаре инвалиды больше не будут ездить в автобусах бесплатно', 'Disabled people in Pavlodar will no longer ride buses for free'],
      slug: 'pavlodar-disabled-fares',
      titles: { kk: 'Павлодарда мүгедектердің тегін жол жүруі сақталады', ru: 'Инвалиды в Павлодаре сохранят бесплатный проезд', en: 'Disabled people in Pavlodar keep free bus rides' },
      query: ['В Павлодаре инвалидам отменят бесплатный проезд?', 'ru'],
    },
  },
];

describeContrastPairs(t, 'contrast members completed from reference lists (session 37)', PAIRS);
