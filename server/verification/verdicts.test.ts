import { beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../policy';
import { setupTestDatabase } from '../testing/database';
import { asActor, createStaff } from '../testing/fixtures';
import { addEvidence } from './add-evidence';
import { draftVerdict } from './draft-verdict';
import { reviewVerdict } from './review-verdict';
import { createInvestigatingRumor } from '../testing/verification';

const t = setupTestDatabase();
let drafter: Actor;
let colleague: Actor;
let turkistanModerator: Actor;
let admin: Actor;

const auditCount = (entityId: string) => t.db.auditEvent.count({ where: { entityId } });
const rationale = 'Акимат опроверг, полевой проверяющий на месте не подтвердил.';

async function withEvidence(rumorId: string) {
  await addEvidence(t.db, drafter, { rumorId, adHocSourceName: 'Пресс-служба акимата', excerpt: 'Порт работает в обычном режиме.', stance: 'REFUTES', obtainedAt: new Date() });
}

/** A high-risk Mangystau rumour with evidence and a FALSE verdict awaiting a second moderator. */
async function draftAwaitingApproval() {
  const rumor = await createInvestigatingRumor(t.db, ['KZ-47']);
  await t.db.rumor.update({ where: { id: rumor.id }, data: { highRisk: true } });
  await withEvidence(rumor.id);
  const { draft } = await draftVerdict(t.db, drafter, { rumorId: rumor.id, verdict: 'FALSE', rationale });
  return { rumor, draft };
}

beforeAll(async () => {
  drafter = asActor(await createStaff(t.db, 'MODERATOR', ['KZ-47']));
  colleague = asActor(await createStaff(t.db, 'MODERATOR', ['KZ-47']));
  turkistanModerator = asActor(await createStaff(t.db, 'MODERATOR', ['KZ-61']));
  admin = asActor(await createStaff(t.db, 'ADMIN', []));
});

describe('drafting a verdict', () => {
  it('refuses FALSE, MISLEADING and TRUE without evidence, and records nothing', async () => {
    const rumor = await createInvestigatingRumor(t.db, ['KZ-47']);
    for (const verdict of ['FALSE', 'MISLEADING', 'TRUE'] as const) {
      await expect(draftVerdict(t.db, drafter, { rumorId: rumor.id, verdict, rationale })).rejects.toMatchObject({ code: 'BAD_REQUEST', message: 'evidenceRequired' });
    }
    expect(await t.db.verdictDraft.count({ where: { rumorId: rumor.id } })).toBe(0);
    expect(await auditCount(rumor.id)).toBe(0);
  });

  it('allows UNVERIFIED without evidence and approves it at once when no second approval is needed', async () => {
    const rumor = await createInvestigatingRumor(t.db, ['KZ-47']);
    const result = await draftVerdict(t.db, drafter, { rumorId: rumor.id, verdict: 'UNVERIFIED', rationale });
    expect(result.needsSecondApproval).toBe(false);
    expect(result.draft).toMatchObject({ status: 'APPROVED', reviewedById: drafter.id });
    // Publishing is a separate step: the rumour stays under investigation, ready to publish.
    expect((await t.db.rumor.findUniqueOrThrow({ where: { id: rumor.id } })).status).toBe('INVESTIGATING');
    expect(await t.db.auditEvent.findMany({ where: { entityId: result.draft.id }, select: { action: true, actorId: true } })).toEqual([{ action: 'verdict.self_approved', actorId: drafter.id }]);
  });

  it('sends a high-risk rumour to AWAITING_APPROVAL with its draft, audited', async () => {
    const { rumor, draft } = await draftAwaitingApproval();
    expect(draft.status).toBe('AWAITING_APPROVAL');
    expect((await t.db.rumor.findUniqueOrThrow({ where: { id: rumor.id } })).status).toBe('AWAITING_APPROVAL');
    expect(await t.db.auditEvent.count({ where: { entityId: draft.id, action: 'verdict.drafted' } })).toBe(1);
    expect(await t.db.auditEvent.count({ where: { entityId: rumor.id, action: 'rumor.status_changed' } })).toBe(1);
  });

  it('needs a second approval in a region that asks for it, even when the rumour is not high-risk', async () => {
    await t.db.region.update({ where: { code: 'KZ-61' }, data: { requiresApproval: true } });
    try {
      const rumor = await createInvestigatingRumor(t.db, ['KZ-61']);
      const result = await draftVerdict(t.db, turkistanModerator, { rumorId: rumor.id, verdict: 'UNVERIFIED', rationale });
      expect(result.draft.status).toBe('AWAITING_APPROVAL');
      expect(result.rumorStatus).toBe('AWAITING_APPROVAL');
    } finally {
      await t.db.region.update({ where: { code: 'KZ-61' }, data: { requiresApproval: false } });
    }
  });

  it('refuses a moderator of another region', async () => {
    const rumor = await createInvestigatingRumor(t.db, ['KZ-47']);
    await expect(draftVerdict(t.db, turkistanModerator, { rumorId: rumor.id, verdict: 'UNVERIFIED', rationale })).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});

describe('four eyes', () => {
  it('does not let the drafter approve their own verdict, and a failed approval leaves no trace', async () => {
    const { rumor, draft } = await draftAwaitingApproval();
    const eventsBefore = await t.db.auditEvent.count();
    await expect(reviewVerdict(t.db, drafter, { draftId: draft.id, decision: 'approve' })).rejects.toMatchObject({ code: 'FORBIDDEN', message: 'fourEyes' });
    expect(await t.db.auditEvent.count()).toBe(eventsBefore);
    expect((await t.db.verdictDraft.findUniqueOrThrow({ where: { id: draft.id } })).status).toBe('AWAITING_APPROVAL');
    expect((await t.db.rumor.findUniqueOrThrow({ where: { id: rumor.id } })).status).toBe('AWAITING_APPROVAL');
  });

  it('does not let a moderator of another region approve', async () => {
    const { draft } = await draftAwaitingApproval();
    const eventsBefore = await t.db.auditEvent.count();
    await expect(reviewVerdict(t.db, turkistanModerator, { draftId: draft.id, decision: 'approve' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(await t.db.auditEvent.count()).toBe(eventsBefore);
  });

  it('lets another moderator of the region approve; the rumour waits for publishing', async () => {
    const { rumor, draft } = await draftAwaitingApproval();
    const result = await reviewVerdict(t.db, colleague, { draftId: draft.id, decision: 'approve', comment: 'Согласен.' });
    expect(result.draft).toMatchObject({ status: 'APPROVED', reviewedById: colleague.id, draftedById: drafter.id });
    expect((await t.db.rumor.findUniqueOrThrow({ where: { id: rumor.id } })).status).toBe('AWAITING_APPROVAL');
    expect(await t.db.auditEvent.findMany({ where: { entityId: draft.id, action: 'verdict.approved' }, select: { actorId: true } })).toEqual([{ actorId: colleague.id }]);
    // A decided draft cannot be decided again.
    await expect(reviewVerdict(t.db, admin, { draftId: draft.id, decision: 'return', comment: 'Нет' })).rejects.toMatchObject({ code: 'CONFLICT' });
  });

  it('lets an admin approve', async () => {
    const { draft } = await draftAwaitingApproval();
    expect((await reviewVerdict(t.db, admin, { draftId: draft.id, decision: 'approve' })).draft.status).toBe('APPROVED');
  });

  it('returns a draft only with a comment, sending the rumour back to INVESTIGATING', async () => {
    const { rumor, draft } = await draftAwaitingApproval();
    await expect(reviewVerdict(t.db, colleague, { draftId: draft.id, decision: 'return', comment: '  ' })).rejects.toThrow(/commentRequired/);
    const result = await reviewVerdict(t.db, colleague, { draftId: draft.id, decision: 'return', comment: 'Нужен ответ полиции.' });
    expect(result.draft).toMatchObject({ status: 'RETURNED', reviewComment: 'Нужен ответ полиции.' });
    expect(result.rumorStatus).toBe('INVESTIGATING');
    const rumorEvent = await t.db.auditEvent.findFirstOrThrow({ where: { entityId: rumor.id, action: 'rumor.status_changed', actorId: colleague.id } });
    expect(rumorEvent.after).toMatchObject({ status: 'INVESTIGATING', comment: 'Нужен ответ полиции.' });
    // Back under investigation, the drafter can write a new draft.
    const again = await draftVerdict(t.db, drafter, { rumorId: rumor.id, verdict: 'FALSE', rationale: `${rationale} Полиция тоже опровергла.` });
    expect(again.draft.status).toBe('AWAITING_APPROVAL');
  });
});
