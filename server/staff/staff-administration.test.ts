// Staff administration as an admin runs it: invite → the member sets a password from the link →
// signs in; a one-time password that must be replaced; deactivation that hands work back; the
// rules that keep Raspa administrable (never the last admin, never oneself).
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { changeOwnPassword } from '../account/change-password';
import { describeSetPasswordLink, setPasswordWithLink } from '../account/set-password-with-link';
import { signInStaff } from '../auth/sign-in';
import { mailsSentInTests } from '../delivery/mailer';
import type { Actor } from '../policy';
import { setupTestDatabase } from '../testing/database';
import { asActor, createRumor, createStaff, sessionFor } from '../testing/fixtures';
import { createOpenTask } from '../testing/verification';
import { createStaffMember } from './create-staff-member';
import { deactivateStaffMember, reactivateStaffMember } from './deactivate-staff-member';
import { listStaff } from './list-staff';
import { loadSignedInStaff } from './load-actor';
import { endStaffMemberSessions, resetStaffPassword } from './reset-staff-credentials';
import { updateStaffMember } from './update-staff-member';

const t = setupTestDatabase();
let admin: Actor;

beforeAll(async () => {
  admin = asActor(await createStaff(t.db, 'ADMIN', []));
});

const tokenOf = (link: string) => decodeURIComponent(link.split('/').pop()!);
const newMember = (overrides: Record<string, unknown> = {}) => ({
  email: `Member-${randomUUID()}@Test.Raspa`,
  name: 'Айгерим Сериккызы',
  role: 'MODERATOR' as const,
  regionCodes: ['KZ-47' as const],
  nationalQueue: false,
  canViewContacts: false,
  locale: 'kk' as const,
  credentials: 'INVITE_LINK' as const,
  ...overrides,
});

