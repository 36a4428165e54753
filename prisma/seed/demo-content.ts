// Demonstration rumours, reports, evidence, verdicts and notices, re-creating the real cases in
// demo-cases.md as if they were happening now (all times are relative to the moment of seeding).
// Rules: everything is marked as demonstration data, no private person is named, claims are
// worded as what people said, and no ethnic group is named or insulted — reporters speak of
// "another nationality/community", as frightened people do, without the seed taking sides.
import { indexNoticeTranslations } from '../../server/notices/notice-search-fields';
import { riskTermsIn } from '../../server/rumors/risk-terms';
import { randomUUID } from 'node:crypto';
import type { Prisma } from '../../server/db/generated/client';
import type {
  EvidenceStance,
  HeardVia,
  Language,
  PriorityLevel,
  RumorStatus,
  Verdict,
  VerificationAnswer,
} from '../../server/db/generated/enums';
import { detectLanguage, generateTrackingCode, normalizeReportText, toMatchKey } from '../../server/text';

type Tx = Prisma.TransactionClient;
export type DemoStaffKey = 'admin' | 'mangystau' | 'turkistan' | 'verifier' | 'hotline';

/** Response deadlines in hours, the defaults of the `priority.deadlines` setting. */
export const PRIORITY_DEADLINE_HOURS: Readonly<Record<PriorityLevel, number>> = {
  CRITICAL: 2,
  HIGH: 12,
  NORMAL: 72,
  LOW: 168,
};

/**
 * Appended to every demo claim and report text so that no screen shows them unmarked — in the text's
 * own script, as a person writing it would mark it: "(демо)" in Kazakh and Russian, "(demo)" in
 * English and Latin-script Kazakh. A bracketed English tag read as a stray code on every Cyrillic page.
 */
function withDemoMark(text: string): string {
  return `${text} ${detectLanguage(text).script === 'cyrl' ? '(демо)' : '(demo)'}`;
}

interface DemoReport {
  /** receivedAt = seed time − hoursAgo. */
  hoursAgo: number;
  channel: 'WEB' | 'SMS' | 'TELEGRAM';
  heardVia: HeardVia;
  /** English name of a seeded settlement. */
  settlement?: string;
  /** What the reporter typed when it is not a seeded settlement. */
  settlementText?: string;
  /** Only needed when there is no settlement. */
  regionCode?: string;
  text: string;
}

interface NoticeText {
  title: string;
  summary: string;
  body: string;
  whatToDo: string;
  smsText: string;
}

interface DemoEvidence {
  source: string; // sourceSeeds key
  stance: EvidenceStance;
  excerpt: string;
  hoursAgo: number;
  isPublic: boolean;
  by: DemoStaffKey;
}

interface DemoDraft {
  verdict: Verdict;
  rationale: string;
  by: DemoStaffKey;
  hoursAgo: number;
  /** Present when the admin has approved it. */
  review?: { comment: string; hoursAgo: number };
}

interface DemoVerificationRequest {
  question: string;
  settlement?: string;
  assignee?: DemoStaffKey;
  source?: string;
  requestedBy: DemoStaffKey;
  hoursAgo: number;
  dueInHours: number;
  answer?: { answer: VerificationAnswer; note: string; hoursAgo: number; evidence?: { stance: EvidenceStance; source?: string } };
}

interface DemoRumor {
  claim: string;
  status: RumorStatus;
  priorityScore: number;
  priorityLevel: PriorityLevel;
  highRisk: boolean;
  assignee?: DemoStaffKey;
  reports: DemoReport[];
  evidence?: DemoEvidence[];
  drafts?: DemoDraft[];
  verificationRequests?: DemoVerificationRequest[];
  comments?: { by: DemoStaffKey; body: string; hoursAgo: number }[];
  notice?: {
    slug: string;
    verdict: Exclude<Verdict, 'CHECKING'>;
    urgency: 'NORMAL' | 'URGENT';
    publishedHoursAgo: number;
    publishedBy: DemoStaffKey;
    translations: Record<Language, NoticeText>;
  };
}

// ------------------------------------------------------------------------------------------
// 1. Seifullina, Turkistan Region (2016): child-assault claim not confirmed by forensics.
const seifullina: DemoRumor = {
  claim: 'Утверждение, что в селе Сейфуллина ребёнок подвергся сексуальному насилию со стороны мужчины из другой этнической общины',
  status: 'PUBLISHED',
  priorityScore: 96,
  priorityLevel: 'CRITICAL',
  highRisk: true,
  assignee: 'turkistan',
  reports: [
    { hoursAgo: 70, channel: 'WEB', heardVia: 'WHATSAPP', settlement: 'Seifullina',
      text: 'В Сейфуллина говорят изнасиловали девочку, это сделал какой-то не местный, другой нации. Мужики собираются ехать туда. Это правда?? страшно' },
    { hoursAgo: 69.5, channel: 'SMS', heardVia: 'PHONE_CALL', settlement: 'Seifullina',
      text: 'Сейфуллин ауылында кішкентай қызды басқа ұлттың жігіті зорлапты дейді. Рас па? Ауылда адамдар жиналып жатыр' },
    { hoursAgo: 68.7, channel: 'TELEGRAM', heardVia: 'WHATSAPP', settlementText: 'Maktaaral audany', regionCode: 'KZ-61',
      text: 'Seifullinde bala zorlandy dep jatyr, basqa ulttyn adamy deidi. Korshi auyldan jigitter ketip barady. Ras pa osy?' },
    { hoursAgo: 67.2, channel: 'TELEGRAM', heardVia: 'TELEGRAM', settlement: 'Shymkent',
      text: 'В телеграм-канале пишут что в Мактааральском районе ребёнка изнасиловал мужчина из другой общины и полиция его прячет. Люди едут в село. Скажите правду пожалуйста' },
    { hoursAgo: 66.4, channel: 'SMS', heardVia: 'WORD_OF_MOUTH', settlement: 'Seifullina',
      text: 'сосед сказал в сейфулино ребенка изнасиловали. толпа у акимата. что происходит' },
    { hoursAgo: 64, channel: 'WEB', heardVia: 'FACEBOOK', settlement: 'Turkistan',
      text: 'A Facebook post says a little girl was raped in Seifullina village by a man from another ethnic group and that people from nearby villages are going there tonight. Is this confirmed?' },
    { hoursAgo: 62.5, channel: 'WEB', heardVia: 'WHATSAPP', settlement: 'Seifullina',
      text: 'Ватсапта аудио тарап жатыр: Сейфуллинде балаға зорлық жасалған, кінәлі басқа ұлт өкілі дейді. Ата-аналар балаларын мектепке жібермей отыр. Шын ба?' },
    { hoursAgo: 60, channel: 'TELEGRAM', heardVia: 'TELEGRAM', settlement: 'Turkistan',
      text: 'Пишут что около 50 человек из соседних сёл пытаются зайти в Сейфуллина. Из-за слухов про ребёнка. Это правда? Нас тоже позовут?' },
    { hoursAgo: 49, channel: 'SMS', heardVia: 'WHATSAPP', settlement: 'Seifullina',
      text: 'Seifullin auylyndagy bala turaly habar jalgan dep jatyr, biraq whatsappta ali de taratyp jatyr. Qaisysy ras?' },
    { hoursAgo: 40, channel: 'TELEGRAM', heardVia: 'TELEGRAM',
      text: 'Still getting forwards about the Seifullina child assault. Someone said the forensic exam did not confirm it. Is there an official notice?' },
  ],
  evidence: [
    { source: 'turkistanAkimat', stance: 'REFUTES', hoursAgo: 53, isPublic: true, by: 'turkistan',
      excerpt: 'Аким области на встрече с жителями сообщил: судебно-медицинская экспертиза не подтвердила факт сексуального насилия в отношении ребёнка. (Демонстрационные данные.)' },
    { source: 'turkistanAccordCouncil', stance: 'CONTEXT', hoursAgo: 58, isPublic: false, by: 'turkistan',
      excerpt: 'Председатель совета и аксакалы выехали в село; около 50 человек из соседних сёл остановлены полицией у въезда. (Демонстрационные данные.)' },
  ],
  drafts: [
    { verdict: 'FALSE', by: 'turkistan', hoursAgo: 52.7,
      rationale: 'Демо. Судебно-медицинская экспертиза не подтвердила утверждение (заявление акима области, источник 4/5). Совет общественного согласия подтверждает, что в село пытались войти люди из соседних сёл — риск насилия высокий, публикуем срочно.',
      review: { comment: 'Демо. Согласовано: вывод опирается на официальный результат экспертизы; формулировки не называют ничью национальность.', hoursAgo: 52.2 } },
  ],
  notice: {
    slug: 'seifullina-forensic-examination-2016-demo',
    verdict: 'FALSE',
    urgency: 'URGENT',
    publishedHoursAgo: 52,
    publishedBy: 'turkistan',
    translations: {
      en: {
        title: 'Claim that a child was raped in Seifullina village by a man from another community (demo)',
        summary: 'The forensic medical examination did not confirm the claim; the regional akim has announced the result. Do not forward the messages and do not go to the village.',
        body: [
          'Demonstration data. This notice re-creates the 2016 case in Seifullina, Maktaaral district, as if it were happening now.',
          'Messages in WhatsApp and Telegram say that a child in Seifullina was raped by a man from another community, and call on people from nearby villages to go there. About 50 people have already tried to enter the village.',
          '**What is established:** the forensic medical examination did not confirm the claim. The regional akim announced the result to residents; police are keeping order in the village.',
          'No one may be blamed for a crime because of their ethnicity. Calls to gather are what turn a rumour into violence.',
        ].join('\n\n'),
        whatToDo: 'Do not share the claim; do not go to the village. If someone sends it to you, reply with a link to this notice. Report new messages through Raspa.',
        smsText: 'DEMO. Raspa: the claim that a child was raped in Seifullina is FALSE, forensics did not confirm it. Do not forward it or go to the village.',
      },
      ru: {
        title: 'Утверждение, что в селе Сейфуллина ребёнка изнасиловал мужчина из другой общины (демо)',
        summary: 'Судебно-медицинская экспертиза не подтвердила это утверждение; результат объявил аким области. Не пересылайте сообщения и не езжайте в село.',
        body: [
          'Демонстрационные данные. Это уведомление воспроизводит случай 2016 года в селе Сейфуллина Мактааральского района так, как если бы он происходил сейчас.',
          'В WhatsApp и Telegram пишут, что в Сейфуллина ребёнка изнасиловал мужчина из другой общины, и призывают жителей соседних сёл ехать туда. Около 50 человек уже пытались войти в село.',
          '**Что установлено:** судебно-медицинская экспертиза не подтвердила это утверждение. Аким области объявил результат жителям; порядок в селе обеспечивает полиция.',
          'Никого нельзя обвинять в преступлении из-за его национальности. Именно призывы собраться превращают слух в насилие.',
        ].join('\n\n'),
        whatToDo: 'Не распространяйте это утверждение и не езжайте в село. Если вам его прислали, ответьте ссылкой на это уведомление. О новых сообщениях сообщайте через Raspa.',
        smsText: 'ДЕМО. Слух об изнасиловании ребёнка в Сейфуллина — ЛОЖЬ',
      },
      kk: {
        title: 'Сейфуллин ауылында баланы басқа қауымдастықтың ер адамы зорлады деген ақпарат (демо)',
        summary: 'Сот-медициналық сараптама бұл ақпаратты растамады; нәтижесін облыс әкімі жариялады. Хабарламаларды таратпаңыз және ауылға бармаңыз.',
        body: [
          'Демонстрациялық деректер. Бұл хабарлама Мақтаарал ауданындағы Сейфуллин ауылында 2016 жылы болған оқиғаны дәл қазір болып жатқандай етіп қайталайды.',
          'WhatsApp пен Telegram-да Сейфуллин ауылында баланы басқа қауымдастықтың ер адамы зорлады деп жазып, көрші ауылдардың тұрғындарын сонда баруға шақырып жатыр. 50-ге жуық адам ауылға кіруге әрекет жасады.',
          '**Не анықталды:** сот-медициналық сараптама бұл ақпаратты растамады. Облыс әкімі нәтижені тұрғындарға жариялады; ауылдағы тәртіпті полиция қамтамасыз етіп отыр.',
          'Ешкімді ұлтына қарап қылмысқа айыптауға болмайды. Сыбысты зорлық-зомбылыққа айналдыратын — жиналуға шақыру.',
        ].join('\n\n'),
        whatToDo: 'Бұл ақпаратты таратпаңыз және ауылға бармаңыз. Біреу жіберсе, осы хабарламаның сілтемесімен жауап беріңіз. Жаңа хабарламалар туралы Raspa арқылы хабарлаңыз.',
        smsText: 'ДЕМО. Сейфуллинде бала зорланды деген ақпарат ЖАЛҒАН',
      },
    },
  },
};

