// The seeded claim lexicon's breadth: members of every contrast class and everyday claim events,
// drawn from domain lists (communities of Kazakhstan, faiths and their clergy, institution types,
// utilities, brands, staples, hazards), read alike in Kazakh Cyrillic, Kazakh Latin, Russian and
// English — and the words that look like them but must never be read as them.
import { describe, expect, it } from 'vitest';
import { expectApart, expectCompatible, seededTokens as tokens } from '../../server/testing/seeded-lexicon';
import { conceptSeeds, retiredConceptTerms } from './concept-lexicon';

/** Each token, with texts naming it in kk Cyrillic, kk Latin, ru and en. */
const READ_AS: Record<string, string[]> = {
  arrest: ['задержали активиста', 'полиция задерживает водителя', 'the activist was detained'],
  export: ['вывоз зерна запретят', 'astyq eksportyna tyiym'],
  'cut-off': ['света не будет', 'воды не было три дня', 'жарық болмайды', 'there will be no power'],
  allow: ['хиджабқа рұқсат береді', 'хиджаб разрешат', 'WhatsApp unblocked', 'отменят запрет на вывоз скота'],
  // "Not allowed" is a ban (concepts.ts NEGATED_READING), and Kazakh says it in the verb.
  block: ['учителям не разрешат вести чаты', 'Teachers are no longer allowed to run WhatsApp groups', 'әкімдік рұқсат бермей жатыр'],
  resume: ['пойыздар қайта жүреді', 'рейсы возобновят', 'flights resume'],
  'direction:price-rise': ['көмір қымбат болады', 'уголь станет дороже', 'coal will be dearer', 'pricier bread'],
  'direction:price-fall': ['көмір арзан болады', 'komir arzan bolady', 'уголь станет дешевле', 'coal gets cheaper', 'less expensive coal'],
  'ethnic:karachay': ['қарашайлар төбелесіпті', 'карачаевцы подрались', 'Karachay men in a fight'],
  'ethnic:nogai': ['ноғайлар жиналды', 'ногайцы собрались', 'Nogai community gathered'],
  'ethnic:caucasian': ['кавказдықтар ұрып кетті', 'кавказцы избили парня', 'Caucasian men beat a boy'],
  'ethnic:chechen': ['в Чечне', 'from Chechnya'],
  'faith:muslim': ['имамды ұрып кетті', 'imamdy uryp ketti', 'избили имама', 'the imam was beaten', 'хиджабқа тыйым салады', 'запретят хиджаб', 'hijab will be banned', 'Құран оқуға тыйым', 'Qūrandy tartyp aldy', 'Коран запретили', 'the Quran is banned', 'Koran banned'],
  'faith:orthodox': ['батюшканы ұстап алды', 'задержали батюшку', 'митрополит заявил'],
  'faith:catholic': ['ксендза избили', 'the Pope said'],
  'faith:protestant': ['пасторды ұстады', 'задержали пастора', 'a pastor was detained', 'меннониты уезжают'],
  'faith:christian': ['Інжіл оқуға тыйым', 'Injıldı tartyp aldy', 'Библию запретили', 'отобрали Библии и Евангелия', 'the Bible is banned', 'bibles taken away'],
  'platform:kundelik': ['Күнделік ақылы болады', 'Kündelık aqyly bolady', 'Кунделик станет платным', 'Kundelik will become paid', '«Күнделік» электрондық күнделігі ақылы'],
  'platform:bilimal': ['Білімал ақылы болады', 'Bılımal aqyly bolady', 'Билимал станет платным', 'Bilimal will become paid'],
  'group:children': ['оқушылар тегін жүрмейді', 'oquşylar tegın jürmeidı', 'школьники не будут ездить бесплатно', 'schoolchildren lose free rides'],
  'group:pensioners': ['зейнеткерлер тегін жүрмейді', 'zeinetkerler tegın jürmeidı', 'пенсионеры не будут ездить бесплатно', 'pensioners lose free rides', 'elderly people'],
  'faith:jewish': ['раввинге шабуыл', 'напали на раввина', 'a rabbi was attacked'],
  'worship:madrasa': ['медресені жабады', 'medreseni zhabady', 'закроют медресе', 'the madrasa will be closed'],
  'worship:monastery': ['монастырьды өртеді', 'подожгли монастырь', 'the monastery was set on fire'],
  'institution:embassy': ['елшілік жабылады', 'elshilik zhabylady', 'закроют посольство', 'the embassy will close'],
  'institution:migration-service': ['көші-қон полициясы', 'миграционная служба', 'migration police', 'petropavl migraciya priem zhok', 'Петропавлдың миграциясы приём жасамайды'],
  'institution:culture-centre': ['мәдениет үйін жабады', 'неміс мәдени орталығы', 'закроют дом культуры', 'the cultural centre will close'],
  'institution:construction-site': ['құрылыс алаңында төбелес', 'драка на стройке', 'a brawl at a construction site'],
  'institution:power-plant': ['ТЭЦ-те апат', 'авария на ТЭЦ', 'the power plant broke down', 'котельная встала'],
  'institution:morgue': ['мәйітханада', 'в морге', 'at the morgue'],
  'institution:bathhouse': ['моншаны жабады', 'закроют баню', 'the bathhouse will close'],
  'institution:hospital': ['горбольницаны жабады', 'в горбольнице', 'в ЦРБ нет врачей', 'приёмный покой закрыт', 'the city hospital', 'zhympityda bolnicada dokturlar', 'bolnitsaga tüsti'],
  'institution:court': ['судья взял взятку', 'the judge was arrested'],
  // Its Kazakh name starts with "халыққа" (to the people), which must not make it the bank.
  'institution:con': ['халыққа қызмет көрсету орталықтары жабылады', 'halyqqa qyzmet körsetu ortalyqtary jabylady', 'ЦОНы закроют', 'public service centres will close'],
  'institution:shop': ['маркетте нан жоқ', 'в маркете нет хлеба', 'киоски снесут'],
  'brand:halyk': ['Халық банкі жабылады', 'Halyk bank jabylady', 'Халык банк закроют', 'Халык упал', 'в Халыке сбой', 'Homebank не работает', 'Halyk Bank is closing', 'Halyk is down', 'Халыкта аударымға комиссия'],
  'brand:ktz': ['ҚТЖ пойыздарды тоқтатады', 'КТЖ отменит поезда', 'KTZ cancels trains'],
  'brand:flyarystan': ['ФлайАрыстан рейстері', 'рейсы FlyArystan', 'FlyArystan flights'],
  'brand:kazpost': ['Казпочта закроется', 'Kazpost is closing'],
  'platform:yandex': ['Яндекс такси не работает', 'Yandex Go is down'],
  'platform:uber': ['Uber уходит из Казахстана'],
  'goods:lpg': ['газ баллондары қымбаттады', 'газовые баллоны подорожали', 'gas cylinders are more expensive'],
  'goods:milk': ['сүттің бағасы өседі', 'sütke baga qoiady', 'молоко подорожает', 'milk prices will rise'],
  'goods:buckwheat': ['гречка жоқ', 'гречка пропала', 'no buckwheat'],
  'goods:vape': ['вейпке тыйым салады', 'запретят вейпы', 'vapes will be banned'],
  'goods:firewood': ['отын қымбат', 'дрова подорожали', 'firewood prices'],
  'goods:fodder': ['пішен жоқ', 'сено подорожало', 'hay is short'],
  'goods:baby-food': ['балалар тағамы жоқ', 'детское питание пропало', 'no baby formula'],
  'goods:medicine': ['инсулин жоқ', 'нет инсулина', 'no insulin'],
  'currency:crypto': ['биткоин құлады', 'биткоин рухнул', 'bitcoin crashed'],
  'hazard:mudflow': ['сел жүріп кетті', 'сошёл сель', 'a mudflow came down'],
  'hazard:avalanche': ['қар көшкіні', 'сход лавины', 'avalanche warning'],
  'hazard:radiation': ['радиация деңгейі', 'уровень радиации', 'radiation levels'],
  'hazard:black-ice': ['көктайғақ', 'гололёд', 'black ice'],
  'hazard:storm': ['қалың қар жауды', 'сильный снегопад', 'heavy snow', 'қатты жел', 'штормовой ветер', 'strong wind', 'бұршақ жауып', 'būrşaq', 'градом побило', 'hail destroyed the wheat'],
  'disease:foot-and-mouth': ['аусыл ауруы', 'вспышка ящура', 'foot and mouth disease'],
  'disease:cchf': ['Қырым-Конго безгегі', 'ККГЛ', 'Crimean-Congo fever'],
  'holiday:ramadan': ['рамазан айында', 'в месяц Рамадан', 'during Ramadan'],
  'holiday:lent': ['Ұлы пост кезінде', 'Великий пост', 'Great Lent'],
  unpaid: ['жалақыны үш ай төлемей жатыр', 'zhalakyny tolemei zhatyr', 'зарплату не платят три месяца', 'workers have not been paid for three months'],
  fraud: ['алаяқтар Kaspi атынан хабарласады', 'мошенники звонят от имени банка', 'a scam in the name of the bank'],
  hack: ['хакерлер бұзып кірді', 'взломали базу', 'the app was hacked'],
  youths: ['шешен жігіттері', 'парни из общины', 'young guys from the community'],
  community: ['ұйғыр қауымы', 'уйгурская община', 'the Uyghur community'],
  data: ['клиенттердің жеке деректері', 'персональные данные клиентов', 'customer data leaked'],
  'payment:salary': ['ең төменгі жалақы', 'минимальная зарплата', 'the minimum wage'],
  'stone-throwing': ['мешітке тас атып жатыр', 'закидали камнями мечеть', 'they threw stones at the mosque'],
  stampede: ['концертте адамдар тапталып қалды', 'давка на концерте', 'a stampede at the concert'],
  drown: ['балалар суға батып кетті', 'утонули дети', 'two children drowned', 'бала өзенге құлап кетті', 'дети упали в воду', 'a boy fell through the ice'],
  'fall-from-height': ['бала терезеден құлап кетті', 'ребёнок выпал из окна', 'a child fell from a window'],
  bribe: ['әкім пара алды', 'аким взял взятку', 'the akim took a bribe'],
  weapons: ['пышақтап кетті', 'пырнули ножом', 'a man was stabbed'],
  riot: ['шахтёры бастуют', 'бастовка на заводе', 'workers went on strike'],
  'hazard:earthquake': ['жер теңселді', 'ночью тряхнуло', 'the ground shook'],
  shooting: ['перестрелка на базаре', 'атысты'],
  'transport:train': ['железная дорога закрыта', 'темір жол жабылады', 'railway closed'],
  many: ['көп адам уланды', 'много людей отравились', 'many people were poisoned'],
  night: ['бүгін түнде жарық өшеді', 'сегодня ночью отключат свет', 'no power overnight'],
  kill: ['помер в больнице', 'he passed away'],
  militants: ['теракт в метро', 'a terror attack'],
  // A salary or a flight is delayed, not detained (concepts.ts READ_BY_CONTEXT).
  delay: ['жалақы кешігіп жатыр', 'задержка рейса', 'pensions are delayed', 'зарплату задерживают', 'жалақыны ұстап қалды', 'рейс задержали'],
  'write-off': ['кредиттерді кешіреді', 'кредиты простят', 'loans will be forgiven'],
  government: ['шенеуніктер ұрлап жатыр', 'чиновники воруют', 'bureaucrats are stealing'],
  theft: ['чиновники воруют', 'разворовали бюджет'],
  'payment:pension': ['ЕНПФ', 'БЖЗҚ ақшасы', 'the pension fund'],
  'caspian-sea': ['Каспий теңізі тартылып жатыр', 'Каспийское море мелеет', 'the Caspian Sea is shrinking'],
  // Session 31: contrast members found missing on fresh5 (RESULTS 1w), and the misreadings' right readings.
  'institution:bakery': ['нан зауыты жабылды', 'nan zauyty jabyldy', 'хлебозавод закрыли', 'жалғыз наубайхана жабылды', 'the bakery has closed'],
  'utility:drinking-water': ['ауылдарға ауыз су берілмейді', 'işetın su joq', 'без питьевой воды', 'no drinking water'],
  'utility:irrigation': ['күріш алқабы суарусыз қалады', 'suaru suy toqtatylady', 'shielide polivka zhok', 'арыктан су бермейди', 'без поливной воды', 'в арыках нет воды', 'no irrigation water'],
  'hazard:locusts': ['шегіртке бидайды жеп кетті', 'şegırtke bidai', 'sarancha polyany zhep ketken', 'саранча съела пшеницу', 'locusts wiped out the wheat'],
  'load:freight': ['жүк көліктерін өткізбейді', 'jük maşinalaryna jabyq', 'фуралар тұр', 'furalar turyp kaldy', 'закрыли для грузовиков', 'фуры стоят', 'closed for trucks', 'no lorries allowed', 'freight trains'],
  'load:travellers': ['жолаушылар өтпейді', 'жеңіл көліктер өтпейді', 'закрыли для пассажиров', 'closed to travellers', 'passenger trains'],
  'brand:visa': ['Visa карталары шетелде істемейді', 'виза карталар шетелде иштемейди', 'visa kartalar shetelde otpeidi', 'карты ВИЗА не работают', 'Visa cards stop working'],
  'brand:mastercard': ['Мастеркардқа ауысыңыз', 'mastercard alyndar', 'карты Mastercard', 'Mastercard cards'],
  'brand:otbasy': ['Отбасы банкі ипотека бермейді', 'Otbasy bank ipoteka bermeidi', 'Отбасы банк закроют', 'Otbasy Bank stops mortgages'],
  'ethnic:turkey': ['Түркияға ұшақтар ұшпайды', 'рабочие из Турции', 'рейсы в Турцию', 'flights to Turkey'],
  parents: ['ата-аналар наразы', 'ata-analar narazy', 'родители возмущены', 'parents are angry'],
  // Session 37: members completed from reference lists, a sample per class (kk Cyrillic, kk Latin, ru, en).
  'worship:place-of-worship': ['ғибадатхананы жабады', 'ğibadathanany jabady', 'святилище разрушили', 'the temple will close', 'a shrine was vandalised'],
  // Russian "храм" unqualified is a church in Kazakhstan (the seed says why).
  'worship:church': ['храм закроют', 'храмды жабады'],
  'worship:mosque': ['соборная мечеть закрыта'],
  'faith:tablighi': ['таблиғи жамағат мүшелері ұсталды', 'задержали членов Таблиги джамаат', 'Tablighi preachers detained'],
  'faith:satanist': ['сатанистер жиналыпты', 'сатанисты в школе', 'satanists at the school'],
  'ethnic:avar': ['аварлар төбелесіпті', 'avarlar töbelesıptı', 'аварцы подрались', 'Avars in a brawl'],
  'ethnic:lezgin': ['лезгиндер', 'лезгины подрались', 'Lezgins in a brawl'],
  'ethnic:crimean-tatar': ['қырым татарлары', 'крымские татары', 'Crimean Tatars'],
  'ethnic:yakut': ['якуттар', 'якуты', 'Yakut workers'],
  'ethnic:syrian': ['сириялық босқындар', 'сирийцы', 'Syrian refugees'],
  'ethnic:uzbek': ['узбечка пропала'],
  'disease:leptospirosis': ['лептоспироз анықталды', 'leptospiroz anyqtaldy', 'выявили лептоспироз', 'a leptospirosis outbreak'],
  'disease:echinococcosis': ['эхинококкоз шықты', 'эхинококкоз у детей', 'echinococcosis cases'],
  'disease:tetanus': ['сіреспе ауруы', 'столбняк у ребёнка', 'a tetanus case'],
  'disease:malaria': ['малярия тіркелді', 'малярию завезли', 'malaria case'],
  'hazard:gas-leak': ['газ жылыстап жатыр', 'утечка газа в школе', 'a gas leak at the school'],
  'institution:sanatorium': ['шипажайды жабады', 'şipajaidy jabady', 'санаторий закроют', 'the sanatorium will close'],
  'institution:registry-office': ['АХАЖ жабылады', 'загс не работает', 'the registry office is closed'],
  'institution:slaughterhouse': ['қасапханада', 'на скотобойне', 'at the slaughterhouse'],
  'goods:tomatoes': ['қызанақ қымбаттады', 'qyzanaq qymbattady', 'помидоры подорожали', 'tomatoes got dearer'],
  'goods:narcotics': ['есірткі сатып жатыр', 'наркотики в школе', 'heroin in the school'],
  'payment:child-benefit': ['балалар жәрдемақысы тоқтайды', 'детские пособия отменят', 'child benefits will stop'],
  'payment:duty': ['кедендік баж өседі', 'пошлина на авто вырастет', 'customs duty on cars'],
  'currency:manat': ['манат құлады', 'манат рухнул', 'the manat crashed'],
  'platform:roblox': ['Роблоксты бұғаттайды', 'Roblox bügattaidy', 'Роблокс заблокируют', 'Roblox will be blocked'],
  'platform:chatgpt': ['ChatGPT бұғатталады', 'чат GPT запретят', 'ChatGPT is banned'],
  'brand:samsung': ['Самсунг телефондары жарылады', 'телефоны Samsung взрываются', 'Samsung phones explode'],
  'brand:cdek': ['СДЭК жеткізбейді', 'СДЭК не доставляет', 'CDEK stops deliveries'],
  'transport:helicopter': ['тікұшақ құлады', 'вертолёт упал', 'a helicopter crashed'],
  'holiday:halloween': ['Хэллоуинге тыйым', 'запретят Хэллоуин', 'Halloween is banned'],
  'holiday:valentines-day': ['Валентин күніне тыйым', 'запретят День святого Валентина', "Valentine's Day is banned"],
  'group:large-families': ['көп балалы отбасылар', 'köp balaly otbasylar', 'многодетные семьи', 'large families'],
  'group:disabled': ['мүгедектерге тегін', 'инвалидам бесплатно', 'disabled people ride free'],
  'utility:intercom': ['домофон істемейді', 'домофоны меняют', 'the intercom is broken'],
};