describe('inviting a staff member', () => {
  it('mails a one-time link in their language; the link sets a password, and they sign in with it', async () => {
    const input = newMember();
    const { id, credentials } = await createStaffMember(t.db, admin, input);
    if (credentials.method !== 'INVITE_LINK') throw new Error('expected a link');
    expect(credentials.link).toMatch(/\/kk\/signin\/password\/[A-Za-z0-9_-]{43}$/);
    expect(credentials.expiresAt.getTime() - Date.now()).toBeGreaterThan(71 * 3_600_000);
    // Without SMTP the mail is only logged: the admin is told so and copies the link instead.
    expect(credentials.mail).toBe('logged');
    const mail = mailsSentInTests().find((m) => m.to === input.email.toLowerCase());
    expect(mail?.subject).toBe('Raspa қызметкерінің тіркелгісі');
    expect(mail?.text).toContain(credentials.link);

    // Not yet able to sign in: there is no password until the link is used.
    expect(await signInStaff(t.db, { email: input.email.toLowerCase(), password: 'anything at all' })).toEqual({ ok: false, reason: 'invalid' });
    expect(await describeSetPasswordLink(t.db, tokenOf(credentials.link))).toMatchObject({ state: 'valid', purpose: 'INVITE', email: input.email.toLowerCase() });

    const password = 'Kaspiy-tenizi-2026';
    expect(await setPasswordWithLink(t.db, { token: tokenOf(credentials.link), newPassword: password, confirmPassword: password })).toEqual({ email: input.email.toLowerCase() });
    const signedIn = await signInStaff(t.db, { email: input.email.toLowerCase(), password });
    expect(signedIn).toMatchObject({ ok: true, staff: { id, role: 'MODERATOR', regionCodes: ['KZ-47'] } });

    // The link works once.
    expect(await describeSetPasswordLink(t.db, tokenOf(credentials.link))).toEqual({ state: 'used' });
    await expect(setPasswordWithLink(t.db, { token: tokenOf(credentials.link), newPassword: 'Another-long-one-2026', confirmPassword: 'Another-long-one-2026' })).rejects.toThrow('link_used');
    const audit = await t.db.auditEvent.findMany({ where: { entityId: id }, orderBy: { id: 'asc' }, select: { action: true, actorId: true } });
    expect(audit.map((a) => a.action)).toEqual(['staff.created', 'account.password_set_by_link', 'auth.signed_in']);
    expect(audit[0]?.actorId).toBe(admin.id);
  });

  it('refuses a breached or too guessable password from the link, and an expired link', async () => {
    const { credentials } = await createStaffMember(t.db, admin, newMember());
    if (credentials.method !== 'INVITE_LINK') throw new Error('expected a link');
    const token = tokenOf(credentials.link);
    await expect(setPasswordWithLink(t.db, { token, newPassword: 'qwerty123456', confirmPassword: 'qwerty123456' })).rejects.toThrow('passwordBreached');
    await expect(setPasswordWithLink(t.db, { token, newPassword: 'Password2024!', confirmPassword: 'Password2024!' })).rejects.toThrow('passwordBreached');
    await expect(setPasswordWithLink(t.db, { token, newPassword: 'short', confirmPassword: 'short' })).rejects.toThrow();
    await t.db.staffCredentialToken.updateMany({ where: { usedAt: null, expiresAt: { gt: new Date() } }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await describeSetPasswordLink(t.db, token)).toEqual({ state: 'expired' });
  });

  it('refuses a second account with the same e-mail', async () => {
    const input = newMember();
    await createStaffMember(t.db, admin, input);
    await expect(createStaffMember(t.db, admin, { ...input, name: 'Someone else' })).rejects.toThrow('emailTaken');
  });

  it('checks each role’s scope: moderators work somewhere, a hotline operator nowhere', async () => {
    await expect(createStaffMember(t.db, admin, newMember({ regionCodes: [], nationalQueue: false }))).rejects.toThrow('moderatorScopeRequired');
    await expect(createStaffMember(t.db, admin, newMember({ role: 'PROXY', regionCodes: ['KZ-47'] }))).rejects.toThrow('scopeNotForRole');
    await expect(createStaffMember(t.db, admin, newMember({ role: 'PROXY', regionCodes: [], canViewContacts: true }))).rejects.toThrow('contactsNotForRole');
    const national = await createStaffMember(t.db, admin, newMember({ regionCodes: [], nationalQueue: true }));
    expect(await t.db.user.findUniqueOrThrow({ where: { id: national.id } })).toMatchObject({ regionCodes: [], nationalQueue: true });
  });

  it('is for admins only', async () => {
    const moderator = asActor(await createStaff(t.db, 'MODERATOR', ['KZ-47']));
    await expect(createStaffMember(t.db, moderator, newMember())).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});

describe('a one-time password', () => {
  it('is shown once, works once to sign in, and must be replaced before anything else', async () => {
    const input = newMember({ credentials: 'ONE_TIME_PASSWORD' });
    const { id, credentials } = await createStaffMember(t.db, admin, input);
    if (credentials.method !== 'ONE_TIME_PASSWORD') throw new Error('expected a password');
    expect(credentials.oneTimePassword).toMatch(/^[a-z2-9]{4}(-[a-z2-9]{4}){3}$/);
    const row = await t.db.user.findUniqueOrThrow({ where: { id } });
    expect(row.passwordHash).not.toContain(credentials.oneTimePassword);

    const signedIn = await signInStaff(t.db, { email: row.email, password: credentials.oneTimePassword });
    if (!signedIn.ok) throw new Error('sign-in failed');
    const ids = { userId: id, sessionId: signedIn.sessionId };
    expect((await loadSignedInStaff(t.db, ids))?.gate).toBe('passwordChangeRequired');

    const me = (await loadSignedInStaff(t.db, ids))!;
    await changeOwnPassword(t.db, me, { currentPassword: credentials.oneTimePassword, newPassword: 'Tuzdy-koldin-zhagasy', confirmPassword: 'Tuzdy-koldin-zhagasy' });
    expect((await loadSignedInStaff(t.db, ids))?.gate).toBeNull();
  });
});

describe('deactivating a staff member', () => {
  it('ends their sessions at once and hands their rumours, locks and open tasks back to the region', async () => {
    const moderator = await createStaff(t.db, 'MODERATOR', ['KZ-47']);
    const verifier = await createStaff(t.db, 'VERIFIER', ['KZ-47']);
    const moderatorSession = await sessionFor(t.db, moderator);
    const verifierSession = await sessionFor(t.db, verifier);
    const rumor = await createRumor(t.db, 'Говорят, в Актау закроют порт', ['KZ-47']);
    await t.db.rumor.update({ where: { id: rumor.id }, data: { assigneeId: moderator.id, lockedById: moderator.id, lockedUntil: new Date(Date.now() + 600_000) } });
    const task = await createOpenTask(t.db, ['KZ-47'], verifier.id, moderator.id);

    const result = await deactivateStaffMember(t.db, admin, { id: moderator.id });
    expect(result).toMatchObject({ sessionsEnded: 1, rumorsHandedBack: 1 });
    expect(await loadSignedInStaff(t.db, { userId: moderator.id, sessionId: moderatorSession.user.sessionId })).toBeNull();
    expect(await t.db.rumor.findUniqueOrThrow({ where: { id: rumor.id } })).toMatchObject({ assigneeId: null, lockedById: null });
    expect(await signInStaff(t.db, { email: moderator.email, password: 'correct horse battery' })).toEqual({ ok: false, reason: 'invalid' });

    const verifierResult = await deactivateStaffMember(t.db, admin, { id: verifier.id });
    expect(verifierResult).toMatchObject({ sessionsEnded: 1, tasksHandedBack: 1 });
    expect(await t.db.verificationRequest.findUniqueOrThrow({ where: { id: task.id } })).toMatchObject({ assigneeId: null, status: 'OPEN' });
    expect(await loadSignedInStaff(t.db, { userId: verifier.id, sessionId: verifierSession.user.sessionId })).toBeNull();

    const history = await t.db.auditEvent.findMany({ where: { entityId: { in: [rumor.id, task.id, moderator.id] }, action: { in: ['rumor.handed_back', 'verification.handed_back', 'staff.deactivated'] } } });
    expect(history.map((e) => e.action).sort()).toEqual(['rumor.handed_back', 'staff.deactivated', 'verification.handed_back']);

    // Reactivated: the account works again from a new sign-in; old sessions stay ended.
    await reactivateStaffMember(t.db, admin, { id: moderator.id });
    expect(await loadSignedInStaff(t.db, { userId: moderator.id, sessionId: moderatorSession.user.sessionId })).toBeNull();
    expect((await signInStaff(t.db, { email: moderator.email, password: 'correct horse battery' })).ok).toBe(true);
  });

  it('never leaves Raspa without an active admin, and an admin never acts on their own account here', async () => {
    await expect(deactivateStaffMember(t.db, admin, { id: admin.id })).rejects.toThrow('notOnYourself');
    const secondAdmin = asActor(await createStaff(t.db, 'ADMIN', []));
    // Every other admin deactivated first: the last one standing cannot be demoted by another.
    const others = await t.db.user.findMany({ where: { role: 'ADMIN', active: true, id: { notIn: [admin.id, secondAdmin.id] } } });
    for (const other of others) await t.db.user.update({ where: { id: other.id }, data: { active: false } });
    await deactivateStaffMember(t.db, secondAdmin, { id: admin.id });
    await expect(updateStaffMember(t.db, { ...admin, id: randomUUID() }, { id: secondAdmin.id, name: 'x', role: 'MODERATOR', regionCodes: ['KZ-47'], nationalQueue: false, canViewContacts: false })).rejects.toThrow('lastAdmin');
    await reactivateStaffMember(t.db, secondAdmin, { id: admin.id });
    for (const other of others) await t.db.user.update({ where: { id: other.id }, data: { active: true } });
  });
});

describe('an admin’s help with signing in', () => {
  it('a password reset by link kills the old password and every session', async () => {
    const member = await createStaff(t.db, 'MODERATOR', ['KZ-61']);
    const session = await sessionFor(t.db, member);
    const { credentials, sessionsEnded } = await resetStaffPassword(t.db, admin, { id: member.id, credentials: 'INVITE_LINK' });
    expect(sessionsEnded).toBe(1);
    expect(await loadSignedInStaff(t.db, { userId: member.id, sessionId: session.user.sessionId })).toBeNull();
    expect(await signInStaff(t.db, { email: member.email, password: 'correct horse battery' })).toEqual({ ok: false, reason: 'invalid' });
    if (credentials.method !== 'INVITE_LINK') throw new Error('expected a link');
    expect(await describeSetPasswordLink(t.db, tokenOf(credentials.link))).toMatchObject({ state: 'valid', purpose: 'PASSWORD_RESET' });
    const rows = await listStaff(t.db, admin);
    expect(rows.find((r) => r.id === member.id)).toMatchObject({ state: 'AWAITING_PASSWORD', liveSessions: 0, linkExpiresAt: expect.any(Date) });
  });

  it('"sign out everywhere" ends every session of the member', async () => {
    const member = await createStaff(t.db, 'VERIFIER', ['KZ-47']);
    const sessions = [await sessionFor(t.db, member), await sessionFor(t.db, member)];
    expect(await endStaffMemberSessions(t.db, admin, { id: member.id })).toMatchObject({ sessionsEnded: 2 });
    for (const s of sessions) expect(await loadSignedInStaff(t.db, { userId: member.id, sessionId: s.user.sessionId })).toBeNull();
    expect(await t.db.auditEvent.count({ where: { entityId: member.id, action: 'staff.signed_out_everywhere', actorId: admin.id } })).toBe(1);
  });
});