// 2. Zhanaozen (2011): death-toll claims vs the official figure.
const zhanaozenDeathToll: DemoRumor = {
  claim: 'Утверждение, что в Жанаозене погибли десятки человек (называют 70), намного больше официальных данных',
  status: 'PUBLISHED',
  priorityScore: 74,
  priorityLevel: 'HIGH',
  highRisk: true,
  assignee: 'mangystau',
  reports: [
    { hoursAgo: 71.5, channel: 'SMS', heardVia: 'PHONE_CALL', settlement: 'Zhanaozen',
      text: 'В Жанаозене стреляли на площади, говорят десятки убитых. Связи нет, пишу по смс. Сколько погибших на самом деле?' },
    { hoursAgo: 70.8, channel: 'SMS', heardVia: 'PHONE_CALL', settlement: 'Aktau',
      text: 'Жаңаөзенде 70 адам қаза болды дейді. Интернет жоқ. Туыстарым сонда тұрады, рас па?' },
    { hoursAgo: 69.6, channel: 'WEB', heardVia: 'WORD_OF_MOUTH', settlement: 'Aktau',
      text: 'Говорят, в Новом Узене убили человек 70, тела увозят ночью. Официально говорят 10. Кому верить?' },
    { hoursAgo: 68.1, channel: 'TELEGRAM', heardVia: 'TELEGRAM', settlement: 'Zhanaozen',
      text: 'Janaozende ondagan adam olipti dep video taratyp jatyr. Resmi 10 dep otyr. Ras pa?' },
    { hoursAgo: 66.3, channel: 'WEB', heardVia: 'OTHER', regionCode: 'KZ-47',
      text: 'Social media says dozens dead in Zhanaozen, "at least 70". Prosecutors say 10. Has anyone verified the number?' },
    { hoursAgo: 64.2, channel: 'SMS', heardVia: 'WORD_OF_MOUTH', settlement: 'Zhanaozen',
      text: 'в больнице жанаозена говорят очень много раненых и убитых больше 50. правда или нет' },
    { hoursAgo: 60.4, channel: 'WEB', heardVia: 'WHATSAPP', settlement: 'Aktau',
      text: 'Жаңаөзендегі оқиғада ондаған адам өлді деген аудио тарап жүр. Ресми сан басқа. Қайсысы дұрыс?' },
    { hoursAgo: 55, channel: 'TELEGRAM', heardVia: 'PHONE_CALL', settlement: 'Shetpe',
      text: 'У нас в Шетпе говорят в Жанаозене убитых уже сотня. Это правда? Страшно за родных' },
    { hoursAgo: 47.5, channel: 'WEB', heardVia: 'TV_RADIO', settlement: 'Aktau',
      text: 'Прокуратура теперь говорит 14 погибших, а люди говорят 70. Где правда?' },
    { hoursAgo: 36, channel: 'TELEGRAM', heardVia: 'PHONE_CALL', regionCode: 'KZ-47',
      text: 'Relatives in Zhanaozen say the hospitals are full and the real death toll is being hidden. Is the official figure of 14 correct?' },
    { hoursAgo: 20, channel: 'SMS', heardVia: 'WORD_OF_MOUTH', settlement: 'Zhanaozen',
      text: 'Janaozen 14 adam dep jatyr, al halyq 70 deidi. Qaisysy ras?' },
    { hoursAgo: 6, channel: 'WEB', heardVia: 'WHATSAPP', settlement: 'Zhanaozen',
      text: 'До сих пор пересылают список «70 погибших» с фамилиями. Есть ли проверенные данные?' },
  ],
  evidence: [
    { source: 'prosecutorGeneral', stance: 'CONTEXT', hoursAgo: 42, isPublic: true, by: 'mangystau',
      excerpt: 'Генеральная прокуратура: в результате беспорядков в Жанаозене погибли 14 человек (ранее сообщалось о 10). Слухи о массовых жертвах ведомство называет дезинформацией; независимых данных нет. (Демонстрационные данные.)' },
    { source: 'zhanaozenElders', stance: 'CONTEXT', hoursAgo: 44, isPublic: false, by: 'mangystau',
      excerpt: 'Аксакалы знают о погибших в нескольких микрорайонах, но общего списка ни у кого нет; связь в городе отключена. (Демонстрационные данные.)' },
  ],
  drafts: [
    { verdict: 'UNVERIFIED', by: 'mangystau', hoursAgo: 30.8,
      rationale: 'Демо. Официальная цифра уже менялась (10 → 14); источники очевидцев (аксакалы, местные СМИ) говорят о большем числе, но без проверяемых данных. Ни подтвердить, ни опровергнуть 70 мы не можем — вердикт «не подтверждено», с обещанием обновить.',
      review: { comment: 'Демо. Согласовано. Не писать «ложь»: официальные данные сами пересматривались.', hoursAgo: 30.2 } },
  ],
  notice: {
    slug: 'zhanaozen-death-toll-2011-demo',
    verdict: 'UNVERIFIED',
    urgency: 'NORMAL',
    publishedHoursAgo: 30,
    publishedBy: 'mangystau',
    translations: {
      en: {
        title: 'Claim that dozens of people, as many as 70, were killed in Zhanaozen (demo)',
        summary: 'Officials first reported 10 dead, then 14. Eyewitness posts speak of dozens or 70. No independent source has confirmed the higher figures yet, and none has disproved them.',
        body: [
          'Demonstration data. This notice re-creates the December 2011 events in Zhanaozen as if they were happening now.',
          "After the violence on the central square, posts and phone calls say that dozens of people, or 70, were killed. The Prosecutor General's Office first reported 10 dead and has since revised the figure to 14.",
          '**What we can say:** mobile communications and the internet in the city are cut, so accounts cannot be checked quickly. No source available to us has confirmed the higher figures, and none has disproved them. The official figure has already changed once.',
          'We will update this notice when hospitals, the akimat or independent observers give figures that can be checked.',
        ].join('\n\n'),
        whatToDo: "Do not share the claim or unverified lists of names; if you are looking for a relative, call the akimat's hotline or go to the hospital in person. Send us what you saw yourself through Raspa.",
        smsText: 'DEMO. Raspa: death toll in Zhanaozen UNVERIFIED. Official figure 14 (first 10); higher figures not confirmed. Do not share lists of names.',
      },
      ru: {
        title: 'Утверждение, что в Жанаозене погибли десятки человек, вплоть до 70 (демо)',
        summary: 'Генеральная прокуратура сначала сообщила о 10 погибших, затем — о 14. Очевидцы говорят о десятках или о 70. Более высокие цифры пока никто независимо не подтвердил и не опроверг.',
        body: [
          'Демонстрационные данные. Это уведомление воспроизводит события декабря 2011 года в Жанаозене так, как если бы они происходили сейчас.',
          'После столкновений на центральной площади в соцсетях и по телефону передают, что погибли десятки человек, называют число 70. Генеральная прокуратура сначала сообщила о 10 погибших, затем уточнила число до 14.',
          '**Что мы можем сказать:** мобильная связь и интернет в городе отключены, поэтому быстро проверить сообщения невозможно. Ни один доступный нам источник не подтвердил и не опроверг более высокие цифры. Официальное число уже менялось один раз.',
          'Мы обновим это уведомление, когда больницы, акимат или независимые наблюдатели дадут данные, которые можно проверить.',
        ].join('\n\n'),
        whatToDo: 'Не распространяйте это утверждение и непроверенные списки имён. Если ищете родственника, звоните на горячую линию акимата или приходите в больницу лично. Присылайте в Raspa то, что видели сами.',
        smsText: 'ДЕМО. Число погибших в Жанаозене НЕ ПОДТВЕРЖДЕНО. Офиц.: 14',
      },
      kk: {
        title: 'Жаңаөзенде ондаған, тіпті 70 адам қаза болды деген ақпарат (демо)',
        summary: 'Бас прокуратура алдымен 10 адам қаза болғанын хабарлады, кейін бұл санды 14-ке өзгертті. Куәгерлер ондаған, тіпті 70 адам туралы айтады. Жоғары сандарды әзірге ешкім тәуелсіз растаған да, жоққа шығарған да жоқ.',
        body: [
          'Демонстрациялық деректер. Бұл хабарлама 2011 жылғы желтоқсанда Жаңаөзенде болған оқиғаларды дәл қазір болып жатқандай етіп қайталайды.',
          'Орталық алаңдағы қақтығыстан кейін әлеуметтік желілерде және телефон арқылы ондаған, тіпті 70 адам қаза болды деген хабар тарап жатыр. Бас прокуратура алдымен 10 адам қаза болғанын хабарлады, кейін бұл санды 14-ке өзгертті.',
          '**Не айта аламыз:** қалада ұялы байланыс пен интернет өшірілген, сондықтан хабарларды тез тексеру мүмкін емес. Бізге қолжетімді ешбір дереккөз жоғары сандарды растаған да, жоққа шығарған да жоқ. Ресми сан бір рет өзгерді.',
          'Ауруханалар, әкімдік немесе тәуелсіз бақылаушылар тексеруге болатын дерек бергенде, бұл хабарламаны жаңартамыз.',
        ].join('\n\n'),
        whatToDo: 'Бұл ақпаратты және тексерілмеген есімдер тізімін таратпаңыз. Туысыңызды іздесеңіз, әкімдіктің жедел желісіне қоңырау шалыңыз немесе ауруханаға өзіңіз барыңыз. Өз көзіңізбен көргеніңізді Raspa арқылы жіберіңіз.',
        smsText: 'ДЕМО. Жаңаөзендегі қаза болғандар саны РАСТАЛМАҒАН. Ресми: 14',
      },
    },
  },
};

