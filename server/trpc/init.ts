// tRPC foundation: one context, named procedure builders that carry authentication and role
// checks into every router, domain errors mapped to tRPC codes, zod errors as field errors.
import { initTRPC, TRPCError } from '@trpc/server';
import superjson from 'superjson';
import { z, ZodError } from 'zod';
import type { Session } from 'next-auth';
import type { Db } from '../db/client';
import type { Role } from '../db/generated/enums';
import { DomainError } from '../errors';
import { hasRole, MODERATION_ROLES, type Actor } from '../policy';
import { loadActor } from '../staff/load-actor';

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
  return result;
});

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;

export const publicProcedure = t.procedure.use(domainErrors);

/** Any signed-in, active staff member. */
export const staffProcedure = publicProcedure.use(async ({ ctx, next }) => {
  if (!ctx.session?.user?.id) throw new TRPCError({ code: 'UNAUTHORIZED', message: 'Sign in first.' });
  const actor = await loadActor(ctx.db, ctx.session.user.id);
  if (!actor) throw new TRPCError({ code: 'UNAUTHORIZED', message: 'This account is not active.' });
  return next({ ctx: { ...ctx, actor } });
});

function requireRoles(roles: readonly Role[]) {
  return staffProcedure.use(({ ctx, next }) => {
    const actor: Actor = ctx.actor;
    if (!hasRole(actor, roles)) throw new TRPCError({ code: 'FORBIDDEN', message: 'Your role may not do this.' });
    return next();
  });
}

/** Moderators and admins; region scope is checked by the domain function with the entity in hand. */
export const moderatorProcedure = requireRoles(MODERATION_ROLES);
export const adminProcedure = requireRoles(['ADMIN']);
