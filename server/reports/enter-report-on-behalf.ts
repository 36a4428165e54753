// The hotline: an operator (PROXY) types in what a caller or a visitor reports, through the same
// schema and intake as the citizens' form, with the channel saying how it came in. The operator
// sees the tracking code to read out and any published notice that already answers the claim —
// nothing else of Raspa.
import type { Db } from '../db/client';
import { serverEnv } from '../config/env';
import { assertCanEnterReportsOnBehalf, type Actor } from '../policy';
import { hotlineReportInput, type HotlineReportInput } from './schema';
import { submitReport, type SubmittedReport } from './submit-report';

export async function enterReportOnBehalf(db: Db, actor: Actor, rawInput: HotlineReportInput): Promise<SubmittedReport> {
  assertCanEnterReportsOnBehalf(actor);
  const { channel, displayLanguage, ...report } = hotlineReportInput.parse(rawInput);
  const { report: submitted } = await submitReport(db, report, { channel, encryptionKey: serverEnv().RASPA_ENCRYPTION_KEY, enteredById: actor.id, displayLanguage });
  return submitted;
}