// 3. Zhanaozen (2011): "a police vehicle deliberately drove into the crowd" — not corroborated.
const zhanaozenPoliceVehicle: DemoRumor = {
  claim: 'Утверждение, что в Жанаозене полицейская машина намеренно въехала в толпу',
  status: 'INVESTIGATING',
  priorityScore: 66,
  priorityLevel: 'HIGH',
  highRisk: false,
  assignee: 'mangystau',
  reports: [
    { hoursAgo: 60.2, channel: 'TELEGRAM', heardVia: 'TELEGRAM', settlement: 'Zhanaozen',
      text: 'Видела видео, полицейская машина специально заехала в толпу на площади. Людей сбила. Это правда?' },
    { hoursAgo: 58.3, channel: 'WEB', heardVia: 'WORD_OF_MOUTH', settlement: 'Zhanaozen',
      text: 'Полиция көлігі адамдарға әдейі соғып кетті дейді. Алаңда болған көршім айтты. Рас па?' },
    { hoursAgo: 50, channel: 'WEB', heardVia: 'OTHER', settlement: 'Aktau',
      text: 'An opposition website claims a police car deliberately drove into protesters in Zhanaozen. Is there any confirmation?' },
    { hoursAgo: 44.1, channel: 'SMS', heardVia: 'WORD_OF_MOUTH', settlement: 'Zhanaozen',
      text: 'машина полиции въехала в людей на площади. говорят есть погибшие. проверьте пожалуйста' },
    { hoursAgo: 29.5, channel: 'TELEGRAM', heardVia: 'TIKTOK', settlement: 'Aktau',
      text: 'Policiya koligi adamdardyn ishine kirip ketti degen video bar. Ras pa, alde montaj ba?' },
  ],
  evidence: [
    { source: 'localMedia', stance: 'SUPPORTS', hoursAgo: 48, isPublic: false, by: 'mangystau',
      excerpt: 'Местный сайт публикует рассказ очевидца о машине, въехавшей в людей; видео снято издалека, номер и время не видны. (Демонстрационные данные, вымышленное издание.)' },
  ],
  verificationRequests: [
    { question: 'Видели ли вы сами или люди, которым вы доверяете, как полицейская машина въехала в людей на площади? Есть ли исходное видео без монтажа, с временем съёмки? (демо)',
      settlement: 'Zhanaozen', assignee: 'verifier', source: 'fieldVerifiers', requestedBy: 'mangystau', hoursAgo: 47, dueInHours: 53 },
  ],
};

