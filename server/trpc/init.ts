// tRPC foundation: one context, named procedure builders that carry authentication, role checks
// and the rate limit of writes into every router, domain errors mapped to tRPC codes, zod errors
// as field errors.
import { initTRPC, TRPCError } from '@trpc/server';
import superjson from 'superjson';
import { z, ZodError } from 'zod';
import type { Session } from 'next-auth';
import type { Db } from '../db/client';
import type { Role } from '../db/generated/enums';
import { isDatabaseUnavailable } from '../db/unavailable';
import { isUnstorableText } from '../db/unstorable-text';
import { withWellFormedStrings } from '../text/normalize';
import { DomainError } from '../errors';
import { requireAccountActor, requireStaffActor } from '../auth/current-actor';
import { HOTLINE_ROLES, MODERATION_ROLES, STAFF_ROLES } from '../policy';
import type { ConsumeRateLimit, RateLimitPolicy, RateLimitSubject } from '../http/rate-limit';

export interface TrpcContext {
  db: Db;
  session: Session | null;
  requestId: string;
  /**
   * Counts each mutation against its caller's budget: a staff member's account, or an anonymous
   * client's address. The HTTP endpoint always passes it; in-process callers (tests, scripts) may not.
   */
  rateLimit?: { consume: ConsumeRateLimit; headers: Headers };
}

/** A mutation over its caller's budget; the endpoint answers 429 with this Retry-After. */
export class RateLimitedError extends Error {
  constructor(readonly retryAfterSeconds: number) {
    super('Too many changes in a short time; try again in a moment.');
    this.name = 'RateLimitedError';
  }
}

async function limitMutation(ctx: TrpcContext, type: string, policy: RateLimitPolicy, subject: (headers: Headers) => RateLimitSubject): Promise<void> {
  if (type !== 'mutation' || !ctx.rateLimit) return;
  const decision = await ctx.rateLimit.consume(policy, subject(ctx.rateLimit.headers));
  if (!decision.allowed) {
    const cause = new RateLimitedError(decision.retryAfterSeconds);
    throw new TRPCError({ code: 'TOO_MANY_REQUESTS', message: cause.message, cause });
  }
}

const t = initTRPC.context<TrpcContext>().create({
  // Inputs arrive with lone surrogates replaced (server/text/normalize.ts): no procedure meets one.
  transformer: { input: { serialize: superjson.serialize, deserialize: (value: Parameters<typeof superjson.deserialize>[0]) => withWellFormedStrings(superjson.deserialize(value)) }, output: superjson },
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
  // A NUL or broken UTF-8 in the input, refused by the database when stored: the caller's error.
  if (!result.ok && isUnstorableText(result.error.cause)) {
    throw new TRPCError({ code: 'BAD_REQUEST', message: 'The input contains characters that cannot be stored.', cause: result.error.cause });
  }
  // An outage is not the procedure's bug: 503, and the endpoint adds Retry-After (server/api/trpc.ts).
  if (!result.ok && isDatabaseUnavailable(result.error.cause)) {
    throw new TRPCError({ code: 'SERVICE_UNAVAILABLE', message: 'The database is briefly unreachable; try again in a few seconds.', cause: result.error.cause });
  }
  return result;
});

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;

const baseProcedure = t.procedure.use(domainErrors);

/** Anyone; a mutation counts against the client's address. */
export const publicProcedure = baseProcedure.use(async ({ ctx, type, next }) => {
  await limitMutation(ctx, type, 'public.write', (headers) => ({ client: headers }));
  return next();
});

/**
 * Signed-in, active staff with one of these roles (UNAUTHORIZED / FORBIDDEN otherwise), as every
 * staff edge checks it; a mutation counts against the member's account, wherever they sign in from.
 */
function requireRoles(roles: readonly Role[]) {
  return baseProcedure.use(async ({ ctx, type, next }) => {
    const actor = await requireStaffActor(ctx.db, ctx.session, roles);
    await limitMutation(ctx, type, 'staff.write', () => ({ staff: actor.id }));
    return next({ ctx: { ...ctx, actor } });
  });
}

/** Any signed-in, active staff member who works on rumours (not the hotline's PROXY). */
export const staffProcedure = requireRoles(STAFF_ROLES);

/**
 * A member's own account — password, sessions, two-factor: every role, and open while a gate asks
 * them to change their password or set up two-factor. `ctx.signedIn` has their session id.
 */
export const accountProcedure = baseProcedure.use(async ({ ctx, type, next }) => {
  const signedIn = await requireAccountActor(ctx.db, ctx.session);
  await limitMutation(ctx, type, 'staff.write', () => ({ staff: signedIn.actor.id }));
  return next({ ctx: { ...ctx, actor: signedIn.actor, signedIn } });
});

/** Reports entered on a caller's behalf: hotline operators (PROXY) and admins. */
export const hotlineProcedure = requireRoles(HOTLINE_ROLES);

/** Moderators and admins; region scope is checked by the domain function with the entity in hand. */
export const moderatorProcedure = requireRoles(MODERATION_ROLES);
export const adminProcedure = requireRoles(['ADMIN']);
