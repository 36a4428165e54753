// The one definition of every staff-administration input: the admin forms (react-hook-form) and
// the tRPC procedures share these. Messages are translation keys under `staff.validation`.
import { z } from 'zod';
import { LANGUAGES } from '../i18n/languages';
import { REGION_CODES } from '../regions/codes';

/** The regions a rumour touches; colleagues offered for it must cover every one of them. */
export const assignableModeratorsInput = z.object({
  regionCodes: z.array(z.string().regex(/^KZ-[A-Z0-9]{2,3}$/, 'regionInvalid')).max(20),
});
export type AssignableModeratorsInput = z.input<typeof assignableModeratorsInput>;

export const STAFF_ROLE_CHOICES = ['ADMIN', 'MODERATOR', 'VERIFIER', 'PROXY'] as const;
/** How a new member (or one whose password is reset) gets in: a link by e-mail, or a password the admin hands over. */
export const CREDENTIAL_METHODS = ['INVITE_LINK', 'ONE_TIME_PASSWORD'] as const;

const staffProfileFields = {
  name: z.string({ error: 'nameRequired' }).trim().min(1, 'nameRequired').max(120, 'nameTooLong'),
  role: z.enum(STAFF_ROLE_CHOICES, { error: 'roleInvalid' }),
  regionCodes: z.array(z.enum(REGION_CODES, { error: 'regionInvalid' })).max(REGION_CODES.length),
  /** Also works the national queue (reports and rumours no region claims). Moderators only. */
  nationalQueue: z.boolean(),
  /** May read reporters' contact details. Admins and moderators only. */
  canViewContacts: z.boolean(),
};

type StaffProfile = { role: (typeof STAFF_ROLE_CHOICES)[number]; regionCodes: string[]; nationalQueue: boolean; canViewContacts: boolean };

/**
 * What a role's scope must be: a moderator works somewhere (regions, the national queue or both), a
 * verifier in at least one region; admins act everywhere and the hotline's PROXY sees nothing, so
 * neither has a scope. What a role cannot use (a verifier's national queue, a PROXY's contact
 * permission) is refused rather than silently stored.
 */
function checkScope(value: StaffProfile, ctx: z.RefinementCtx): void {
  const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
  if (value.role === 'MODERATOR' && value.regionCodes.length === 0 && !value.nationalQueue) issue('regionCodes', 'moderatorScopeRequired');
  if (value.role === 'VERIFIER' && value.regionCodes.length === 0) issue('regionCodes', 'verifierRegionRequired');
  if ((value.role === 'ADMIN' || value.role === 'PROXY') && value.regionCodes.length > 0) issue('regionCodes', 'scopeNotForRole');
  if (value.role !== 'MODERATOR' && value.nationalQueue) issue('nationalQueue', 'nationalNotForRole');
  if ((value.role === 'VERIFIER' || value.role === 'PROXY') && value.canViewContacts) issue('canViewContacts', 'contactsNotForRole');
}

export const createStaffInput = z
  .object({
    email: z.string({ error: 'emailRequired' }).trim().min(1, 'emailRequired').max(254, 'emailInvalid').pipe(z.email('emailInvalid')).transform((v) => v.toLowerCase()),
    ...staffProfileFields,
    /** The language of the invitation mail and, later, of mails to this member. */
    locale: z.enum(LANGUAGES, { error: 'languageInvalid' }),
    credentials: z.enum(CREDENTIAL_METHODS, { error: 'credentialsInvalid' }),
  })
  .superRefine(checkScope);
export type CreateStaffInput = z.input<typeof createStaffInput>;

export const updateStaffInput = z
  .object({ id: z.uuid(), ...staffProfileFields })
  .superRefine(checkScope);
export type UpdateStaffInput = z.input<typeof updateStaffInput>;

export const staffMemberInput = z.object({ id: z.uuid() });
export type StaffMemberInput = z.input<typeof staffMemberInput>;

export const resetStaffPasswordInput = z.object({ id: z.uuid(), credentials: z.enum(CREDENTIAL_METHODS, { error: 'credentialsInvalid' }) });
export type ResetStaffPasswordInput = z.input<typeof resetStaffPasswordInput>;