// 4. Zhanaozen (2022): the price of liquefied gas doubled — true.
const gasPrice: DemoRumor = {
  claim: 'Утверждение, что сжиженный газ в Мангистау подорожал вдвое — с 60 до 120 тенге за литр',
  status: 'PUBLISHED',
  priorityScore: 41,
  priorityLevel: 'NORMAL',
  highRisk: false,
  assignee: 'mangystau',
  reports: [
    { hoursAgo: 71.9, channel: 'WEB', heardVia: 'WORD_OF_MOUTH', settlement: 'Zhanaozen',
      text: 'На заправке газ уже 120 тенге, вчера был 60. Это правда что с нового года цену подняли в два раза?' },
    { hoursAgo: 71.2, channel: 'SMS', heardVia: 'WORD_OF_MOUTH', settlement: 'Zhanaozen',
      text: 'Газ бағасы 60 теңгеден 120 теңгеге көтерілді ме? Жанармай бекетінде осылай дейді' },
    { hoursAgo: 70, channel: 'TELEGRAM', heardVia: 'TELEGRAM', settlement: 'Aktau',
      text: 'В Актау тоже газ по 120? Пишут что по всей области подняли. Подтвердите' },
    { hoursAgo: 68.4, channel: 'WEB', heardVia: 'WHATSAPP', settlement: 'Zhanaozen',
      text: 'Gaz 120 tenge boldy dep jatyr, ras pa? Jumysqa mashinamen barudyn ozi qymbat bolyp ketti' },
    { hoursAgo: 66, channel: 'TELEGRAM', heardVia: 'TELEGRAM', settlement: 'Aktau',
      text: 'Is it true the LPG price doubled to 120 tenge per litre in Mangystau overnight?' },
    { hoursAgo: 60.5, channel: 'SMS', heardVia: 'WORD_OF_MOUTH', settlement: 'Shetpe',
      text: 'в шетпе газ по 120. это везде так или только у нас' },
    { hoursAgo: 40, channel: 'WEB', heardVia: 'TV_RADIO', settlement: 'Zhanaozen',
      text: 'Әкімдік газды 50 теңгеге түсіреді деп айтыпты. Бұл рас па, әлде тағы өтірік пе?' },
    { hoursAgo: 20, channel: 'WEB', heardVia: 'WHATSAPP', settlement: 'Aktau',
      text: 'Говорят газ снизят до 50 тенге. Это официально или опять слухи?' },
  ],
  evidence: [
    { source: 'mangystauInternalPolicy', stance: 'SUPPORTS', hoursAgo: 37, isPublic: true, by: 'mangystau',
      excerpt: 'Акимат подтверждает: с 1 января розничная цена сжиженного газа в области выросла с 60 до 120 тенге за литр. Принято решение снизить цену в регионе до 50 тенге. (Демонстрационные данные.)' },
  ],
  drafts: [
    { verdict: 'TRUE', by: 'mangystau', hoursAgo: 36.6,
      rationale: 'Демо. Рост цены подтверждают акимат и цены на заправках (сообщения из Жанаозена, Актау и Шетпе). Решение о снижении до 50 тенге объявлено официально.',
      review: { comment: 'Демо. Согласовано.', hoursAgo: 36.2 } },
  ],
  notice: {
    slug: 'lpg-price-doubling-mangystau-2022-demo',
    verdict: 'TRUE',
    urgency: 'NORMAL',
    publishedHoursAgo: 36,
    publishedBy: 'mangystau',
    translations: {
      en: {
        title: 'Claim that liquefied gas in Mangystau doubled in price, from 60 to 120 tenge per litre (demo)',
        summary: 'True. At the start of January the price of liquefied gas at filling stations in Mangystau Region rose from 60 to 120 tenge per litre. The regional authorities have since announced a cut to 50 tenge.',
        body: [
          'Demonstration data. This notice re-creates the January 2022 events in Zhanaozen as if they were happening now.',
          'On 1 January drivers in Zhanaozen found liquefied gas (LPG) at filling stations at 120 tenge per litre instead of 60. People asked whether it was a mistake or a rumour.',
          '**What is established:** the price did double across Mangystau Region. Most cars in the region run on liquefied gas, so the rise affects almost every family. After protests, the regional authorities announced that the price in the region will be cut to 50 tenge per litre.',
          'Peaceful protest is a right. Check claims about new prices, arrests or violence before you share them.',
        ].join('\n\n'),
        whatToDo: 'Share this notice rather than retellings with made-up details (new prices, arrests, shortages); check the current price at the filling station and in announcements by the akimat. Report new claims through Raspa.',
        smsText: 'DEMO. Raspa: LPG price in Mangystau doubled from 60 to 120 tenge - TRUE. The akimat has announced a cut to 50 tenge in the region.',
      },
      ru: {
        title: 'Утверждение, что сжиженный газ в Мангистау подорожал вдвое — с 60 до 120 тенге за литр (демо)',
        summary: 'Правда. В начале января цена сжиженного газа на заправках Мангистауской области выросла с 60 до 120 тенге за литр. Власти области затем объявили о снижении цены до 50 тенге.',
        body: [
          'Демонстрационные данные. Это уведомление воспроизводит события января 2022 года в Жанаозене так, как если бы они происходили сейчас.',
          '1 января водители в Жанаозене увидели на заправках сжиженный газ по 120 тенге за литр вместо 60. Люди спрашивали, ошибка это или слух.',
          '**Что установлено:** цена действительно выросла вдвое по всей Мангистауской области. Большинство машин в регионе ездят на газе, поэтому подорожание касается почти каждой семьи. После протестов власти области объявили, что цена в регионе будет снижена до 50 тенге за литр.',
          'Мирный протест — право каждого. Проверяйте сообщения о новых ценах, задержаниях или насилии, прежде чем их пересылать.',
        ].join('\n\n'),
        whatToDo: 'Делитесь этим уведомлением, а не пересказами с выдуманными подробностями (новые цены, аресты, дефицит); актуальную цену смотрите на заправке и в сообщениях акимата. О новых слухах сообщайте через Raspa.',
        smsText: 'ДЕМО. Газ в Мангистау подорожал с 60 до 120 тг: ПРАВДА',
      },
      kk: {
        title: 'Маңғыстауда сұйытылған газ екі есе қымбаттады — литрі 60 теңгеден 120 теңгеге деген ақпарат (демо)',
        summary: 'Рас. Қаңтардың басында Маңғыстау облысындағы жанармай бекеттерінде сұйытылған газдың бағасы литріне 60 теңгеден 120 теңгеге көтерілді. Кейін облыс билігі бағаны 50 теңгеге түсіретінін жариялады.',
        body: [
          'Демонстрациялық деректер. Бұл хабарлама 2022 жылғы қаңтарда Жаңаөзенде болған оқиғаларды дәл қазір болып жатқандай етіп қайталайды.',
          '1 қаңтарда Жаңаөзендегі жүргізушілер жанармай бекеттерінде сұйытылған газдың литрі 60 емес, 120 теңге тұрғанын көрді. Адамдар бұл қате ме, әлде сыбыс па деп сұрады.',
          '**Не анықталды:** баға бүкіл Маңғыстау облысында шынымен екі есе өсті. Өңірдегі көліктердің көбі газбен жүреді, сондықтан қымбаттау әр отбасына әсер етеді. Наразылықтардан кейін облыс билігі өңірде газдың литрі 50 теңгеге дейін арзандайтынын жариялады.',
          'Бейбіт наразылық — әркімнің құқығы. Жаңа бағалар, ұстаулар немесе зорлық-зомбылық туралы хабарларды таратпас бұрын тексеріңіз.',
        ].join('\n\n'),
        whatToDo: 'Ойдан қосылған мәліметтері бар әңгімелерді (жаңа бағалар, ұстаулар, тапшылық) емес, осы хабарламаны бөлісіңіз. Нақты бағаны жанармай бекетінен және әкімдіктің хабарламаларынан біліңіз. Жаңа сыбыстар туралы Raspa арқылы хабарлаңыз.',
        smsText: 'ДЕМО. Маңғыстауда газ 60-тан 120 теңгеге қымбаттады: РАС',
      },
    },
  },
};

