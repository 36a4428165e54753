// Prisma `select`s for the columns every reader of a notice's life needs, so the editor, the
// authoring use cases and the open-data export read the same fields and a new lifecycle column is
// added in one place.
import { WITHDRAWAL_REASON_SELECT } from './withdrawal-reason';

/** What the notice is and where it stands: identity, verdict, status, targeting and versioning. */
export const NOTICE_HEAD_SELECT = {
  id: true,
  rumorId: true,
  slug: true,
  verdict: true,
  status: true,
  urgency: true,
  regionCodes: true,
  currentVersion: true,
  firstPublishedAt: true,
} as const;

/** When it was last published, withdrawn (and why) or superseded. */
export const NOTICE_LIFECYCLE_SELECT = {
  lastPublishedAt: true,
  withdrawnAt: true,
  ...WITHDRAWAL_REASON_SELECT,
  supersededById: true,
} as const;
