// Who hears each staff live event is decided from the event and the connection's actor alone, by
// the same rule as opening the rumour: moderators of one of its regions and admins — never a
// moderator of other regions; a field verifier of the region hears only that a verification changed.
import { describe, expect, it } from 'vitest';
import type { Actor } from '../policy';
import type { RaspaEvent } from './events';
import { isStaffEvent, STAFF_EVENT_TYPES, staffEventRule, type StaffEvent } from './staff-events';

const actor = (role: Actor['role'], regionCodes: string[]): Actor => ({ id: `${role}-${regionCodes.join('-')}`, name: role, role, regionCodes, nationalQueue: false, canViewContacts: false });
const report = (regionCodes: string[]): StaffEvent => ({ type: 'report.created', reportId: 'report-1', rumorId: 'rumor-1', regionCodes });

describe('staff live events', () => {
  it('reach the moderators of any of the rumour’s regions and every admin', () => {
    const event = report(['KZ-47', 'KZ-61']);
    const hears = (who: Actor) => staffEventRule(event).audience(who, event);
    expect(hears(actor('MODERATOR', ['KZ-47']))).toBe(true);
    expect(hears(actor('MODERATOR', ['KZ-75', 'KZ-61']))).toBe(true);
    expect(hears(actor('ADMIN', []))).toBe(true);
    expect(hears(actor('MODERATOR', ['KZ-75']))).toBe(false);
    expect(hears(actor('MODERATOR', []))).toBe(false);
  });

  it('never reach a field verifier, even of the rumour’s region', () => {
    const event = report(['KZ-47']);
    expect(staffEventRule(event).audience(actor('VERIFIER', ['KZ-47']), event)).toBe(false);
  });

  it('send the browser only the rumour’s id, not the report or its regions', () => {
    const event = report(['KZ-47']);
    expect(staffEventRule(event).data(event)).toEqual({ rumorId: 'rumor-1' });
  });

  it('tell a member, and only that member, that their notifications changed — with nothing in it', () => {
    const event: StaffEvent = { type: 'notifications.changed', userId: 'MODERATOR-KZ-47' };
    expect(staffEventRule(event).audience(actor('MODERATOR', ['KZ-47']), event)).toBe(true);
    expect(staffEventRule(event).audience(actor('ADMIN', []), event)).toBe(false);
    expect(staffEventRule(event).audience(actor('MODERATOR', ['KZ-61']), event)).toBe(false);
    expect(staffEventRule(event).data(event)).toEqual({});
  });

  it('leave public notice events to the public stream', () => {
    const published: RaspaEvent = { type: 'notice.published', noticeId: 'notice-1', slug: 'x', version: 1, verdict: 'FALSE', urgency: 'NORMAL', regionCodes: ['KZ-47'] };
    expect(isStaffEvent(published)).toBe(false);
    expect(isStaffEvent(report(['KZ-47']))).toBe(true);
    expect(STAFF_EVENT_TYPES).toEqual(['report.created', 'rumor.changed', 'notifications.changed']);
  });

  it('tell a field verifier of the region only that a verification changed, never other changes', () => {
    const changed = (action: string): StaffEvent => ({ type: 'rumor.changed', action, rumorId: 'rumor-1', regionCodes: ['KZ-47'] });
    const hears = (who: Actor, event: StaffEvent) => staffEventRule(event).audience(who, event);
    expect(hears(actor('VERIFIER', ['KZ-47']), changed('verification.requested'))).toBe(true);
    expect(hears(actor('VERIFIER', ['KZ-75']), changed('verification.requested'))).toBe(false);
    expect(hears(actor('VERIFIER', ['KZ-47']), changed('evidence.added'))).toBe(false);
    expect(hears(actor('MODERATOR', ['KZ-47']), changed('evidence.added'))).toBe(true);
    expect(hears(actor('MODERATOR', ['KZ-75']), changed('evidence.added'))).toBe(false);
    expect(staffEventRule(changed('verdict.approved')).data(changed('verdict.approved'))).toEqual({ rumorId: 'rumor-1', action: 'verdict.approved' });
  });
});