// 5. January 2022: "the internet will be cut across the whole country" — true at the time.
const internetShutdown: DemoRumor = {
  claim: 'Утверждение, что интернет отключат по всей стране',
  status: 'PUBLISHED',
  priorityScore: 63,
  priorityLevel: 'HIGH',
  highRisk: false,
  assignee: 'mangystau',
  reports: [
    { hoursAgo: 54, channel: 'TELEGRAM', heardVia: 'TELEGRAM', settlement: 'Almaty',
      text: 'Говорят завтра отключат интернет по всему Казахстану. Надо всё скачать и снять деньги. Правда?' },
    { hoursAgo: 53.4, channel: 'WEB', heardVia: 'WHATSAPP', settlement: 'Almaty',
      text: 'Бүкіл елде интернетті өшіреді деп жатыр. Банк қосымшалары да істемейді дейді. Рас па?' },
    { hoursAgo: 50.2, channel: 'SMS', heardVia: 'WORD_OF_MOUTH', settlement: 'Zhanaozen',
      text: 'у нас интернета нет уже сутки. говорят по всей стране отключат. это надолго?' },
    { hoursAgo: 49.1, channel: 'WEB', heardVia: 'TELEGRAM', settlement: 'Almaty',
      text: 'Heard the government will shut down the internet across the whole country tonight. Is this real or just panic?' },
    { hoursAgo: 48.3, channel: 'TELEGRAM', heardVia: 'WHATSAPP', settlement: 'Almaty',
      text: 'Internetti butkil elde oshiredi dep jatyr, ras pa? Anama habarlasa almai jurmin' },
    { hoursAgo: 46.5, channel: 'SMS', heardVia: 'PHONE_CALL', settlement: 'Aktau',
      text: 'Интернет пропал в Актау. Звонили из Алматы, там тоже нет. Что происходит?' },
    { hoursAgo: 40, channel: 'SMS', heardVia: 'WORD_OF_MOUTH', settlement: 'Almaty',
      text: 'алматы интернета нет нигде. смс доходят. будет официальное сообщение?' },
    { hoursAgo: 30, channel: 'SMS', heardVia: 'PHONE_CALL', settlement: 'Almaty',
      text: 'Интернет қашан қосылады? Бүкіл ел бойынша өшірілген бе?' },
    { hoursAgo: 10, channel: 'SMS', heardVia: 'WORD_OF_MOUTH', settlement: 'Konaev',
      text: 'No internet here in Konaev either. Is the shutdown really nationwide? How long?' },
  ],
  evidence: [
    { source: 'telecomOperators', stance: 'SUPPORTS', hoursAgo: 45.5, isPublic: true, by: 'mangystau',
      excerpt: 'Операторы подтверждают: доступ к мобильному и проводному интернету ограничен по всей стране; голосовая связь и SMS работают с перебоями. Сроки восстановления не называются. (Демонстрационные данные.)' },
  ],
  drafts: [
    { verdict: 'TRUE', by: 'mangystau', hoursAgo: 45.2,
      rationale: 'Демо. Операторы подтверждают ограничение по всей стране; сообщения об отсутствии интернета пришли из Алматы, Актау и Жанаозена. Уведомление должно уйти по SMS — другие каналы не работают.',
      review: { comment: 'Демо. Согласовано, срочная рассылка по SMS.', hoursAgo: 45.1 } },
  ],
  notice: {
    slug: 'nationwide-internet-shutdown-2022-demo',
    verdict: 'TRUE',
    urgency: 'URGENT',
    publishedHoursAgo: 45,
    publishedBy: 'mangystau',
    translations: {
      en: {
        title: 'Claim that the internet will be cut across the whole country (demo)',
        summary: 'True. Mobile and fixed internet access is restricted across Kazakhstan. Calls and SMS work in many places. Follow official information on TV and radio; it is not known when access will return.',
        body: [
          'Demonstration data. This notice re-creates the nationwide internet shutdown of January 2022 as if it were happening now.',
          'Messages said that the internet would be cut across the whole country, not only in Mangystau Region. Mobile operators confirm that internet access is restricted nationwide; voice calls and SMS work in many places but may be interrupted.',
          '**What this means:** card payments, banking apps and messengers may not work. Rumours now travel by phone calls and word of mouth, and they are harder to check.',
          'Raspa accepts reports by SMS. We will update this notice when access is restored.',
        ].join('\n\n'),
        whatToDo: 'Share this notice by SMS or word of mouth instead of rumours; keep some cash and phone credit; send any claim you hear to Raspa by SMS before you pass it on.',
        smsText: 'DEMO. Raspa: internet is restricted nationwide - TRUE. Calls and SMS mostly work. Send rumours to Raspa by SMS before passing them on.',
      },
      ru: {
        title: 'Утверждение, что интернет отключат по всей стране (демо)',
        summary: 'Правда. Доступ к мобильному и проводному интернету ограничен по всему Казахстану. Звонки и SMS во многих местах работают. Следите за официальной информацией по ТВ и радио; когда доступ восстановят, неизвестно.',
        body: [
          'Демонстрационные данные. Это уведомление воспроизводит общенациональное отключение интернета в январе 2022 года так, как если бы оно происходило сейчас.',
          'В сообщениях говорилось, что интернет отключат по всей стране, а не только в Мангистауской области. Мобильные операторы подтверждают, что доступ к интернету ограничен по всей стране; звонки и SMS во многих местах работают, но возможны перебои.',
          '**Что это значит:** могут не работать оплата картой, банковские приложения и мессенджеры. Слухи теперь передаются по телефону и из уст в уста, и проверять их труднее.',
          'Raspa принимает сообщения по SMS. Мы обновим это уведомление, когда доступ восстановят.',
        ].join('\n\n'),
        whatToDo: 'Не пересказывайте слухи — передавайте это уведомление по SMS или на словах; держите немного наличных и денег на телефоне; прежде чем пересказывать услышанное, отправьте его в Raspa по SMS.',
        smsText: 'ДЕМО. Интернет ограничен по всей стране: ПРАВДА. SMS работают',
      },
      kk: {
        title: 'Интернет бүкіл елде өшіріледі деген ақпарат (демо)',
        summary: 'Рас. Мобильді және сымды интернетке қолжетімділік бүкіл Қазақстанда шектелді. Көп жерде қоңырау мен SMS жұмыс істейді. Ресми ақпаратты теледидар мен радиодан қадағалаңыз; байланыс қашан қалпына келетіні белгісіз.',
        body: [
          'Демонстрациялық деректер. Бұл хабарлама 2022 жылғы қаңтарда интернеттің бүкіл елде өшірілуін дәл қазір болып жатқандай етіп қайталайды.',
          'Хабарламаларда интернет тек Маңғыстау облысында емес, бүкіл елде өшіріледі делінген. Ұялы байланыс операторлары интернетке қолжетімділік бүкіл елде шектелгенін растайды; қоңырау мен SMS көп жерде жұмыс істейді, бірақ үзілістер болуы мүмкін.',
          '**Бұл нені білдіреді:** карта арқылы төлем, банк қосымшалары мен мессенджерлер істемеуі мүмкін. Енді сыбыстар телефон арқылы және ауызба-ауыз тарайды, оларды тексеру қиындайды.',
          'Raspa хабарламаларды SMS арқылы қабылдайды. Байланыс қалпына келгенде, бұл хабарламаны жаңартамыз.',
        ].join('\n\n'),
        whatToDo: 'Сыбысты таратпаңыз — оның орнына осы хабарламаны SMS арқылы немесе ауызша жеткізіңіз; аздап қолма-қол ақша мен телефон балансын сақтаңыз; естігеніңізді біреуге айтпас бұрын Raspa-ға SMS арқылы жіберіңіз.',
        smsText: 'ДЕМО. Интернет бүкіл елде шектелді: РАС. SMS жұмыс істейді',
      },
    },
  },
};

// 6. Shelek, Almaty Region (2006): a café fight framed as an ethnic attack.
const shelek: DemoRumor = {
  claim: 'Утверждение, что драка в кафе в Шелеке — это нападение людей другой национальности на местных',
  status: 'INVESTIGATING',
  priorityScore: 79,
  priorityLevel: 'HIGH',
  highRisk: true,
  assignee: 'admin',
  reports: [
    { hoursAgo: 20, channel: 'WEB', heardVia: 'WHATSAPP', settlement: 'Shelek',
      text: 'В Шелеке в кафе избили ребят, говорят это были приезжие другой национальности, собираются толпой идти разбираться. Правда это нападение?' },
    { hoursAgo: 19.4, channel: 'SMS', heardVia: 'WORD_OF_MOUTH', settlement: 'Shelek',
      text: 'Шелектегі кафеде төбелес болды, басқа ұлттың жігіттері біздің балаларды ұрды дейді. Кешке жиналамыз дейді. Рас па?' },
    { hoursAgo: 18.6, channel: 'TELEGRAM', heardVia: 'TELEGRAM', settlement: 'Shelek',
      text: 'Shelekte kafede tobeles boldy, ulttyq maselege ainalyp barady dep jatyr. Adamdar jinalyp jatyr, qorqynyshty' },
    { hoursAgo: 17.2, channel: 'TELEGRAM', heardVia: 'TELEGRAM', settlement: 'Almaty',
      text: 'В Шелеке межнациональный конфликт? Канал пишет про нападение на местных. Детей забрать из лагеря?' },
    { hoursAgo: 16, channel: 'WEB', heardVia: 'PHONE_CALL', settlementText: 'near Shelek', regionCode: 'KZ-19',
      text: 'My cousin in Shelek says a gang from another community attacked people at a cafe and more are coming. Is it an ethnic attack or just a fight?' },
    { hoursAgo: 12.3, channel: 'SMS', heardVia: 'WORD_OF_MOUTH', settlement: 'Shengeldy',
      text: 'в шелеке убили парня в кафе??? у нас в шенгельды все об этом говорят' },
    { hoursAgo: 6, channel: 'WEB', heardVia: 'WORD_OF_MOUTH', settlement: 'Konaev',
      text: 'Шелекте коменданттық сағат енгізіледі деген рас па? Ақсақалдар көшеде кезекшілік жасап жүр дейді' },
  ],
  verificationRequests: [
    { question: 'Что произошло в кафе в Шелеке: сколько пострадавших, есть ли погибшие, как квалифицировано дело? (демо)',
      settlement: 'Shelek', source: 'almatyRegionInternalPolicy', requestedBy: 'admin', hoursAgo: 17, dueInHours: 4,
      answer: { answer: 'DENIES', hoursAgo: 14,
        note: 'Драка двух групп молодых людей, двое пострадавших в больнице, погибших нет. Возбуждено дело о хулиганстве; аксакалы дежурят на улицах. (демо)',
        evidence: { stance: 'CONTEXT', source: 'almatyRegionInternalPolicy' } } },
  ],
  comments: [
    { by: 'admin', hoursAgo: 13.5, body: 'Демо. Погибших нет — это уже можно публиковать промежуточно. Жду от района подтверждения про комендантский час, прежде чем писать вердикт.' },
  ],
};

