// A rumour's history tells its whole story, from the first report to the published notice: the
// work on its evidence, field checks, verdict and notices included, each said in words.
import { beforeAll, describe, expect, it } from 'vitest';
import { LANGUAGES } from '../i18n/languages';
import { translatorFor } from '../i18n/translator';
import { completeTranslations } from '../testing/notices';
import { publishNotice } from '../notices/publish-notice';
import { saveNoticeDraft } from '../notices/save-notice-draft';
import type { Actor } from '../policy';
import { setupTestDatabase } from '../testing/database';
import { asActor, createStaff } from '../testing/fixtures';
import { addEvidence } from '../verification/add-evidence';
import { answerVerification } from '../verification/answer-verification';
import { draftVerdict } from '../verification/draft-verdict';
import { requestVerification } from '../verification/request-verification';
import { reviewVerdict } from '../verification/review-verdict';
import { createInvestigatingRumor } from '../testing/verification';
import { getRumorHistory } from './rumor-history';

const t = setupTestDatabase();
let moderator: Actor;
let colleague: Actor;
let verifier: Actor;

beforeAll(async () => {
  moderator = asActor(await createStaff(t.db, 'MODERATOR', ['KZ-47']));
  colleague = asActor(await createStaff(t.db, 'MODERATOR', ['KZ-47']));
  verifier = asActor(await createStaff(t.db, 'VERIFIER', ['KZ-47']));
});

describe('rumour history', () => {
  it('includes evidence, field verification, the verdict’s approval and the notice, in words in every language', async () => {
    const rumor = await createInvestigatingRumor(t.db, ['KZ-47']);
    await t.db.rumor.update({ where: { id: rumor.id }, data: { highRisk: true } });
    await addEvidence(t.db, moderator, { rumorId: rumor.id, adHocSourceName: 'Пресс-служба акимата', excerpt: 'Порт работает в обычном режиме.', stance: 'REFUTES', obtainedAt: new Date() });
    const [task] = await requestVerification(t.db, moderator, { rumorId: rumor.id, assigneeIds: [verifier.id], question: 'Работает ли сейчас порт в Актау?', dueAt: new Date(Date.now() + 3600_000) });
    await answerVerification(t.db, verifier, { id: task!.id, answer: 'DENIES', note: 'Порт работает.' });
    const { draft } = await draftVerdict(t.db, moderator, { rumorId: rumor.id, verdict: 'FALSE', rationale: 'Акимат опроверг, полевой проверяющий на месте не подтвердил.' });
    await reviewVerdict(t.db, colleague, { draftId: draft.id, decision: 'approve' });
    const notice = await saveNoticeDraft(t.db, moderator, { rumorId: rumor.id, verdict: 'FALSE', urgency: 'NORMAL', regionCodes: ['KZ-47'], translations: completeTranslations() });
    await publishNotice(t.db, moderator, { noticeId: notice.noticeId }, { enqueueFanout: async () => 'job' });

    const history = await getRumorHistory(t.db, moderator, { id: rumor.id });
    expect(history.map((h) => h.action).reverse()).toEqual([
      'evidence.added',
      'verification.requested',
      'verification.answered',
      'evidence.added',
      'verdict.drafted',
      'rumor.status_changed',
      'verdict.approved',
      'notice.draft_created',
      'notice.published',
      'rumor.status_changed',
    ]);
    expect(history.find((h) => h.action === 'verification.answered')).toMatchObject({ actorName: verifier.name, byStaff: true });
    expect(history.find((h) => h.action === 'verdict.drafted')).toMatchObject({ verdict: 'FALSE' });
    expect(history[0]).toMatchObject({ statusChange: { from: 'AWAITING_APPROVAL', to: 'PUBLISHED' } });

    for (const language of LANGUAGES) {
      const tr = translatorFor(language);
      for (const event of history) {
        expect(event.message).not.toBe('audit.unknownAction');
        expect(tr(event.message)).not.toMatch(/audit\.|\./);
      }
    }
  });

  it('says an action it does not know, and a non-staff actor, in words', async () => {
    const rumor = await createInvestigatingRumor(t.db, ['KZ-47']);
    await t.db.auditEvent.create({ data: { actorLabel: 'a-future-gateway', action: 'rumor.teleported', entityType: 'Rumor', entityId: rumor.id } });
    const [event] = await getRumorHistory(t.db, moderator, { id: rumor.id });
    expect(event).toMatchObject({ message: 'audit.unknownAction', actorMessage: 'audit.actors.anonymous', byStaff: false, statusChange: null, verdict: null });
    expect(translatorFor('kk')(event!.message)).toBe('өзгеріс енгізді');
  });
});
