// The SMPP channel while this worker holds the bind (see ./service.ts): keeps a link bound —
// reconnecting with exponential backoff —, keeps it alive with enquire_link, sends the outbox at
// the account's rate (./pacer.ts, counted in submit_sm PDUs as the SMSC counts them) with at
// most `windowSize` submits awaiting their response, and hands every deliver_sm to ./inbound.ts.
// Stopping sends what is in flight to the end, unbinds and closes.
import diagnosticsChannel from 'node:diagnostics_channel';
import { setTimeout as delay } from 'node:timers/promises';
import type { PDU } from 'smpp';
import type { Db } from '../../db/client';
import { WakeSignal } from '../../jobs/wake-listener';
import type { Logger } from '../../log';
import { encodeSms, type OutgoingSegment } from './encoding';
import { GroupWriter } from './group-writer';
import { SubmitPacer } from './pacer';
import { expireInboundParts, isDeliveryReceipt, parseDeliveryReceipt, receiveSmppMessage, recordDeliveryReceipts, type ReceiptToRecord } from './inbound';
import { describeCommandStatus, SmppLink, SmppLinkClosedError } from './link';
import {
  claimSmppBatch,
  finishFailed,
  freshPlan,
  markPartRefused,
  markPartsSubmitting,
  planParts,
  putBack,
  recordAcceptedParts,
  SMPP_MAX_ATTEMPTS,
  type AcceptedPart,
  type ClaimedSms,
  type SubmittingPart,
} from './outbox';
import type { SmppAccount, SmppState } from './settings';

export interface SmppTimings {
  connectTimeoutMs: number;
  responseTimeoutMs: number;
  enquireLinkMs: number;
  backoffInitialMs: number;
  backoffMaxMs: number;
  /** Outbox poll when nothing woke us. */
  idlePollMs: number;
  /** Pause after the SMSC said "throttled" or "queue full" (doubles while it keeps saying so). */
  throttlePauseMs: number;
  /** How often parts of long SMS whose siblings never came are looked for. */
  partSweepMs: number;
}

export const DEFAULT_SMPP_TIMINGS: SmppTimings = {
  connectTimeoutMs: 10_000,
  responseTimeoutMs: 10_000,
  enquireLinkMs: 30_000,
  backoffInitialMs: 1_000,
  backoffMaxMs: 60_000,
  idlePollMs: 1_000,
  throttlePauseMs: 1_000,
  partSweepMs: 60_000,
};

/**
 * One message per submit_sm once it is answered (or lost with the link): when it was written, on the
 * pacer's clock (`performance.now()`), and the id the SMSC gave it. Nothing listens in the app; a
 * benchmark subscribes to compare the sender's schedule with what the SMSC saw (bench/smpp.ts).
 */
export const SMPP_SUBMIT_DIAGNOSTICS = 'raspa.smpp.submit';
export interface SmppSubmitDiagnostic {
  sentAt: number;
  messageId: string | null;
  commandStatus: number | null;
}
const submitDiagnostics = diagnosticsChannel.channel(SMPP_SUBMIT_DIAGNOSTICS);

/** command_status values that say "this message will never go": failing it at once, no retry. */
const FINAL_REFUSALS = new Set([0x01, 0x0b, 0x43, 0x50, 0x51, 0x61, 0x62, 0x101, 0x104]);
/** ESME_RTHROTTLED, ESME_RMSGQFUL: the SMSC wants us slower; the message is fine. */
const SLOW_DOWN = new Set([0x58, 0x14]);
/** How long a receipt waits, again and again, for the submit it reports to be recorded (7.5 s in all). */
const RECEIPT_RETRY_MS = [500, 1_000, 2_000, 4_000];

export interface SmppChannelOptions {
  db: Db;
  account: SmppAccount;
  encryptionKey: string;
  publicOrigin: string;
  log: Pick<Logger, 'info' | 'warn' | 'error' | 'debug'>;
  timings: SmppTimings;
  onState(state: SmppState, detail: { error?: string }): void;
}