// 7. Karamurt, Turkistan Region (2014): a fight described as ethnic; police denied it.
const karamurt: DemoRumor = {
  claim: 'Утверждение, что массовая драка в Карамурте — это межэтнический конфликт',
  status: 'PUBLISHED',
  priorityScore: 71,
  priorityLevel: 'HIGH',
  highRisk: true,
  assignee: 'turkistan',
  reports: [
    { hoursAgo: 47, channel: 'WEB', heardVia: 'WHATSAPP', settlement: 'Karamurt',
      text: 'В Карамурте большая драка, говорят национальная. Машины подожгли? Людей много на улице' },
    { hoursAgo: 46.4, channel: 'SMS', heardVia: 'WORD_OF_MOUTH', settlement: 'Karamurt',
      text: 'Қарамұртта ұлтаралық төбелес болды дейді. Рас па? Балаларды үйден шығармай отырмыз' },
    { hoursAgo: 45.2, channel: 'TELEGRAM', heardVia: 'TELEGRAM', settlement: 'Shymkent',
      text: 'Qaramurtta ulttar arasynda tobeles boldy dep jatyr, ras pa?' },
    { hoursAgo: 44, channel: 'TELEGRAM', heardVia: 'TELEGRAM', settlement: 'Shymkent',
      text: 'Сайрамский район, Карамурт: в канале пишут о межнациональном конфликте и задержанных. Проверьте пожалуйста' },
    { hoursAgo: 40.5, channel: 'WEB', heardVia: 'INSTAGRAM', settlement: 'Turkistan',
      text: 'Is there an ethnic clash in Karamurt? Friends are sharing a video of a big fight.' },
    { hoursAgo: 26, channel: 'SMS', heardVia: 'WHATSAPP', settlement: 'Karamurt',
      text: 'полиция сказала что драка бытовая. а в вотсапе пишут другое. кому верить' },
  ],
  evidence: [
    { source: 'turkistanPolice', stance: 'REFUTES', hoursAgo: 35, isPublic: true, by: 'turkistan',
      excerpt: 'Полиция области: драка между молодыми жителями Карамурта, задержаны пять человек, возбуждено дело о хулиганстве. Этнического мотива не установлено; поджогов не зарегистрировано. (Демонстрационные данные.)' },
  ],
  drafts: [
    { verdict: 'MISLEADING', by: 'turkistan', hoursAgo: 34.6,
      rationale: 'Демо. Драка была (полиция, 5 задержанных), но этнического мотива полиция не установила, поджоги не подтверждены. Называть драку межэтническим конфликтом — вводить в заблуждение.',
      review: { comment: 'Демо. Согласовано. Хорошо, что в тексте нет ни одного названия народа.', hoursAgo: 34.2 } },
  ],
  notice: {
    slug: 'karamurt-fight-2014-demo',
    verdict: 'MISLEADING',
    urgency: 'NORMAL',
    publishedHoursAgo: 34,
    publishedBy: 'turkistan',
    translations: {
      en: {
        title: 'Claim that the mass fight in Karamurt is an interethnic clash (demo)',
        summary: 'Misleading. A fight did take place in Karamurt and five people were detained, but police say it had no ethnic motive. Calling it an interethnic clash spreads fear.',
        body: [
          'Demonstration data. This notice re-creates the 2014 case in Karamurt, Sairam district, as if it were happening now.',
          'Videos of a fight in Karamurt are being shared with captions calling it an interethnic clash; some messages add that cars were set on fire.',
          '**What is established:** a fight between young men did happen. Police detained five people and opened a hooliganism case. Police say the fight had no ethnic motive. We found no confirmation that cars or houses were set on fire.',
          'The regional council of public accord and the village elders are meeting residents today.',
        ].join('\n\n'),
        whatToDo: "Do not share the claim or videos with 'ethnic' captions; do not gather in the street. If you have first-hand information, send it to Raspa or the police.",
        smsText: "DEMO. Raspa: 'ethnic clash' in Karamurt is MISLEADING. A fight happened, 5 detained; police found no ethnic motive. Do not share.",
      },
      ru: {
        title: 'Утверждение, что массовая драка в Карамурте — межэтнический конфликт (демо)',
        summary: 'Вводит в заблуждение. Драка в Карамурте действительно была, задержаны пять человек, но полиция заявляет, что этнического мотива не было. Называть её межэтническим конфликтом — значит сеять страх.',
        body: [
          'Демонстрационные данные. Это уведомление воспроизводит случай 2014 года в селе Карамурт Сайрамского района так, как если бы он происходил сейчас.',
          'Видео драки в Карамурте распространяют с подписями о межэтническом конфликте; в некоторых сообщениях добавляют, что поджигали машины.',
          '**Что установлено:** драка между молодыми людьми действительно произошла. Полиция задержала пять человек и возбудила дело о хулиганстве. По словам полиции, этнического мотива не было. Подтверждений поджогов машин или домов мы не нашли.',
          'Сегодня региональный совет общественного согласия и аксакалы села встречаются с жителями.',
        ].join('\n\n'),
        whatToDo: 'Не распространяйте это утверждение и видео с «этническими» подписями; не собирайтесь на улицах. Если у вас есть сведения из первых рук, отправьте их в Raspa или в полицию.',
        smsText: 'ДЕМО. «Межэтнический конфликт» в Карамурте: ВВОДИТ В ЗАБЛУЖДЕНИЕ',
      },
      kk: {
        title: 'Қарамұрттағы жаппай төбелес — ұлтаралық қақтығыс деген ақпарат (демо)',
        summary: 'Жаңылыстырады. Қарамұртта төбелес шынымен болды, бес адам ұсталды, бірақ полиция оның ұлттық астары болмағанын мәлімдеді. Оны ұлтаралық қақтығыс деп атау үрей тудырады.',
        body: [
          'Демонстрациялық деректер. Бұл хабарлама Сайрам ауданындағы Қарамұрт ауылында 2014 жылы болған оқиғаны дәл қазір болып жатқандай етіп қайталайды.',
          'Қарамұрттағы төбелестің видеолары «ұлтаралық қақтығыс» деген жазулармен тарап жатыр; кейбір хабарламаларда көліктер өртелді деп қосып жазады.',
          '**Не анықталды:** жастар арасында төбелес шынымен болды. Полиция бес адамды ұстап, бұзақылық туралы іс қозғады. Полицияның айтуынша, төбелестің ұлттық астары жоқ. Көліктер мен үйлер өртелгені туралы растау таппадық.',
          'Бүгін облыстық қоғамдық келісім кеңесі мен ауыл ақсақалдары тұрғындармен кездесіп жатыр.',
        ].join('\n\n'),
        whatToDo: 'Бұл ақпаратты және «ұлтаралық» деген жазуы бар видеоларды таратпаңыз; көшеге жиналмаңыз. Өз көзіңізбен көрген мәлімет болса, Raspa-ға немесе полицияға жіберіңіз.',
        smsText: 'ДЕМО. Қарамұрттағы «ұлтаралық қақтығыс»: ЖАҢЫЛЫСТЫРАДЫ',
      },
    },
  },
};

// 8. Mayatas, Turkistan Region (2007): a child said to have been assaulted by a teenager from
// another community. Just arrived: NEW and critical.
const mayatas: DemoRumor = {
  claim: 'Маятас ауылында басқа қауымдастықтың жасөспірімі балаға шабуыл жасады деген ақпарат',
  status: 'NEW',
  priorityScore: 93,
  priorityLevel: 'CRITICAL',
  highRisk: true,
  reports: [
    { hoursAgo: 4, channel: 'WEB', heardVia: 'WHATSAPP', settlement: 'Mayatas',
      text: 'Маятаста басқа ұлттың баласы кішкентай балаға тиісіпті дейді. Ер адамдар мектептің жанына жиналып жатыр. Рас па?' },
    { hoursAgo: 3.4, channel: 'SMS', heardVia: 'WORD_OF_MOUTH', settlement: 'Mayatas',
      text: 'в маятасе на ребёнка напал подросток другой нации, люди собираются у школы. срочно проверьте' },
    { hoursAgo: 2.1, channel: 'TELEGRAM', heardVia: 'TELEGRAM', settlement: 'Shymkent',
      text: 'Толебийский район, Маятас. Пишут что напали на ребенка и что туда едут люди из других сёл' },
    { hoursAgo: 0.8, channel: 'SMS', heardVia: 'PHONE_CALL', settlement: 'Mayatas',
      text: 'Maiatasta balaga shabuyl boldy deidi. Policiya kop. Ne bolyp jatyr?' },
  ],
};

// 9. Buryl, Jambyl Region (2016): a child's murder framed as ethnic.
const buryl: DemoRumor = {
  claim: 'Утверждение, что убийство ребёнка в селе Бурыл — нападение людей другой национальности на общину',
  status: 'INVESTIGATING',
  priorityScore: 77,
  priorityLevel: 'HIGH',
  highRisk: true,
  assignee: 'admin',
  reports: [
    { hoursAgo: 30, channel: 'WEB', heardVia: 'WORD_OF_MOUTH', settlement: 'Buryl',
      text: 'В Буриле убили ребенка, говорят это сделали люди другой национальности. Мужчины собираются. Правда ли?' },
    { hoursAgo: 29.2, channel: 'SMS', heardVia: 'PHONE_CALL', settlement: 'Buryl',
      text: 'Бурылда баланы өлтірген басқа ұлттың адамдары дейді. Рас па? Ауыл тынышсыз' },
    { hoursAgo: 27, channel: 'TELEGRAM', heardVia: 'TELEGRAM', settlement: 'Taraz',
      text: 'В Таразе все пересылают сообщение про Бурыл: будто бы это нападение на нашу общину. Есть официальная информация?' },
    { hoursAgo: 24.3, channel: 'WEB', heardVia: 'WHATSAPP', settlement: 'Taraz',
      text: 'Buryl auylynda bala oltirilgen, kudikti ustaldy ma? Ulttyq masele dep jatyr, ras pa' },
    { hoursAgo: 12, channel: 'WEB', heardVia: 'FACEBOOK', settlement: 'Taraz',
      text: 'Is it true the child murder in Buryl was an ethnic attack? People say a suspect has been detained.' },
  ],
  verificationRequests: [
    { question: 'Задержан ли подозреваемый по делу в Буриле и есть ли у следствия основания говорить о мотиве вражды? Создан ли общий штаб прокуратуры, акимата и полиции? (демо)',
      settlement: 'Buryl', source: 'mediatorNetwork', requestedBy: 'admin', hoursAgo: 26, dueInHours: 4 },
  ],
};

