// Notice builders (complete texts in three languages, approved verdicts, final notices) for the
// notice, delivery and channel tests, the authorisation matrix's rows and benchmarks.
import type { Db } from '../db/client';
import type { RumorStatus } from '../db/generated/enums';
import { createRumor, createStaff } from './fixtures';
import { normalizeReportText } from '../text';
import type { FinalVerdict, SaveNoticeDraftInput } from '../notices/schema';
import { LANGUAGES } from '../i18n/languages';

/** Complete, valid notice texts in all three languages (SMS within one segment). */
export function completeTranslations(tag = ''): SaveNoticeDraftInput['translations'] {
  return {
    kk: {
      title: `Ақтауда порт жабылады ${tag}`.trim(),
      summary: 'Әкімдік пен порт әкімшілігі порттың жұмыс істеп тұрғанын растады.',
      body: 'Порт **қалыпты** жұмыс істеп тұр. Әкімдік мәлімдемесі төменде.',
      whatToDo: 'Хабарламаны таратпаңыз.',
      smsText: 'Raspa: Ақтау порты жабылмайды. Әкімдік растады.',
    },
    ru: {
      title: `В Актау закроют порт ${tag}`.trim(),
      summary: 'Акимат и администрация порта подтвердили, что порт работает в обычном режиме.',
      body: 'Порт работает **в обычном режиме**. Заявление акимата ниже.',
      whatToDo: 'Не пересылайте сообщение.',
      smsText: 'Raspa: порт Актау не закрывают. Акимат подтвердил.',
    },
    en: {
      title: `The port of Aktau will close ${tag}`.trim(),
      summary: 'The akimat and the port authority confirmed the port is working as usual.',
      body: 'The port is working **as usual**. The akimat statement is below.',
      whatToDo: 'Do not forward the message.',
      smsText: 'Raspa: the port of Aktau is not closing. The akimat confirmed it.',
    },
  };
}

/** A rumour whose latest verdict draft is approved, as after the verdict workflow. */
export async function createRumorWithApprovedVerdict(
  db: Db,
  regionCodes: string[],
  { verdict = 'FALSE', status = 'INVESTIGATING', drafterId }: { verdict?: FinalVerdict; status?: RumorStatus; drafterId?: string } = {},
) {
  const rumor = await createRumor(db, `Говорят, в Актау закроют порт ${Math.random()}`, regionCodes, status);
  const drafter = drafterId ?? (await createStaff(db, 'MODERATOR', regionCodes)).id;
  await db.verdictDraft.create({
    data: { rumorId: rumor.id, verdict, rationale: 'Акимат и порт опровергли, очевидцы подтвердили работу порта.', status: 'APPROVED', draftedById: drafter, reviewedById: drafter, reviewedAt: new Date() },
  });
  return rumor;
}

/** A final notice straight in the database: a draft (version 1 unpublished) or published version 1. */
export async function createFinalNoticeRow(db: Db, rumorId: string, { published, verdict = 'FALSE', regionCodes = ['KZ-47'] }: { published: boolean; verdict?: FinalVerdict; regionCodes?: string[] }) {
  const now = new Date();
  const texts = completeTranslations();
  return db.notice.create({
    data: {
      rumorId,
      slug: `test-notice-${Math.random().toString(16).slice(2, 10)}`,
      verdict,
      status: published ? 'PUBLISHED' : 'DRAFT',
      regionCodes,
      currentVersion: published ? 1 : 0,
      firstPublishedAt: published ? now : null,
      lastPublishedAt: published ? now : null,
      versions: {
        create: {
          version: 1,
          verdict,
          regionCodes,
          publishedAt: published ? now : null,
          translations: {
            create: LANGUAGES.map((language) => ({ language, ...texts[language], searchText: normalizeReportText(`${texts[language].title} ${texts[language].summary}`) })),
          },
        },
      },
    },
  });
}