/** Delay before reconnect attempt `n` (1-based): doubling from the initial delay, capped, with equal jitter. */
export function reconnectDelayMs(attempt: number, timings: Pick<SmppTimings, 'backoffInitialMs' | 'backoffMaxMs'>, random = Math.random): number {
  const exponential = Math.min(timings.backoffMaxMs, timings.backoffInitialMs * 2 ** Math.max(0, attempt - 1));
  return Math.round(exponential / 2 + (random() * exponential) / 2);
}

/** Waits `ms`, or less when `signal` aborts (then resolves rather than throws). */
export function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return delay(ms, undefined, { signal }).catch(() => undefined);
}

export class SmppChannel {
  private readonly pacer: SubmitPacer;
  private readonly work = new WakeSignal();
  private throttledUntil = 0;
  private throttlePause: number;
  private link: SmppLink | null = null;
  // Bookkeeping in group commits (see ./group-writer.ts): one statement per batch, not per PDU.
  private readonly submitting: GroupWriter<SubmittingPart[]>;
  private readonly accepted: GroupWriter<AcceptedPart>;
  private readonly receipts: GroupWriter<ReceiptToRecord>;

  constructor(private readonly options: SmppChannelOptions) {
    const { db } = options;
    this.submitting = new GroupWriter((groups) => markPartsSubmitting(db, groups.flat()));
    this.accepted = new GroupWriter((parts) => recordAcceptedParts(db, parts));
    this.receipts = new GroupWriter((items) => recordDeliveryReceipts(db, items));
    // No second (fixed or sliding, however the SMSC counts) sees more than the rate.
    this.pacer = new SubmitPacer(options.account.ratePerSecond);
    this.throttlePause = options.timings.throttlePauseMs;
  }

  /** Something was queued: send it now instead of at the next poll. */
  wake(): void {
    this.work.wake();
  }

  /** Until `signal`: bind, send, re-bind after every loss. Resolves once unbound. */
  async run(signal: AbortSignal): Promise<void> {
    const { timings, log, account } = this.options;
    let failures = 0;
    const sweeper = setInterval(() => {
      expireInboundParts(this.options.db, this.inboundContext()).catch((error: unknown) => log.error({ err: error }, 'smpp: could not pass on incomplete long SMS'));
    }, timings.partSweepMs);
    try {
      while (!signal.aborted) {
        this.options.onState('connecting', {});
        const closed = new AbortController();
        let closeReason = '';
        let link: SmppLink;
        try {
          link = await SmppLink.open(
            account,
            {
              onDeliver: (pdu) => this.onDeliver(pdu),
              onClose: (reason) => {
                closeReason = reason;
                closed.abort();
              },
            },
            { connectTimeoutMs: timings.connectTimeoutMs, responseTimeoutMs: timings.responseTimeoutMs },
          );
        } catch (error) {
          failures += 1;
          const message = error instanceof Error ? error.message : String(error);
          this.options.onState('error', { error: message });
          log.warn({ host: account.host, port: account.port, attempt: failures, error: message }, 'smpp: bind failed');
          await sleep(reconnectDelayMs(failures, timings), signal);
          continue;
        }
        failures = 0;
        this.link = link;
        this.options.onState('bound', {});
        log.info({ host: account.host, port: account.port, mode: account.bindMode }, 'smpp: bound');

        const stop = AbortSignal.any([signal, closed.signal]);
        const keepAlive = setInterval(() => {
          link.enquireLink().catch(() => undefined); // a missing answer closes the link (see link.ts)
        }, timings.enquireLinkMs);
        try {
          await this.pump(link, stop);
        } finally {
          clearInterval(keepAlive);
        }
        if (signal.aborted) {
          await link.unbind();
          break;
        }
        link.close(closeReason || 'closed');
        this.link = null;
        failures += 1;
        this.options.onState('connecting', { error: closeReason });
        log.warn({ reason: closeReason, attempt: failures }, 'smpp: link lost, reconnecting');
        await sleep(reconnectDelayMs(failures, timings), signal);
      }
    } finally {
      clearInterval(sweeper);
      this.link?.close('stopped');
      this.link = null;
    }
  }

