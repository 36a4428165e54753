// Reporters' contact details are the most dangerous data Raspa holds.
import type { Actor } from './actor';

/** Only staff with the permission, and only when the reporter asked for an answer. */
export function canReadContact(actor: Pick<Actor, 'canViewContacts'>, report: { wantsFeedback: boolean }): boolean {
  return actor.canViewContacts && report.wantsFeedback;
}