/** Session 32: everyday words and slang verbs, by field (bench/RESULTS.md 1zb). */
const READ_AS_EVERYDAY: Record<string, string[]> = {
  close: ['мектепті жауып тастады', 'mektepti zhauyp tastady', 'школу прикрыли', 'роддом опечатали', 'the shop was boarded up'],
  kill: ['қойлар қырылып жатыр', 'qoilar qyrylyp jatyr', 'овцы гибнут', 'скот дохнет', 'sheep are dying'],
  theft: ['квартиры обворовывают', 'соседку обокрали', 'бабки тырят', 'they are robbing flats', 'burglars broke into homes'],
  fraud: ['выдают себя за газовщиков', 'газшы болып таныстырып алдап жүр', 'men posing as inspectors', 'impostors in uniforms'],
  attack: ['мальчика покусали', 'волки загрызли овец', 'қасқыр баланы тістеп алды', 'a child was mauled', 'bitten by a dog'],
  arrest: ['полиция қамап қойды', 'қолға түсті', 'менты скрутили парня', 'police are rounding up migrants', 'he was busted'],
  burn: ['үй күйіп кетті', 'üi küiıp kettı', 'дом погорел', 'the barn went up in flames'],
  desecrate: ['терезелерді сындырыпты', 'стекла расколотили', 'vandals smashed the windows'],
  deport: ['елдеріне қайтарып жатыр', 'eline qaitaryp jatyr', 'мигрантов вышлют', 'cops are sending them home'],
  'forbid-entry': ['молданы кіргізбейді', 'священника не пропускают', 'clergy are barred', 'priests are kept out'],
  shortage: ['инсулин таба алмай жүрміз', 'инсулин не достать', 'insulin is hard to find'],
  check: ['санэпид тексерді', 'пришли проверяющие', 'инспектор сказал', 'health inspectors closed it'],
  'utility:power': ['электросчётчики меняют'],
  'utility:gas': ['газовщики ходят по квартирам'],
  app: ['apk файл жіберді', 'an APK file in the chat'],
  'goods:shubat': ['шұбат ішкен', 'shubat ishken', 'выпили шубат', 'drank camel milk'],
  'goods:fodder': ['шөптің бағасы', 'şöptıñ bağasy', 'сено подорожало', 'hay costs more'],
  livestock: ['отара овец', 'the herd died'],
  'institution:prison': ['на зоне отобрали', 'zonada tyiym'],
  'institution:bank': ['ATMs give out fake notes', 'the cash machine swallowed my card'],
  money: ['фальшивые купюры', 'жалған банкноттар', 'fake banknotes'],
  farmers: ['фермерлерге су жоқ', 'fermerlerge su joq', 'фермерам не дадут воду', 'farmers get no water'],
  greenhouse: ['жылыжайлар өртенді', 'теплицы сожгли', 'the greenhouses burned'],
  bale: ['бір орам шөп', 'рулон сена', 'тюк сена', 'a bale of hay'],
  coupon: ['көмір талонмен', 'komir talonmen', 'уголь по талонам', 'coal with coupons', 'coal is rationed'],
  pregnant: ['жүкті әйелдер', 'jükti áielder', 'беременных отправили', 'pregnant women'],
  prisoners: ['сотталғандарға', 'заключенным запретили', 'у зэков отобрали', 'inmates were told'],
  developer: ['құрылысшыға сатып жіберді', 'продают застройщику', 'a developer is buying'],
  meter: ['есептегішті ауыстырамыз', 'меняют счётчики', 'checking gas meters'],
  'driving-licence': ['жүргізуші куәлігін бермейді', 'права не дадут', 'водительские права', 'no driving licence'],
  wedding: ['тойға шақыру', 'toiga shaqyru', 'приглашение на свадьбу', 'a wedding invitation'],
  invitation: ['тойға шақыру', 'приглашение на свадьбу', 'wedding invitations'],
  fake: ['жалған ақша', 'zhalgan aqsha', 'фальшивые деньги', 'counterfeit notes'],
  fare: ['тегін жол ақысы', 'бесплатный проезд', 'free tram rides', 'fares go up'],
  'poultry-farm': ['құс фабрикасында', 'на птицефабрике', 'at a poultry farm'],
  wolves: ['қасқырлар шабуыл жасады', 'qasqyrlar shabuyl jasady', 'стая волков', 'a pack of wolves'],
  bear: ['ауылда аю жүр', 'auylda aiu zhur', 'медведь ходит', 'a brown bear was seen'],
  rodents: ['егеуқұйрықтар көп', 'krysalar', 'крысы в столовой', 'rats in the canteen'],
  dogs: ['қаңғыбас иттер', 'бродячие собаки', 'stray dogs'],
  snakes: ['жылан шағып алды', 'змея укусила', 'a snake bit him'],
  foxes: ['түлкі бала тістеді', 'лиса покусала', 'a rabid fox'],
  boars: ['қабандар егінді жеді', 'кабаны вытоптали поле', 'wild boars'],
  tonne: ['екі тоннадан', 'две тонны угля', 'two tonnes of coal'],
  'hazard:storm': ['жаңбыр жауып тұр', 'бурчак жауды', 'ливень затопил'],
};