// 10. Almaty (2022): "foreign armed fighters attacked the city" — stated, no evidence presented.
const foreignFighters: DemoRumor = {
  claim: 'Утверждение, что на Алматы напали иностранные вооружённые боевики',
  status: 'INVESTIGATING',
  priorityScore: 91,
  priorityLevel: 'CRITICAL',
  highRisk: true,
  assignee: 'admin',
  reports: [
    { hoursAgo: 40, channel: 'TELEGRAM', heardVia: 'TELEGRAM', settlement: 'Almaty',
      text: 'Говорят в Алматы зашли иностранные боевики с оружием, стреляют в центре. Из дома не выходить?' },
    { hoursAgo: 39.3, channel: 'SMS', heardVia: 'PHONE_CALL', settlement: 'Almaty',
      text: 'Алматыға шетелдік қарулы содырлар шабуыл жасады дейді. Рас па? Балалар үйде жалғыз' },
    { hoursAgo: 38, channel: 'WEB', heardVia: 'TV_RADIO', settlement: 'Almaty',
      text: 'TV says foreign-trained armed fighters attacked Almaty. Is there any evidence of this?' },
    { hoursAgo: 36.2, channel: 'SMS', heardVia: 'WORD_OF_MOUTH', settlement: 'Almaty',
      text: 'сосед говорит боевики из-за границы захватили аэропорт. правда?' },
    { hoursAgo: 34, channel: 'TELEGRAM', heardVia: 'WHATSAPP', settlement: 'Almaty',
      text: 'Almatyda sheteldik sodyrlar bar deidi. Qaru ustagan adamdar koshede jur. Ras pa?' },
    { hoursAgo: 30.4, channel: 'WEB', heardVia: 'WORD_OF_MOUTH', settlement: 'Konaev',
      text: 'В Капчагае говорят боевики едут из Алматы к нам. Это правда? Что делать?' },
    { hoursAgo: 26, channel: 'WEB', heardVia: 'TV_RADIO', settlement: 'Almaty',
      text: 'Шетелдік содырлар туралы ресми дәлел бар ма? Тек сөз айтылды ғой' },
    { hoursAgo: 20, channel: 'TELEGRAM', heardVia: 'TELEGRAM', settlement: 'Almaty',
      text: 'The official statement talks about thousands of attackers trained abroad. Has anyone shown proof?' },
    { hoursAgo: 14.5, channel: 'SMS', heardVia: 'WORD_OF_MOUTH', settlement: 'Uzynagash',
      text: 'в узынагаше говорят боевики прячутся в горах. правда ли' },
    { hoursAgo: 8, channel: 'TELEGRAM', heardVia: 'TELEGRAM', settlement: 'Almaty',
      text: 'Опять пишут что иностранные боевики вернутся ночью. Это проверено?' },
    { hoursAgo: 3, channel: 'SMS', heardVia: 'PHONE_CALL', settlement: 'Almaty',
      text: 'Шетелдік содырлар қайта келеді деген хабар рас па?' },
  ],
  evidence: [
    { source: 'prosecutorGeneral', stance: 'CONTEXT', hoursAgo: 24, isPublic: false, by: 'admin',
      excerpt: 'Официальные заявления говорят о нападении подготовленных за рубежом вооружённых групп; документов, данных о задержанных иностранцах или иных доказательств пока не представлено. (Демонстрационные данные.)' },
    { source: 'almatyEmergency112', stance: 'CONTEXT', hoursAgo: 29, isPublic: false, by: 'admin',
      excerpt: '112: в Капчагае (Конаеве) и Узынагаше вызовов о вооружённых группах не зарегистрировано. (Демонстрационные данные.)' },
  ],
  comments: [
    { by: 'admin', hoursAgo: 23, body: 'Демо. Вердикт «не подтверждено» только после второго независимого источника. Отдельно опровергнуть «боевики едут в Капчагай» — по данным 112 вызовов нет.' },
  ],
};

// 11. Bostandyk, Turkistan Region (2015): a murder framed as an attack by another community.
// The Turkistan moderator's verdict waits for a second moderator (four eyes).
const bostandyk: DemoRumor = {
  claim: 'Бостандық ауылындағы кісі өлтіру басқа қауымдастық адамдарының ауылға шабуылы болды деген ақпарат',
  status: 'AWAITING_APPROVAL',
  priorityScore: 72,
  priorityLevel: 'HIGH',
  highRisk: true,
  assignee: 'turkistan',
  reports: [
    { hoursAgo: 22, channel: 'WEB', heardVia: 'WHATSAPP', settlement: 'Bostandyk',
      text: 'Бостандықта жігітті өлтірді, басқа ұлттың адамдары шабуыл жасады дейді. Ертең жиналамыз дейді. Рас па?' },
    { hoursAgo: 21.1, channel: 'SMS', heardVia: 'WORD_OF_MOUTH', settlement: 'Bostandyk',
      text: 'в бостандыке убили парня. говорят напали чужие из другой общины. будет беда, проверьте' },
    { hoursAgo: 18, channel: 'TELEGRAM', heardVia: 'TELEGRAM', settlement: 'Shymkent',
      text: 'Сарыагашский район, Бостандык. Канал пишет про нападение на село. Полиция молчит?' },
    { hoursAgo: 10, channel: 'WEB', heardVia: 'PHONE_CALL', settlement: 'Shymkent',
      text: 'Is the killing in Bostandyk being treated as an ethnic attack? Relatives there are scared.' },
  ],
  evidence: [
    { source: 'turkistanPolice', stance: 'REFUTES', hoursAgo: 8, isPublic: false, by: 'turkistan',
      excerpt: 'Полиция: подозреваемый задержан; по версии следствия, причина — личный конфликт. Признаков организованного нападения группы на село нет. (Демонстрационные данные.)' },
    { source: 'turkistanAccordCouncil', stance: 'CONTEXT', hoursAgo: 7, isPublic: false, by: 'turkistan',
      excerpt: 'Совет общественного согласия и аксакалы провели встречу с жителями; сход на завтра отменён. (Демонстрационные данные.)' },
  ],
  drafts: [
    { verdict: 'MISLEADING', by: 'turkistan', hoursAgo: 6,
      rationale: 'Демо. Убийство произошло, подозреваемый задержан (полиция, 4/5). Следствие говорит о личном конфликте; совет общественного согласия не видит признаков нападения общины на село. «Нападение другой общины» — вводит в заблуждение.' },
  ],
};

// 12. Baidibek bi (formerly Malovodnoe), Almaty Region (2007): a billiard-hall fight; houses burned.
const baidibekBi: DemoRumor = {
  claim: 'Утверждение, что в Байдибек би (Маловодное) после драки в бильярдной поджигают дома',
  status: 'NEW',
  priorityScore: 84,
  priorityLevel: 'HIGH',
  highRisk: true,
  reports: [
    { hoursAgo: 5, channel: 'SMS', heardVia: 'PHONE_CALL', settlement: 'Baidibek bi',
      text: 'в маловодном после драки в бильярдной жгут дома!! приезжайте кто нибудь' },
    { hoursAgo: 4.2, channel: 'WEB', heardVia: 'WORD_OF_MOUTH', settlement: 'Baidibek bi',
      text: 'Байдібек би ауылында үйлерді өртеп жатыр дейді. Бильярдханадағы төбелестен басталыпты. Рас па?' },
    { hoursAgo: 2, channel: 'TELEGRAM', heardVia: 'TELEGRAM', settlement: 'Almaty',
      text: 'Пишут, что в Маловодном горят дома и это межнациональное. Есть подтверждение?' },
  ],
};

// 13. Shetpe, Mangystau Region (2011): a train said to be blocked. Low priority, just arrived.
const shetpeTrain: DemoRumor = {
  claim: 'Утверждение, что у станции Шетпе протестующие остановили пассажирский поезд',
  status: 'NEW',
  priorityScore: 18,
  priorityLevel: 'LOW',
  highRisk: false,
  reports: [
    { hoursAgo: 15, channel: 'SMS', heardVia: 'WORD_OF_MOUTH', settlement: 'Shetpe',
      text: 'говорят в шетпе люди стоят на путях и поезд не пускают. правда? мне завтра ехать' },
    { hoursAgo: 12, channel: 'WEB', heardVia: 'WHATSAPP', settlement: 'Aktau',
      text: 'Шетпе стансасында жолаушылар пойызын тоқтатып тастапты дейді. Рас па?' },
  ],
};