  private inboundContext() {
    return { encryptionKey: this.options.encryptionKey, publicOrigin: this.options.publicOrigin, deviceId: `smpp:${this.options.account.systemId}`.slice(0, 128) };
  }

  private async onDeliver(pdu: PDU): Promise<void> {
    const { db, log } = this.options;
    try {
      if (isDeliveryReceipt(pdu)) {
        const receipt = parseDeliveryReceipt(pdu);
        if (!receipt) {
          log.warn({}, 'smpp: delivery receipt without a message id');
          return;
        }
        // A fast SMSC's receipt can overtake its submit_sm_resp, or the write of it: let that land first,
        // and look again a few times (a busy SMSC or a loaded worker puts seconds between them). The
        // deliver_sm is answered only then, so a receipt is never acknowledged before it was recorded.
        for (const wait of [0, ...RECEIPT_RETRY_MS]) {
          if (wait > 0) await delay(wait);
          await this.accepted.idle();
          const item: ReceiptToRecord = { receipt };
          await this.receipts.add(item);
          if (item.found) return;
        }
        log.warn({ id: receipt.smscMessageId }, 'smpp: delivery receipt for a message we did not send (or not recorded within 7.5 s)');
        return;
      }
      const received = await receiveSmppMessage(db, pdu, this.inboundContext());
      if (received && !received.duplicate) {
        log.info({ command: received.command ?? null, report: Boolean(received.reportId) }, 'smpp: sms received');
        this.wake(); // its reply waits in the outbox
      }
    } catch (error) {
      log.error({ err: error }, 'smpp: could not handle deliver_sm; the SMSC will deliver it again');
      throw error;
    }
  }

  /** Sends the outbox until the link closes or we are told to stop; waits for what is in flight. */
  private async pump(link: SmppLink, stop: AbortSignal): Promise<void> {
    const { db, account, encryptionKey, log } = this.options;
    const window = account.windowSize;
    const active = new Set<Promise<void>>();
    const queue: ClaimedSms[] = [];
    try {
      while (!stop.aborted && link.isOpen) {
        const pause = this.throttledUntil - Date.now();
        if (pause > 0) {
          await sleep(pause, stop);
          continue;
        }
        if (active.size >= window) {
          await Promise.race(active);
          continue;
        }
        if (queue.length === 0) {
          let claimed: ClaimedSms[];
          try {
            claimed = await claimSmppBatch(db, { limit: window * 4, systemId: account.systemId, encryptionKey });
          } catch (error) {
            log.error({ err: error }, 'smpp: could not read the outbox');
            await sleep(this.options.timings.idlePollMs, stop);
            continue;
          }
          if (claimed.length === 0) {
            await Promise.race([...active, this.work.wait(this.options.timings.idlePollMs, stop)]);
            continue;
          }
          queue.push(...claimed);
        }
        const sms = queue.shift()!;
        const task: Promise<void> = this.sendOne(link, sms)
          .catch((error: unknown) => log.error({ err: error, sms: sms.id }, 'smpp: send bookkeeping failed'))
          .finally(() => active.delete(task));
        active.add(task);
      }
    } finally {
      await Promise.allSettled([...active]);
      // Claimed but never started: back to the outbox untouched.
      for (const sms of queue) await putBack(db, sms.id).catch(() => undefined);
    }
  }

  private submitParams(sms: ClaimedSms, segment: OutgoingSegment): Record<string, unknown> {
    const { account } = this.options;
    return {
      service_type: '',
      source_addr_ton: account.sourceTon,
      source_addr_npi: account.sourceNpi,
      source_addr: account.sourceAddress.replace(/^\+/, ''),
      // Stored numbers are international ("+7701…"): TON 1, NPI 1 (E.164), digits only.
      dest_addr_ton: 1,
      dest_addr_npi: 1,
      destination_addr: sms.phone.replace(/\D/g, ''),
      esm_class: segment.esmClass,
      registered_delivery: account.deliveryReceipts ? 1 : 0,
      data_coding: segment.dataCoding,
      short_message: segment.shortMessage,
      ...segment.tlvs,
    };
  }