/** Words that look like a member or a concept but are not it. */
const NOT_READ_AS: [text: string, token: string][] = [
  // A verb's sense is what it is said of (concepts.ts READ_BY_CONTEXT): a salary or a flight is
  // delayed, not arrested; garbage is collected, not exported; "ашулы" is angry, not open.
  ['зарплату задерживают', 'arrest'],
  ['жалақыны ұстап қалды', 'arrest'],
  ['рейс задержали на пять часов', 'arrest'],
  ['мусор не вывозят неделю', 'export'],
  ['қоқыс әкетілмейді', 'arrest'],
  ['мектеп алдында ашулы ата-аналар', 'open'],
  ['задержали активиста', 'brand:activ'],
  // "дорогой" is "expensive" or "dear" ("Дорогие друзья!") as often as "by road"; "route*" took "router".
  ['уголь будет дорогой', 'transport:highway'],
  // Session 38's rise and fall verbs: "өсіп" alone is Russian "осип" (hoarse); Kazakh "тартылды" is also
  // "held to account", "төменде" "below"; "declined" is refused; "деңгей" (level) is no money.
  ['голос осип', 'direction:price-rise'],
  ['Осип Мандельштам', 'direction:price-rise'],
  ['ол қылмыстық жауапкершілікке тартылды', 'direction:price-fall'],
  ['төменде көрсетілген кесте', 'direction:price-fall'],
  ['the ministry declined to comment', 'direction:price-fall'],
  ['өзеннің деңгейі көтерілді', 'money'],
  ['ozennin dengeii koterildi', 'money'],
  ['the router is broken', 'transport:highway'],
  ['routine check', 'transport:highway'],
  // Kazakh "халық" (the people) has the match key of the bank's name; its forms are not the bank.
  ['халықты алдап жатыр', 'brand:halyk'],
  ['халықаралық әуежай', 'brand:halyk'],
  ['halyqqa habarlady', 'brand:halyk'],
  ['халықтар достығы', 'brand:halyk'],
  ['халықтан ақша жинап жатыр', 'brand:halyk'],
  ['Каспий теңізі тартылып жатыр', 'brand:kaspi'],
  ['каспийский тюлень', 'brand:kaspi'],
  // Russian "пол" (the floor) is the key of English "pool".
  ['упал на пол', 'institution:swimming-pool'],
  ['по сути ничего', 'goods:milk'],
  ['судьба такая', 'institution:court'],
  ['моншақ тағып алды', 'institution:bathhouse'],
  ['шайқас болды', 'goods:tea'],
  ['молдаван жастары', 'faith:muslim'],
  ['өтініш жазды', 'goods:firewood'],
  ['the shop is closed', 'goods:fodder'],
  ['перцовый баллончик', 'goods:lpg'],
  ['сел на автобус', 'hazard:mudflow'],
  ['Рамазан сказал', 'holiday:ramadan'],
  ['the bank lent him money', 'holiday:lent'],
  ['кітап алмасып тұрдық', 'goods:fruit'],
  ['Apple phones', 'goods:fruit'],
  ['маркетинг бөлімі', 'institution:shop'],
  ['скамейка сломана', 'fraud'],
  ['мощёная дорога', 'fraud'],
  ['запуски ракет', 'extort'],
  ['поборол болезнь', 'extort'],
  ['по данным МВД', 'data'],
  ['убери телефон', 'platform:uber'],
  ['обученный персонал', 'hazard:radiation'],
  ['он смог приехать', 'hazard:smog'],
  ['снова отключили', 'hazard:storm'],
  ['целевой взнос', 'hazard:mudflow'],
  ['бейтарап ел', 'institution:cemetery'],
  ['удобная квартира', 'goods:fertilizer'],
  ['консультация врача', 'institution:embassy'],
  ['a polite request', 'institution:college'],
  ['a convenience store', 'worship:monastery'],
  ['a monster truck', 'worship:monastery'],
  ['mortar shelling', 'institution:morgue'],
  ['в чём суть', 'goods:milk'],
  ['сұғанақ адам', 'goods:onion'],
  ['на ногах', 'ethnic:nogai'],
  ['ЧП в городе', 'institution:power-plant'],
  ['he drove home', 'goods:firewood'],
  ['половой вопрос', 'hazard:flood'],
  ['маркетплейс закроют', 'institution:shop'],
  ['e-government services', 'platform:egov'],
  ['the government said', 'platform:egov'],
  // Kazakh "көп" (many) is the match key of English "cop".
  ['көп адам жиналды', 'police'],
  // Stones thrown are no shooting; someone falling (into water, from a roof) is no price fall.
  ['тас атып жатыр', 'shooting'],
  ['дети упали в воду', 'direction:price-fall'],
  ['упал с крыши', 'direction:price-fall'],
  // The railway is not a road; trampled in a crush is not flooded ("затоп*").
  ['железная дорога закрыта', 'transport:highway'],
  ['затоптали в давке', 'hazard:flood'],
  ['зарезервировали места', 'weapons'],
  ['сваха пришла', 'institution:clinic'],
  ['меряет давление', 'institution:akimat'],
  ['параграф закона', 'bribe'],
  // A delay is not a detention; "просто" (simply) is not "простят" (will forgive).
  ['задержка зарплаты', 'arrest'],
  ['просто так сказали', 'write-off'],
  ['простой рабочий', 'write-off'],
  ['кешіріңіз, білмеймін', 'write-off'],
  // "списали деньги с карты" is money taken from a card, not a debt written off.
  ['с карты списали деньги', 'write-off'],
  // "off" is a filler word, so "write off" would be "write" alone (and Russian "врите").
  ['people write that schools will close', 'write-off'],
  ['говорит, мол, закроют', 'faith:muslim'],
  // Session 31, the lexicon's known misreadings (RESULTS 1u, 1s). A direction is not read with a typo:
  // "поняли" (understood) is "подняли" (raised) less a letter.
  ['все поняли', 'direction:price-rise'],
  ['біз түсіндік, поняли', 'direction:price-rise'],
  // "алмайды" is "does not take" (ал- + -майды), not "алма" (apple) with an ending; after a vowel a
  // Kazakh case ending starts with a consonant.
  ['almaidy eken', 'goods:fruit'],
  ['ешкім сатып алмайды', 'goods:fruit'],
  ['ол ақша алмайды', 'goods:fruit'],
  // "ата-ана" is parents, not a woman (ана, mother).
  ['ата-аналар наразы', 'woman'],
  ['ata-analar narazy', 'woman'],
  // "отбасы" is family; only "Отбасы банк" is the bank.
  ['отбасы құлады', 'brand:otbasy'],
  ['көп балалы отбасылар', 'brand:otbasy'],
  ['otbasylarga komek', 'brand:otbasy'],
  // A wolf is not a fire, nor forty measles.
  ['қасқырлар қойларды жеп кетті', 'burn'],
  ['qasqyrlar qoilardy jep ketti', 'burn'],
  ['қырыққа жуық қой өлді', 'disease:measles'],
  // "от қойып" lost "от" (a filler word), leaving "қойып" (put): a price set, a limit put, was arson.
  ['баға қойып жатыр', 'burn'],
  ['şemonaiha bidai alqaptaryn jep qoiypty', 'burn'],
  // Turkey the country is not the Turkish people (a Meskhetian Turk claim is another claim).
  ['рабочие из Турции', 'ethnic:turk'],
  // Travel visas are not the card network.
  ['визу отменят для граждан Китая', 'brand:visa'],
  ['visa-free travel to China', 'brand:visa'],
  // Carrying cargo ("жүк тасып") is no flood; a beetle (жук) and pregnancy (жүкті) are no freight.
  ['жүк тасып жүрген ағам', 'hazard:flood'],
  ['жүкті әйел', 'load:freight'],
  ['колорадский жук', 'load:freight'],
  // "арық" alone is thin, "арықтау" losing weight: only the ditch's forms are irrigation.
  ['арық адам', 'utility:irrigation'],
  ['арықтап кетті', 'utility:irrigation'],
  // "sowing" is "snowing" less a letter.
  ['right before sowing', 'hazard:storm'],
  // "күнделікті" is "daily" (and one letter from the genitive "күнделіктің"); "электрондық күнделік" any e-diary.
  ['күнделікті өмір', 'platform:kundelik'],
  ['kündelıktı jūmys', 'platform:kundelik'],
  ['Білімал электрондық күнделігі', 'platform:kundelik'],
  // A library is no Bible; a team (құрама) no Quran; community elders (aksakals) are no pensioners.
  ['в городской библиотеке', 'faith:christian'],
  ['құрама команда жеңді', 'faith:muslim'],
  ['ақсақалдар айтты', 'group:pensioners'],
  ['старейшины решили', 'group:pensioners'],
  // Session 32: rain falling is no closure; "тоннадан" (from tonnes) no robbing ("тонады"); "көрінеді"
  // (it seems) no measles; a roof is no rat, a shop no hay, Kabanbay batyr no boar, a rights claim
  // no driving licence only when it says "права человека"… (that one it still reads: see RESULTS 1zb).
  ['жаңбыр жауып тұр', 'close'],
  ['екі тоннадан ғана', 'theft'],
  ['сатып жіберген көрінеді', 'disease:measles'],
  ['крыша протекает', 'rodents'],
  ['крышу снесло', 'rodents'],
  ['the shop is closed', 'goods:fodder'],
  ['Қабанбай батыр көшесі', 'boars'],
  ['орамал тағып', 'bale'],
  ['ауыл шаруашылығы министрлігі', 'farmers'],
  // Session 37: what the completed contrast classes' new stems first misread (RESULTS 2l), kept right.
  // The reader takes members of seven letters or more with a letter missing or one too many, so a stem
  // one letter from an ordinary word reads it: "таблиғи" is "табиғи" (natural) with a letter more,
  // "черкес*" one short is "чересчур", "пошлин" "пошли", "инсульте" "insulted", "памперс" "papers".
  ['табиғи газ бағасы', 'faith:tablighi'],
  ['это чересчур дорого', 'ethnic:circassian'],
  ['все пошли на митинг', 'payment:duty'],
  ['he insulted the akim', 'disease:stroke'],
  ['the papers say so', 'goods:diapers'],
  ['Папа Франциск сказал', 'ethnic:french'],
  ['маляры бастуют', 'disease:malaria'],
  ['маляр упал', 'disease:malaria'],
  ['отрицать бесполезно', 'worms'],
  ['лишают пенсии', 'disease:ringworm'],
  ['жұмысы жоқ', 'group:unemployed'],
  ['қолбасшы айтты', 'goods:sausage'],
  ['жетімсіз қаражат', 'group:orphans'],
  ['Валентина сказала', 'holiday:valentines-day'],
  ['жариялық керек', 'goods:diapers'],
  ['ең көп адам', 'currency:yen'],
  ['көке айтты', 'brand:coca-cola'],
  ['Айгүл бике', 'transport:bicycle'],
  ['қатер төнді', 'transport:boat'],
  ['оңай емес', 'platform:onay'],
  ['бұл шейін', 'platform:shein'],
  ['street lighting works', 'hazard:thunderstorm'],
  ['Грозный', 'hazard:thunderstorm'],
  ['грозит штраф', 'hazard:thunderstorm'],
  ['лимонад сатады', 'goods:lemons'],
  ['в парковой зоне', 'institution:parking'],
  ['дыңғырлап тұр', 'goods:melon'],
  ['сырдың бойы', 'goods:cheese'],
  ['Сыр өңірі', 'goods:cheese'],
  ['циркуляр пришёл', 'institution:circus'],
  ['интересно', 'platform:pinterest'],
  ['Уголовный кодекс, статья УК', 'institution:national-security'],
  ['Ираклий приехал', 'ethnic:iraqi'],
  ['астральный', 'ethnic:australian'],
  ['голосуй за Великий пост', 'transport:bicycle'],
  ['в парке', 'institution:parking'],
  // A Buddhist temple, a Hindu temple named with "храм", and a cathedral mosque are what they say, not a church.
  ['буддийский храм', 'worship:church'],
  ['храм Кришны', 'worship:church'],
  ['соборная мечеть', 'worship:church'],
  ['аварцы подрались', 'ethnic:dagestani'],
  ['авария на трассе', 'ethnic:avar'],
  ['афганцы вернулись', 'group:veterans'],

];

