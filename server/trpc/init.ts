// tRPC foundation: one context, named procedure builders that carry authentication and role
// checks into every router, domain errors mapped to tRPC codes, zod errors as field errors.
import { initTRPC, TRPCError } from '@trpc/server';
import superjson from 'superjson';
import { z, ZodError } from 'zod';
import type { Session } from 'next-auth';
import type { Db } from '../db/client';
import type { Role } from '../db/generated/enums';
import { isDatabaseUnavailable } from '../db/unavailable';
import { DomainError } from '../errors';
import { requireAccountActor, requireStaffActor } from '../auth/current-actor';
import { HOTLINE_ROLES, MODERATION_ROLES, STAFF_ROLES } from '../policy';

export interface TrpcContext {
  db: Db;
  session: Session | null;
  requestId: string;
}

const t = initTRPC.context<TrpcContext>().create({
  transformer: superjson,
  errorFormatter({ shape, error }) {
    return {
      ...shape,
      data: {
        ...shape.data,
        // Field errors for forms: { fieldErrors: { text: ['…'] }, formErrors: [] }
        zodError: error.cause instanceof ZodError ? z.flattenError(error.cause) : null,
      },
    };
  },
});

const domainErrors = t.middleware(async ({ next }) => {
  const result = await next();
  if (!result.ok && result.error.cause instanceof DomainError) {
    throw new TRPCError({ code: result.error.cause.code, message: result.error.cause.message, cause: result.error.cause });
  }
  // An outage is not the procedure's bug: 503, and the endpoint adds Retry-After (server/api/trpc.ts).
  if (!result.ok && isDatabaseUnavailable(result.error.cause)) {
    throw new TRPCError({ code: 'SERVICE_UNAVAILABLE', message: 'The database is briefly unreachable; try again in a few seconds.', cause: result.error.cause });
  }
  return result;
});

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;

export const publicProcedure = t.procedure.use(domainErrors);

/** Signed-in, active staff with one of these roles (UNAUTHORIZED / FORBIDDEN otherwise), as every staff edge checks it. */
function requireRoles(roles: readonly Role[]) {
  return publicProcedure.use(async ({ ctx, next }) => next({ ctx: { ...ctx, actor: await requireStaffActor(ctx.db, ctx.session, roles) } }));
}

/** Any signed-in, active staff member who works on rumours (not the hotline's PROXY). */
export const staffProcedure = requireRoles(STAFF_ROLES);

/**
 * A member's own account — password, sessions, two-factor: every role, and open while a gate asks
 * them to change their password or set up two-factor. `ctx.signedIn` has their session id.
 */
export const accountProcedure = publicProcedure.use(async ({ ctx, next }) => {
  const signedIn = await requireAccountActor(ctx.db, ctx.session);
  return next({ ctx: { ...ctx, actor: signedIn.actor, signedIn } });
});

/** Reports entered on a caller's behalf: hotline operators (PROXY) and admins. */
export const hotlineProcedure = requireRoles(HOTLINE_ROLES);

/** Moderators and admins; region scope is checked by the domain function with the entity in hand. */
export const moderatorProcedure = requireRoles(MODERATION_ROLES);
export const adminProcedure = requireRoles(['ADMIN']);