export const demoRumors: readonly DemoRumor[] = [
  seifullina,
  zhanaozenDeathToll,
  zhanaozenPoliceVehicle,
  gasPrice,
  internetShutdown,
  shelek,
  karamurt,
  mayatas,
  buryl,
  foreignFighters,
  bostandyk,
  baidibekBi,
  shetpeTrain,
];

// ------------------------------------------------------------------------------------------

export interface DemoContentContext {
  now: Date;
  staff: Record<DemoStaffKey, string>; // user ids
  /** Settlement id and region by English name. */
  settlements: ReadonlyMap<string, { id: string; regionCode: string }>;
  /** Source id by seed key. */
  sources: ReadonlyMap<string, string>;
}

export interface DemoContentCounts {
  rumors: number;
  reports: number;
  notices: number;
  evidence: number;
  verdictDrafts: number;
  verificationRequests: number;
  comments: number;
}

/** Creates the demo rumours and everything hanging off them. Run inside the seed transaction. */
export async function createDemoContent(tx: Tx, ctx: DemoContentContext): Promise<DemoContentCounts> {
  const counts: DemoContentCounts = { rumors: 0, reports: 0, notices: 0, evidence: 0, verdictDrafts: 0, verificationRequests: 0, comments: 0 };
  const at = (hoursAgo: number) => new Date(ctx.now.getTime() - Math.round(hoursAgo * 3_600_000));
  const settlement = (name: string) => {
    const found = ctx.settlements.get(name);
    if (!found) throw new Error(`Demo content names an unknown settlement: ${name}`);
    return found;
  };
  const source = (key: string) => {
    const found = ctx.sources.get(key);
    if (!found) throw new Error(`Demo content names an unknown source: ${key}`);
    return found;
  };

  // Flagged as intake flags a rumour: the risk terms its reports' texts name (words, never ids).
  const riskTerms = await tx.riskTerm.findMany({ select: { term: true, matchKey: true, weight: true } });
  for (const demo of demoRumors) {
    const reports = [...demo.reports].sort((a, b) => b.hoursAgo - a.hoursAgo);
    const riskFlags = [...new Set(reports.flatMap((r) => riskTermsIn(normalizeReportText(withDemoMark(r.text)), riskTerms).map((found) => found.term)))];
    const placed = reports.map((r) => {
      const s = r.settlement ? settlement(r.settlement) : undefined;
      return { ...r, settlementId: s?.id ?? null, regionCode: s?.regionCode ?? r.regionCode ?? null };
    });
    const regionCodes = [...new Set(placed.flatMap((r) => (r.regionCode ? [r.regionCode] : [])))].sort();
    const places = new Set(placed.map((r) => r.settlementId ?? (r.settlementText ? `text:${toMatchKey(r.settlementText)}` : null)).filter(Boolean));
    const firstSeenAt = at(reports[0]!.hoursAgo);
    const lastSeenAt = at(reports[reports.length - 1]!.hoursAgo);
    const claim = withDemoMark(demo.claim);

    const rumor = await tx.rumor.create({
      data: {
        claim,
        normalizedClaim: normalizeReportText(claim),
        language: detectLanguage(claim).language,
        status: demo.status,
        priorityScore: demo.priorityScore,
        priorityLevel: demo.priorityLevel,
        dueAt: new Date(firstSeenAt.getTime() + PRIORITY_DEADLINE_HOURS[demo.priorityLevel] * 3_600_000),
        riskFlags,
        highRisk: demo.highRisk,
        sightingCount: reports.length,
        settlementCount: places.size,
        regionCodes,
        firstSeenAt,
        lastSeenAt,
        assigneeId: demo.assignee ? ctx.staff[demo.assignee] : null,
        isDemo: true,
        createdAt: firstSeenAt,
      },
      select: { id: true },
    });
    counts.rumors++;

    await tx.report.createMany({
      data: placed.map((r, i) => {
        const text = withDemoMark(r.text);
        const detected = detectLanguage(text);
        const receivedAt = at(r.hoursAgo);
        // People report a few minutes to a few hours after hearing; vary it deterministically.
        const heardAt = new Date(receivedAt.getTime() - (10 + ((i * 37) % 170)) * 60_000);
        return {
          clientId: randomUUID(),
          trackingCode: generateTrackingCode(),
          channel: r.channel,
          rumorId: rumor.id,
          text,
          normalizedText: normalizeReportText(text),
          language: detected.language,
          script: detected.script,
          regionCode: r.regionCode,
          settlementId: r.settlementId,
          settlementText: r.settlementText ?? null,
          heardVia: r.heardVia,
          heardAt,
          receivedAt,
          clusterScore: i === 0 ? null : Math.round((0.42 + ((i * 0.137) % 0.45)) * 100) / 100,
        };
      }),
    });
    counts.reports += reports.length;

    for (const vr of demo.verificationRequests ?? []) {
      const request = await tx.verificationRequest.create({
        data: {
          rumorId: rumor.id,
          question: vr.question,
          dueAt: at(vr.hoursAgo - vr.dueInHours),
          assigneeId: vr.assignee ? ctx.staff[vr.assignee] : null,
          sourceId: vr.source ? source(vr.source) : null,
          settlementId: vr.settlement ? settlement(vr.settlement).id : null,
          status: vr.answer ? 'ANSWERED' : 'OPEN',
          answer: vr.answer?.answer ?? null,
          answerNote: vr.answer?.note ?? null,
          answeredAt: vr.answer ? at(vr.answer.hoursAgo) : null,
          requestedById: ctx.staff[vr.requestedBy],
          createdAt: at(vr.hoursAgo),
        },
        select: { id: true },
      });
      counts.verificationRequests++;
      if (vr.answer?.evidence) {
        await tx.evidence.create({
          data: {
            rumorId: rumor.id,
            sourceId: vr.answer.evidence.source ? source(vr.answer.evidence.source) : null,
            excerpt: vr.answer.note,
            stance: vr.answer.evidence.stance,
            obtainedAt: at(vr.answer.hoursAgo),
            isPublic: false,
            createdById: ctx.staff[vr.requestedBy],
            verificationRequestId: request.id,
            createdAt: at(vr.answer.hoursAgo),
          },
        });
        counts.evidence++;
      }
    }

    for (const ev of demo.evidence ?? []) {
      await tx.evidence.create({
        data: {
          rumorId: rumor.id,
          sourceId: source(ev.source),
          excerpt: ev.excerpt,
          stance: ev.stance,
          obtainedAt: at(ev.hoursAgo),
          isPublic: ev.isPublic,
          createdById: ctx.staff[ev.by],
          createdAt: at(ev.hoursAgo),
        },
      });
      counts.evidence++;
    }

    for (const draft of demo.drafts ?? []) {
      await tx.verdictDraft.create({
        data: {
          rumorId: rumor.id,
          verdict: draft.verdict,
          rationale: draft.rationale,
          status: draft.review ? 'APPROVED' : 'AWAITING_APPROVAL',
          draftedById: ctx.staff[draft.by],
          reviewedById: draft.review ? ctx.staff.admin : null,
          reviewComment: draft.review?.comment ?? null,
          reviewedAt: draft.review ? at(draft.review.hoursAgo) : null,
          createdAt: at(draft.hoursAgo),
        },
      });
      counts.verdictDrafts++;
    }

    for (const comment of demo.comments ?? []) {
      await tx.comment.create({
        data: { rumorId: rumor.id, authorId: ctx.staff[comment.by], body: comment.body, createdAt: at(comment.hoursAgo) },
      });
      counts.comments++;
    }

    if (demo.notice) {
      const n = demo.notice;
      const publishedAt = at(n.publishedHoursAgo);
      const createdNotice = await tx.notice.create({
        select: { versions: { select: { id: true } } },
        data: {
          rumorId: rumor.id,
          slug: n.slug,
          verdict: n.verdict,
          status: 'PUBLISHED',
          urgency: n.urgency,
          regionCodes,
          currentVersion: 1,
          firstPublishedAt: publishedAt,
          lastPublishedAt: publishedAt,
          isDemo: true,
          createdAt: at(n.publishedHoursAgo + 0.5),
          versions: {
            create: {
              version: 1,
              verdict: n.verdict,
              regionCodes,
              urgency: n.urgency,
              publishedAt,
              publishedById: ctx.staff[n.publishedBy],
              createdAt: at(n.publishedHoursAgo + 0.5),
              translations: {
                create: (Object.entries(n.translations) as [Language, NoticeText][]).map(([language, t]) => ({
                  language,
                  title: t.title,
                  summary: t.summary,
                  body: t.body,
                  whatToDo: t.whatToDo,
                  smsText: t.smsText,
                  searchText: normalizeReportText(`${t.title} ${t.summary}`),
                })),
              },
            },
          },
        },
      });
      await indexNoticeTranslations(tx, createdNotice.versions.map((v) => v.id));
      counts.notices++;
    }
  }
  return counts;
}
