import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { appRouter } from '../../server/trpc/app-router';
import { inputFor, validTrpcInputs, VERIFIER_PROCEDURES, type BenchIds } from './trpc-valid-inputs';

const procedures = (appRouter as unknown as { _def: { procedures: Record<string, { _def: { inputs: z.ZodType[] } }> } })._def.procedures;
const ids: BenchIds = {
  rumorId: randomUUID(),
  memberId: randomUUID(),
  verifierId: randomUUID(),
  verificationRequestId: randomUUID(),
  myTasksCursor: { dueAt: new Date().toISOString(), id: randomUUID() },
  sourceId: randomUUID(),
  evidenceSourceId: randomUUID(),
  gatewaySecretId: randomUUID(),
  webhookId: randomUUID(),
  savedFilterId: randomUUID(),
  riskTermIds: [randomUUID(), randomUUID()],
  investigatingRumorIds: [randomUUID(), randomUUID()],
  draftIds: [randomUUID(), randomUUID()],
  correctedNotice: { rumorId: randomUUID(), noticeId: randomUUID() },
  withdrawNoticeIds: [randomUUID(), randomUUID()],
  inviteTokens: ['bWFkZS11cC1pbnZpdGF0aW9uLWxpbmstdG9rZW4tMDE', 'bWFkZS11cC1pbnZpdGF0aW9uLWxpbmstdG9rZW4tMDI'],
  merges: [{ rumorId: randomUUID(), eventId: '41' }, { rumorId: randomUUID(), eventId: '42' }],
};
const inputs = validTrpcInputs(ids);

describe("the bad-input bench's valid tRPC inputs", () => {
  it.each(Object.keys(inputs))('%s: the procedure exists and its own schema accepts the input (first and a later shot)', (name) => {
    const procedure = procedures[name];
    expect(procedure, `${name} is no procedure of appRouter`).toBeDefined();
    const schema = procedure!._def.inputs[0];
    for (const i of [0, 1, 9_999]) {
      const input = inputFor(inputs[name], i);
      if (!schema) {
        expect(input).toBeUndefined();
        continue;
      }
      const parsed = schema.safeParse(input);
      expect(parsed.success ? [] : parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`)).toEqual([]);
    }
  });

  it('inputs made per shot differ where a row must be new, and walk the pools', () => {
    expect(inputFor(inputs['staff.create'], 1)).not.toEqual(inputFor(inputs['staff.create'], 3));
    expect(inputFor(inputs['staff.create'], 2)).toEqual(inputFor(inputs['staff.create'], 4));
    expect(inputFor(inputs['settings.removeRiskTerm'], 1)).toEqual({ id: ids.riskTermIds[1] });
    expect(inputFor(inputs['settings.removeRiskTerm'], 2)).toEqual({ id: ids.riskTermIds[0] });
  });

  it('the verifier-only procedures are in the table', () => {
    for (const name of VERIFIER_PROCEDURES) expect(Object.keys(inputs)).toContain(name);
  });
});