describe('the seeded lexicon is broad', () => {
  for (const [token, texts] of Object.entries(READ_AS)) {
    it(`reads ${token} in every language`, () => {
      for (const text of texts) expect([...tokens(text)], text).toContain(token);
    });
  }
  for (const [token, texts] of Object.entries(READ_AS_EVERYDAY)) {
    it(`reads ${token} in everyday words and slang`, () => {
      for (const text of texts) expect([...tokens(text)], text).toContain(token);
    });
  }

  it('does not read look-alike words as a member or concept', () => {
    for (const [text, token] of NOT_READ_AS) expect([...tokens(text)], `${text} → ${token}`).not.toContain(token);
    // Tele2 written apart is the operator, not the number 2.
    expect([...tokens('Tele 2 байланысы жоқ')]).toContain('brand:tele2');
    expect([...tokens('Tele 2 байланысы жоқ')]).not.toContain('#2');
  });

  it('keeps members completed from reference lists apart, and the class\'s generic word compatible with each (session 37)', () => {
    const apart: [string, string][] = [
      ['закроют буддийский храм', 'закроют синагогу'],
      ['аварцы подрались', 'лезгины подрались'],
      ['выявили лептоспироз', 'выявили бруцеллез'],
      ['санаторий закроют', 'детский лагерь закроют'],
      ['помидоры подорожали', 'огурцы подорожали'],
      ['Roblox will be blocked', 'Minecraft will be blocked'],
      ['запретят Хэллоуин', 'запретят День святого Валентина'],
      ['многодетным отменят бесплатный проезд', 'инвалидам отменят бесплатный проезд'],
      ['CDEK stops deliveries', 'DHL stops deliveries'],
      ['пошлина на авто вырастет', 'налог на авто вырастет'],
      ['утечка газа в школе', 'выброс хлора в школе'],
    ];
    expectApart(apart);
    const compatible: [string, string][] = [
      ['ғибадатхананы жабады', 'синагоганы жабады'],
      ['the temple will close', 'the Buddhist temple will close'],
      ['ғибадатхананы жабады', 'мешітті жабады'],
      ['the temple will close', 'the church will close'],
      ['аварцы подрались', 'дагестанцы подрались'],
      ['крымские татары', 'татары'],
      ['таблиги задержали', 'мусульман задержали'],
    ];
    expectCompatible(compatible);
  });

  it('keeps new members of a class apart from each other', () => {
    expectApart([
      ['Яндекс такси не работает', 'inDrive не работает'],
      ['закроют медресе', 'закроют мечеть'],
      ['молоко подорожает', 'хлеб подорожает'],
      ['в месяц Рамадан акимат кормит', 'в Великий пост акимат кормит'],
      ['вспышка ящура', 'вспышка сибирской язвы'],
      ['закроют дом культуры', 'закроют школу'],
      ['имамды ұстады', 'задержали пастора'],
    ]);
  });

  it('tells the contrasts fresh5 merged apart, and keeps each broader word compatible (session 31)', () => {
    const apart: [string, string][] = [
      ['zhympityda bolnicada dokturlarga zarplata zhok', 'Жымпиты мектебінде мұғалімдерге жалақы жоқ'],
      ['petropavl migraciya priem zhok', 'Петропавлда салық басқармасы адамдарды қабылдамайды'],
      ['ауылдар он күн ауыз сусыз қалады', 'күріш алқабы он күн суарусыз қалады'],
      ['без питьевой воды десять дней', 'без поливной воды десять дней'],
      ['no drinking water for ten days', 'no irrigation water for ten days'],
      ['шегіртке бидайды жеп кетті', 'бұршақ бидайды жапырып кетті'],
      ['locusts wiped out the wheat', 'hail destroyed the wheat'],
      ['Бақты бекеті жүк көліктерін өткізбейді', 'Бақты бекеті жолаушыларды өткізбейді'],
      ['Бахты закрыли для грузовиков', 'Бахты закрыли для пассажиров'],
      ['freight trains cancelled', 'passenger trains cancelled'],
      ['Visa cards stop working abroad', 'Mastercard cards stop working abroad'],
      ['месхетинские турки подрались', 'рабочие из Турции подрались'],
      // Session 32, fresh7: whom a free ride is for, which scripture, which school platform.
      ['Павлодарда оқушылар трамвайда тегін жүрмейді', 'Павлодарда зейнеткерлер трамвайда тегін жүрмейді'],
      ['школьники больше не ездят бесплатно', 'pensioners lose free tram rides'],
      ['колонияда Құран оқуға тыйым', 'в колонии запретили Библию'],
      ['Kundelik becomes paid', 'Билимал станет платным'],
    ];
    expectApart(apart);
    const compatible: [string, string][] = [
      ['Шиелі ауылдары он күн сусыз', 'ауылдар он күн ауыз сусыз қалады'],
      ['Шиелі он күн сусыз', 'күріш алқабы он күн суарусыз қалады'],
      ['нет холодной воды', 'нет питьевой воды'],
      ['хлебозавод закрыли', 'нан зауыты жабылды'],
      ['завод закрыли', 'хлебозавод закрыли'],
      ['Бахты закрыли до весны', 'Бахты закрыли для грузовиков до весны'],
      ['поезда отменили', 'passenger trains cancelled'],
      ['турки подрались', 'рабочие из Турции подрались'],
      ['ВИЗА карты не работают', 'Visa cards stop working'],
      // Naming both groups agrees with either; the Gospel is every Christian's; an e-diary any platform's.
      ['детям и пенсионерам отменят бесплатный проезд', 'пенсионерам отменят бесплатный проезд'],
      ['отобрали Евангелия', 'Orthodox priest says bibles were taken'],
      ['электронный дневник станет платным', 'Кунделик станет платным'],
    ];
    expectCompatible(compatible);
  });

  it('reads what session 33 found misread: stealing, a pension arriving, rights, a brown bear, any pox, paying more (session 33)', () => {
    const reads: [text: string, token: string, not: string | null][] = [
      // "Ұрлап" is stealing; of children or a girl it is kidnapping — even when a car is how.
      ['телефонымды ұрлап кетті', 'theft', 'kidnap'],
      ['аккаунтты ұрлап кетеді', 'theft', 'kidnap'],
      ['көліктерін ұрлап әкетті', 'theft', 'kidnap'],
      ['ақшаны ұрлап кетті', 'theft', 'kidnap'],
      ['Ақтауда қара машина балаларды ұрлап жатыр', 'kidnap', 'theft'],
      ['Ақтауда қара машина балаларды ұрлап жатыр', 'group:children', null],
      ['qyzdy ūrlap ketıptı', 'kidnap', null],
      // Read as kidnapping even when another word already said theft ("тонап, ұрлап").
      ['Ақтөбеде балаларды тонап, ұрлап жатыр', 'kidnap', 'theft'],
      // A pension or a salary "түседі" (arrives in the account); a price "түседі" (falls).
      ['Қаңтарда зейнетақы 10-ынан кейін түседі', 'payment-transfer', 'direction:price-fall'],
      ['жалақы айдың аяғында ғана түседі', 'payment-transfer', 'direction:price-fall'],
      ['нанның бағасы түседі', 'direction:price-fall', 'payment-transfer'],
      // "Права" alone in a rumour is a licence; human rights are not.
      ['права человека нарушают', 'rights', 'driving-licence'],
      ['нарушают права потребителей', 'rights', 'driving-licence'],
      ['права не дадут без справки', 'driving-licence', null],
      // English "bury" is Russian "бурый" (brown) as a match key.
      ['в Риддере видели бурого медведя', 'bear', 'burial'],
      ['ходил бурый медведь', 'bear', 'burial'],
      ['the victims were buried on Monday', 'burial', null],
      // Paying more is dearer ("pay" alone was a salary).
      ['farmers will pay more for fuel', 'direction:price-rise', 'payment:salary'],
      ['за свет будем платить больше', 'direction:price-rise', null],
      ['оспа говорят', 'disease:pox', 'disease:chickenpox'],
    ];
    for (const [text, token, not] of reads) {
      expect([...tokens(text)], `${text} → ${token}`).toContain(token);
      if (not) expect([...tokens(text)], `${text} ↛ ${not}`).not.toContain(not);
    }
    // Water said of fields, crops or farmers is irrigation water (concepts.ts readWaterForCropsAsIrrigation).
    for (const text of ['Түркістанда күріш егістігіне бір апта су жіберілмейді', 'фермерам перекроют воду на рис', 'Egınge su bermeidı deidı', 'no water for the wheat fields, farmers say']) {
      expect([...tokens(text)], text).toContain('utility:irrigation');
    }
    expect([...tokens('в Актау нет воды неделю')]).not.toContain('utility:irrigation');
    expectApart([
      ['ауылдарға бір апта ауыз су жоқ', 'күріш егістігіне бір апта су жоқ'],
      ['фермерам перекроют воду', 'без питьевой воды неделю'],
    ]);
    expectCompatible([['фермерам перекроют воду', 'поливную воду перекроют']]);
    // Pox alone agrees with chickenpox and with sheep pox, which stay apart from each other.
    expectCompatible([
      ['в школе оспа', 'в школе ветрянка'],
      ['қой шешек', 'оспа овец'],
      ['маканчи овцы оспа', 'қойларға шешек тиіпті'],
    ]);
    expectApart([['ветрянка в садике', 'оспа овец в хозяйстве']]);
  });

  it('tells a highway from the railway and a state from its people, in kk (both scripts), ru and en (session 34)', () => {
    const apart: [string, string][] = [
      // Roads are a transport member: snow closing the highway is not snow stopping the trains.
      ['Талдықорған–Алматы трассасы қар басып жабылды', 'Талдықорған–Алматы пойыздары қар басып тоқтады'],
      ['Taldyqorğan–Almaty tas joly jabyldy', 'Taldyqorğan–Almaty poiyzdary toqtady'],
      ['трассу Талдыкорган–Алматы закрыли из-за снега', 'поезда Талдыкорган–Алматы отменили из-за снега'],
      ['the highway to Almaty is closed by snow', 'trains to Almaty are cancelled because of snow'],
      ['The Taldykorgan to Almaty highway is shut for three days', 'The rail line from Taldykorgan to Almaty is closed for three days'],
      ['Талдықорған жолы жабық, қар басып қалыпты', 'рельсті қар басып қалыпты'],
      ['мост закрыли на ремонт', 'рейсы отменили'],
      // A neighbouring state is where people are sent, not who they are.
      ['каракалпаков выдворят в Узбекистан', 'узбеков выдворят'],
      ['қарақалпақтарды елден шығарып, Өзбекстанға жібереді', 'өзбектерді елден шығарады'],
      ['Qaraqalpaqtardy elden şyğaryp, Özbekstanğa jıberedı', 'özbekterdı elden şyğarady'],
      ['Karakalpaks will be deported to Uzbekistan', 'Uzbeks will be deported'],
      ['таджиков вышлют в Таджикистан', 'киргизов вышлют'],
      // Where people come from is who they are: citizens of one state are not of another.
      ['граждан Таджикистана не пустят торговать на рынке', 'граждан Узбекистана не пустят торговать на рынке'],
      ['Тәжікстаннан келген жұмысшыларды ұстап жатыр', 'Qyrğyzstannan kelgen jūmysşylardy ūstap jatyr'],
      ['workers from Tajikistan detained at the bazaar', 'Kyrgyz workers detained at the bazaar'],
    ];
    expectApart(apart);
    const compatible: [string, string][] = [
      // A road, a highway and a bridge are one; a bus or a taxi is on the road.
      ['трассу закрыли из-за снега', 'дорогу закрыли из-за снега'],
      ['тас жол жабылды', 'the road is closed'],
      ['на трассе перевернулся автобус', 'автобус аударылып кетті'],
      ['трасса закрыта', 'автобусы не ходят'],
      ['узбеков выдворят в Узбекистан', 'узбеков выдворят'],
      ['рабочих из Таджикистана задерживают', 'таджикских рабочих задерживают'],
      ['граждан Узбекистана депортируют', 'узбеков депортируют'],
    ];
    expectCompatible(compatible);
    for (const text of ['выдворят в Узбекистан', 'deported to Uzbekistan', 'елден шығарып, Өзбекстанға жібереді', 'депортируют в Россию']) {
      expect([...tokens(text)].filter((t) => t.startsWith('ethnic:')), text).toEqual([]);
    }
    // Where flights go is what the claim is about.
    expectApart([['Тәжікстанға рейстер тоқтатылады', 'рейсы в Узбекистан отменят']]);
    // A passenger car is the opposite of a lorry at a crossing; "cutting" the price is it falling; "почти" (almost) is no post office.
    expectApart([
      ['Погранпереход закрыли для легковушек до весны', 'погранпереход закрыли для грузовиков до весны'],
      ['переход закрыт для легковых машин', 'бекет жүк көліктерін өткізбейді'],
    ]);
    expect([...tokens('the region is cutting the price of diesel')]).toContain('direction:price-fall');
    expectApart([['the region is cutting the price of diesel', 'diesel will be dearer']]);
    expect([...tokens('воды не будет почти три недели')]).not.toContain('institution:post-office');
    expect([...tokens('почту закроют')]).toContain('institution:post-office');
    // "Тасжол" written as one word is the highway; "X-ға байланысты" is "because of X", no connectivity.
    expect([...tokens('Боранға байланысты Астана – Қарағанды тасжолы жабылды')]).toEqual(expect.arrayContaining(['transport:highway', 'hazard:storm']));
    expect([...tokens('Boranğa bailanysty tasjol jabyldy')]).not.toContain('utility:connectivity');
    expect([...tokens('байланысты өшіреді')]).toContain('utility:connectivity');
    // Buses and taxis stay apart, as before.
    expectApart([['на трассе автобус перевернулся', 'на трассе такси перевернулось']]);
  });

  it('reads cards in the plural and Beineu as no video (session 35)', () => {
    // "карталарын" (their cards) was "қар" (snow) with endings: a storm.
    for (const text of ['Пенсионерлердің карталарын бұғаттайды', 'Zeinetkerlerdiñ kartalaryn būğattaidy', 'карталары жабылады', 'картаға ақша түспейді']) {
      expect([...tokens(text)], text).toContain('cards');
      expect([...tokens(text)], text).not.toContain('hazard:storm');
    }
    expect([...tokens('қалың қар жауды')]).toContain('hazard:storm');
    // "бейне*" (video) took the town of Beineu in every spelling.
    for (const text of ['Бейнеуде су жоқ', 'Beineude su joq', 'Бейнеудегі мешіт']) expect([...tokens(text)], text).not.toContain('video');
    for (const text of ['бейнежазба тарап жатыр', 'бейнені қараңдар', 'бейне тарады', 'видео тарап жатыр']) expect([...tokens(text)], text).toContain('video');
  });

  it('no longer seeds a retired term', () => {
    const seeded = new Set(conceptSeeds.flatMap((c) => (['kk', 'ru', 'en'] as const).flatMap((language) => c[language].map((term) => `${c.id} ${language} ${term}`))));
    expect(retiredConceptTerms.filter((t) => seeded.has(`${t.conceptId} ${t.language} ${t.term}`))).toEqual([]);
  });

  it('gives every concept one id', () => {
    const ids = conceptSeeds.map((c) => c.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });
});

describe('a level, a rate, a count or a price going up or down is read as a direction in every language (session 38)', () => {
  // Forms people write, from the verbs of each language (not from a labelled set).
  const RISING = [
    'Есілдің суы көтеріліп жатыр', 'Esıldıñ suy köterılıp jatyr', 'esildin suy koterilip zhatyr', 'науқастар көбейіп жатыр', 'ауырғандар саны артып жатыр', 'нан бағасы өсіп жатыр',
    'Ишим растёт', 'цены растут', 'вода прибывает', 'уровень воды поднимается',
    'the river is rising', 'cases are increasing', 'temperatures will climb', 'measles cases surge',
  ];
  const FALLING = [
    'Есілдің суы азайып жатыр', 'Esıldıñ suy azaiyp jatyr', 'esildin suy azaiyp zhatyr', 'өзеннің деңгейі төмендеп барады', 'көлдің суы тартылып қалды', 'өзен құрғап жатыр',
    'Ишим мелеет', 'река обмелела', 'река пересыхает', 'вода убывает', 'уровень воды падает', 'цены падают', 'температура опустится',
    'the river is falling', 'the lake is drying up', 'water levels receding', 'cases are decreasing', 'cases are declining', 'the lake is shrinking',
  ];
  it('reads each rising form as a rise and each falling form as a fall', () => {
    for (const text of RISING) expect([...tokens(text)], text).toContain('direction:price-rise');
    for (const text of FALLING) expect([...tokens(text)], text).toContain('direction:price-fall');
    for (const text of [...RISING, ...FALLING]) expect([...tokens(text)].filter((t) => t.startsWith('direction:')), text).toHaveLength(1);
  });

  it('keeps rising and falling apart across languages, and a river in flood apart from one drying up', () => {
    const apart: [string, string][] = [
      ['Есілдің суы көтеріліп жатыр', 'Ишим у Петропавловска мелеет'],
      ['Esıldıñ suy azaiyp jatyr', 'the Ishim is rising'],
      ['Сырдария тасып жатыр', 'Сырдарияның суы тартылып қалды'],
      ['Сырдарья разлилась', 'the Syr Darya is drying up'],
      ['случаев кори становится больше, заболеваемость растёт', 'measles cases are decreasing'],
    ];
    expectApart(apart);
    // A flood receding names both ways, and agrees with either.
    expectCompatible([
      ['паводок: вода в Ишиме убывает', 'Есіл тасып жатыр'],
      ['паводок: вода в Ишиме убывает', 'Ишим мелеет'],
    ]);
  });
});

describe('a lake, a sea or a reservoir rises and falls as a river does (session 40)', () => {
  // The language's verbs of a water level, which mean other things elsewhere (held to account, arrived, left, lost):
  // read only where the text names a body of water or its level, or measures the change itself.
  const RISING = [
    'Алакөлдің суы толды, жағажай су астында', 'Қапшағай су қоймасы толып кетті', 'alakol koli eki metrge toldy',
    'Озеро Алаколь прибыло на полметра', 'Капчагай прибыл на метр за весну',
    'Alakol up half a metre this spring', 'the reservoir is swollen after the rains',
  ];
  const FALLING = [
    'Алакөлдің суы жарты метрге тартылыпты', 'Kaspii teñızı bır metrge tartylypty', 'су қоймасының деңгейі тартылып қалды',
    'Алаколь на полметра ушёл за лето', 'вода в водохранилище ушла, берег ушёл на двадцать метров', 'Каспийское море отступило от берега',
    'Alakol has lost half a metre of water', 'the reservoir is down two metres',
  ];
  it('reads each rising form as a rise and each falling form as a fall, and nothing else as either', () => {
    for (const text of RISING) expect([...tokens(text)].filter((t) => t.startsWith('direction:')), text).toEqual(['direction:price-rise']);
    for (const text of FALLING) expect([...tokens(text)].filter((t) => t.startsWith('direction:')), text).toEqual(['direction:price-fall']);
  });

  it('keeps the same verbs of no level as no direction', () => {
    const NO_LEVEL = [
      'ол қылмыстық жауапкершілікке тартылды', 'поезд прибыл на станцию с опозданием', 'директор ушёл с работы, все ушли домой',
      'we lost the match', 'провал метра три глубиной, машина ушла в него полностью', 'өтініш толтырылды, анкета толды', 'Alakol beach is full of tourists',
      'ауруханадағы бөлім толып қалған, адамдар арықтың суын ішіп жүр',
    ];
    for (const text of NO_LEVEL) expect([...tokens(text)].filter((t) => t.startsWith('direction:')), text).toEqual([]);
  });

  it('keeps a lake rising apart from the same lake falling across languages and scripts', () => {
    expectApart([
      ['Алакөлдің суы толды', 'Озеро Алаколь на метр ушло'],
      ['alakol koli bir metrge tartylypty', 'Алаколь прибыл на метр'],
      ['Alakol up a metre', 'Alakol has lost a metre of water'],
      ['Капчагайское водохранилище прибыло на метр', 'Қапшағай су қоймасы тартылып қалды'],
    ]);
    expectCompatible([
      ['Алакөлдің суы толды', 'Alakol up a metre'],
      ['Алаколь на метр ушёл', 'Alakol has lost a metre of water'],
    ]);
  });
});

describe('words read by how the language uses them: a people\'s church, a vessel, a station, a level, carrying off (session 41)', () => {
  const has = (text: string, token: string) => tokens(text).has(token);

  it('reads the Germans\' church as a western church (Lutheran or Catholic) and the Russians\' as Orthodox', () => {
    for (const text of ['немістер шіркеуі өртенді', 'Щучьеде неміс шіркеуінің төбесін ұрлады', 'nemisterdin shirkeuin tonap ketti', 'у немецкой церкви украли крышу', 'the German church was burgled']) expect(has(text, 'worship:western-church'), text).toBe(true);
    for (const text of ['орыс соборы өртенді', 'орыстардың шіркеуінде пышақ', 'orys soboryna bomba', 'русский собор подожгли', 'в русском храме драка', 'the Russian cathedral was set on fire']) expect(has(text, 'worship:orthodox-church'), text).toBe(true);
    expect(has('поляктардың шіркеуі жабылады', 'worship:catholic-church')).toBe(true);
    expect(has('польский костёл закрыли', 'worship:catholic-church')).toBe(true);
  });

  it('keeps a western church apart from an Orthodox one, and compatible with the Lutheran or the Catholic one, in either order', () => {
    expectApart([
      ['немістер шіркеуі өртенді', 'орыс соборы өртенді'],
      ['nemis shirkeuin tonap ketti', 'русскую церковь обокрали'],
      ['немецкую церковь ограбили', 'православный храм ограбили'],
      ['the German church was robbed', 'the Russian Orthodox church was robbed'],
      ['немецкая церковь сгорела', 'батюшка сказал, что храм сгорел'],
      // Two western churches are still two: the Lutheran kirk is not the Catholic church.
      ['лютеранская кирха сгорела', 'католический костёл сгорел'],
      ['немецкая церковь сгорела', 'мешіт өртенді'],
    ]);
    expectCompatible([
      ['немістердің шіркеуі өртенді', 'лютеранская кирха сгорела'],
      ['немецкая церковь сгорела', 'Catholic church burned'],
      ['German church burned', 'храм сгорел'],
      ['орыс соборы өртенді', 'православный собор сгорел'],
    ]);
  });

  it('reads Russian "суда" as vessels where water is named and as the court otherwise; Kazakh "суда" is in the water', () => {
    for (const text of ['На Каспии суда не выходят в море', 'рыболовецкие суда стоят у причала', 'в порту застряли суда', 'грузовые суда не пропускают', 'на реке суда сели на мель', 'судно затонуло', 'the ship sank', 'кеме батып кетті']) {
      expect(has(text, 'transport:vessel'), text).toBe(true);
      expect(has(text, 'institution:court'), text).toBe(false);
    }
    for (const text of ['решение суда отменили', 'Аральск без суда остаётся', 'здание суда закрыли', 'в зале суда драка', 'до суда дело не дошло']) {
      expect(has(text, 'institution:court'), text).toBe(true);
      expect(has(text, 'transport:vessel'), text).toBe(false);
    }
    for (const text of ['балалар суда батып кетті', 'жағалау суда қалды']) expect([has(text, 'institution:court'), has(text, 'transport:vessel')], text).toEqual([false, false]);
    // A boat and a ferry are vessels; a vessel is no court.
    expectCompatible([['На Каспии суда не выходят в море', 'паром не выходит в море'], ['суда стоят в порту', 'лодки стоят в порту']]);
  });

  it('reads a station whose kind is named as no railway station, and a bare or railway one as the railway\'s', () => {
    for (const text of ['вода аж к лодочной станции подошла', 'насосная станция сломалась', 'Narynkol fire station closing?', 'the ambulance station is shutting', 'станция скорой помощи закрывается', 'на станции метро давка']) expect(has(text, 'institution:railway-station'), text).toBe(false);
    for (const text of ['на станции закрыли кассу', 'ж/д станция закрыта', 'на железнодорожной станции давка', 'ближайшая станция закрыта', 'закрыли станцию', 'Toretam station closing', 'the station closes next week', 'railway station closed']) expect(has(text, 'institution:railway-station'), text).toBe(true);
    // A fire station and an ambulance station are two institutions; their people are no member of a class.
    for (const text of ['Нарынқолдағы өрт сөндіру бөлімін жабады', 'ört söndıru bölımı jabylady', 'закрывают пожарную часть', 'пожарку закрывают', 'Narynkol fire station closing']) expect(has(text, 'institution:fire-station'), text).toBe(true);
    for (const text of ['жедел жәрдем бекеті жабылады', 'jedel järdem beketı jabylady', 'закрывают подстанцию скорой помощи', 'the ambulance station is shutting']) expect(has(text, 'institution:ambulance-station'), text).toBe(true);
    for (const text of ['пожарные потушили школу', 'скорая увезла троих', 'өрт сөндірушілер келді', 'paramedics arrived']) expect([has(text, 'institution:fire-station'), has(text, 'institution:ambulance-station')], text).toEqual([false, false]);
    expectApart([
      ['Нарынқолдағы өрт сөндіру бөлімін жабады', 'В Нарынколе закрывают подстанцию скорой помощи'],
      ['Narynkol fire station closing', 'Naryñqolda jedel järdem beketı jabylady'],
      ['пожарную часть закрывают', 'the ambulance station is shutting'],
      ['закрывают пожарную часть', 'закрывают железнодорожную станцию'],
    ]);
    expectCompatible([['Нарынқолдағы өрт сөндіру бөлімін жабады', 'пожарные говорят, что их часть закроют'], ['подстанцию скорой помощи закрывают', 'скорая больше не приедет']]);
  });

  it('reads "level" as no dam and "levee" as one', () => {
    expect(has('The level of Lake Balkhash dropped by a metre', 'dam')).toBe(false);
    expect(has('the water level is rising', 'dam')).toBe(false);
    expect(has('the levee broke', 'dam')).toBe(true);
    expect(has('levees are weak', 'dam')).toBe(true);
  });

  it('reads Kazakh "алып кетті" / "әкетті" (carried off) as an arrest only when the police or a detaining body take', () => {
    for (const text of ['ящигін алып кеткен', 'рудныйда лютеран шіркеуінен ақша жәшігін алып кеткен', 'көпірді мұз алып кетті', 'скорая алып кетті', 'ата-аналар балаларын үйге алып кетіп жатыр', 'счетчикин алып кетип жатыр', 'мыс төбесін ұрылар сыпырып әкетіпті']) expect(has(text, 'arrest'), text).toBe(false);
    for (const text of ['полиция жігітті алып кетті', 'баптистерді полиция алып кетті', 'taldykorganda baptisterdi policia alyp ketipti', 'täjık jūmysşylaryn polisia alyp ketıp jatyr', 'уағызшыларын полиция ұстап әкетті', 'балаларды ұстап әкетті']) expect(has(text, 'arrest'), text).toBe(true);
  });
});
