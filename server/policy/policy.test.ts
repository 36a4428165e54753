// The rules of who may do what, in one place; the use-case tests check that each use case asks them.
import { describe, expect, it } from 'vitest';
import { assertAdmin, assertCanManageSource, assertCanViewSmsLog, canManageSource, canReadContact, canViewSmsLog, coversRegions, type Actor } from '.';

const staff = (role: Actor['role'], regionCodes: string[] = ['KZ-47']): Actor => ({ id: `${role}-id`, name: role, role, regionCodes, nationalQueue: false, canViewContacts: false });
const admin = staff('ADMIN', []);
const moderator = staff('MODERATOR');
const verifier = staff('VERIFIER');

describe('policy', () => {
  it('leaves country-wide settings to admins', () => {
    expect(() => assertAdmin(admin, 'admins only')).not.toThrow();
    for (const actor of [moderator, verifier]) expect(() => assertAdmin(actor, 'admins only')).toThrow(expect.objectContaining({ code: 'FORBIDDEN', message: 'admins only' }));
  });

  it('scopes rumours to the actor’s regions; what no region claims is the national queue’s', () => {
    expect(coversRegions(moderator, ['KZ-47', 'KZ-61'])).toBe(true);
    expect(coversRegions(moderator, ['KZ-61'])).toBe(false);
    expect(coversRegions(moderator, [])).toBe(false);
    expect(coversRegions({ ...moderator, nationalQueue: true }, [])).toBe(true);
    expect(coversRegions(admin, [])).toBe(true);
    expect(coversRegions(admin, ['KZ-61'])).toBe(true);
  });

  it('lets a moderator manage only sources wholly within their regions', () => {
    expect(canManageSource(moderator, ['KZ-47'])).toBe(true);
    expect(canManageSource(moderator, ['KZ-47', 'KZ-61'])).toBe(false);
    expect(canManageSource(moderator, [])).toBe(false);
    expect(canManageSource(verifier, ['KZ-47'])).toBe(false);
    expect(canManageSource(admin, [])).toBe(true);
    expect(() => assertCanManageSource(moderator, ['KZ-61'])).toThrow(expect.objectContaining({ code: 'FORBIDDEN', message: 'sourceOutOfRegion' }));
  });

  it('keeps citizens’ SMS from field verifiers', () => {
    expect([admin, moderator, verifier].map(canViewSmsLog)).toEqual([true, true, false]);
    expect(() => assertCanViewSmsLog(verifier)).toThrow(expect.objectContaining({ code: 'FORBIDDEN' }));
  });

  it('shows a contact only with the permission and only when the reporter asked for an answer', () => {
    expect(canReadContact({ canViewContacts: true }, { wantsFeedback: true })).toBe(true);
    expect(canReadContact({ canViewContacts: true }, { wantsFeedback: false })).toBe(false);
    expect(canReadContact({ canViewContacts: false }, { wantsFeedback: true })).toBe(false);
  });
});