  /** One SMS, part by part. Every part is marked SUBMITTING before it is written. */
  private async sendOne(link: SmppLink, sms: ClaimedSms): Promise<void> {
    const { db, account, log } = this.options;
    const encode = (concatRef: number) => encodeSms(sms.text, { useGsm7: account.useGsm7, concatenation: account.concatenation, concatRef });
    const plan = sms.hasParts ? await planParts(db, sms.id, encode(0).length, account.concatenation) : freshPlan(account.concatenation);
    const segments = encode(plan.concatRef);
    const toSend = segments.filter((s) => !plan.alreadyAccepted.has(s.partNumber));
    await this.submitting.add(toSend.map((s) => ({ smsMessageId: sms.id, partNumber: s.partNumber, partsTotal: s.partsTotal, concatRef: plan.concatRef })));
    let accepted = plan.alreadyAccepted.size;
    const recorded: Promise<void>[] = [];
    try {
      for (const segment of toSend) {
        const params = this.submitParams(sms, segment);
        let sentAt = 0;
        let response: PDU;
        try {
          response = await this.pacer.send(() => {
            sentAt = performance.now();
            return link.submit(params);
          });
          if (submitDiagnostics.hasSubscribers) {
            submitDiagnostics.publish({ sentAt, messageId: response.command_status === 0 ? String(response.message_id ?? '') : null, commandStatus: response.command_status } satisfies SmppSubmitDiagnostic);
          }
        } catch (error) {
          if (submitDiagnostics.hasSubscribers) submitDiagnostics.publish({ sentAt, messageId: null, commandStatus: null } satisfies SmppSubmitDiagnostic);
          // The link went down with this part in flight: it stays SUBMITTING and goes again on the next bind.
          if (error instanceof SmppLinkClosedError) {
            await putBack(db, sms.id);
            return;
          }
          throw error;
        }
        if (response.command_status === 0) {
          accepted += 1;
          const completes = accepted === segments.length ? { deliveryId: sms.deliveryId } : null;
          recorded.push(this.accepted.add({ smsMessageId: sms.id, partNumber: segment.partNumber, smscMessageId: String(response.message_id ?? ''), completes }));
          this.throttlePause = this.options.timings.throttlePauseMs;
          continue;
        }
        const status = response.command_status;
        const described = describeCommandStatus(status);
        if (SLOW_DOWN.has(status)) {
          this.slowDown();
          log.warn({ status: described }, 'smpp: SMSC asks to slow down');
          await putBack(db, sms.id);
          return;
        }
        await markPartRefused(db, sms.id, segment.partNumber, described);
        this.options.onState('bound', { error: `submit_sm: ${described}` });
        const final = FINAL_REFUSALS.has(status);
        if (!final && sms.attempts < SMPP_MAX_ATTEMPTS) {
          // A temporary refusal (system error, unknown trouble) usually hits every message: pause, then retry.
          this.slowDown();
          await putBack(db, sms.id);
          return;
        }
        await finishFailed(db, sms.id, sms.deliveryId, { code: described, message: `the SMSC refused it: ${described}`, final });
        return;
      }
      // Nothing was left to send (an earlier send got every part accepted): settle it now.
      if (toSend.length === 0) recorded.push(this.accepted.add({ smsMessageId: sms.id, partNumber: 0, smscMessageId: '', completes: { deliveryId: sms.deliveryId } }));
    } finally {
      await Promise.all(recorded);
    }
  }

  private slowDown(): void {
    this.throttledUntil = Math.max(this.throttledUntil, Date.now() + this.throttlePause);
    this.throttlePause = Math.min(this.throttlePause * 2, 30_000);
  }
}
