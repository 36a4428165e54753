// The contract between the delivery engine (fan-out, claiming, retries — server/delivery/) and the
// channels that actually send (web push, e-mail, webhooks here; SMS in server/channels/sms,
// Telegram in server/channels/telegram). A sender sends ONE delivery and says what happened; the
// engine records it, retries with exponential backoff, and never sends a delivery twice once a
// sender reported it sent.
import type { Db, DbTx } from '../db/client';
import type { AnnouncementKind, NoticeUrgency, SubscriptionChannel, Verdict } from '../db/generated/enums';
import type { Language } from '../i18n/languages';
import type { OutgoingStaffNotification } from '../notifications/staff-message';

/** A withdrawn notice: when, and why in the recipient's language (or the nearest one written). */
export interface OutgoingWithdrawal {
  withdrawnAt: Date;
  reason: string | null;
}

/** The notice version being delivered, in the recipient's language (or the nearest available). */
export interface OutgoingNotice {
  noticeId: string;
  rumorId: string;
  slug: string;
  version: number;
  /** Version > 1, or a final notice replacing an interim one the recipient got. */
  isCorrection: boolean;
  changeNote: string | null;
  verdict: Verdict;
  urgency: NoticeUrgency;
  /** The regions this version targets. */
  regionCodes: string[];
  language: Language;
  title: string;
  summary: string;
  whatToDo: string | null;
  smsText: string;
  /** Absolute URL of the public notice page in `language`. */
  url: string;
  /**
   * The short code of the signed statement this message carries (server/signing): the published
   * version's, or for a withdrawal the withdrawal's. Anyone can check it at /verify. Null for a
   * version published before signing existed.
   */
  verificationCode: string | null;
  /**
   * Set for a withdrawal delivery: the message is "this notice was withdrawn" (with the version
   * above as what it was about), not the notice itself. Every sender must say so.
   */
  withdrawal: OutgoingWithdrawal | null;
}

/** An announcement (e.g. a published transparency report), in the recipient's language. */
export interface OutgoingAnnouncement {
  announcementId: string;
  kind: AnnouncementKind;
  language: Language;
  title: string;
  summary: string;
  /** Absolute URL of the page it announces. */
  url: string;
}

/** A subscriber's daily or weekly digest, in their language: the notices it lists, newest first. */
export interface OutgoingDigest {
  digestId: string;
  cadence: 'DAILY' | 'WEEKLY';
  language: Language;
  periodStart: Date;
  periodEnd: Date;
  /** Each listed notice version in the recipient's language (or the nearest written), with when it was published. */
  items: (OutgoingNotice & { publishedAt: Date })[];
  /** Where to read them all: the region's page for a one-region subscriber, else the home page. */
  url: string;
}

export interface DeliveryTarget {
  deliveryId: string;
  channel: SubscriptionChannel;
  /** Attempts made before this one. */
  attempts: number;
  /** A subscriber (web push, e-mail, SMS, Telegram, partner webhook), or null for a reporter. */
  subscription: {
    id: string;
    language: Language;
    regionCodes: string[];
    /** Decrypt with server/crypto: e-mail, phone, chat id, push subscription JSON or webhook URL. */
    addressCipher: string;
    webhookSecret: string | null;
    unsubscribeToken: string;
    label: string | null;
  } | null;
  /** A reporter of the rumour who asked for the answer, or null for a subscriber. */
  report: {
    id: string;
    trackingCode: string;
    language: Language;
    contactKind: 'PHONE' | 'EMAIL' | 'TELEGRAM' | null;
    contactCipher: string | null;
  } | null;
}

export type SendOutcome =
  /** `externalId`: the channel's id of the message (a Telegram channel post), kept for later edits. */
  | { status: 'sent'; externalId?: string }
  /** Handed to a channel that confirms later (the SMS gateway phone): that channel settles the delivery. */
  | { status: 'pending' }
  | { status: 'retry'; error: string; retryAfterMs?: number }
  | { status: 'failed'; error: string; deactivateSubscription?: boolean };

export interface ChannelSender {
  channel: SubscriptionChannel;
  send(db: Db, target: DeliveryTarget, notice: OutgoingNotice): Promise<SendOutcome>;
  /**
   * A channel that answers 'pending' holds messages of its own until they go out (the SMS outbox).
   * When their notice is withdrawn it drops those it has not handed on, and returns their delivery
   * ids; the engine cancels those deliveries.
   */
  dropHeld?(tx: DbTx, deliveryIds: string[], reason: string): Promise<string[]>;
  /**
   * Channels a staff member may choose for their notifications (server/notifications) implement
   * this; the recipient is the member (their e-mail, push browsers, linked Telegram chat).
   * `deliveryId` is the Delivery row's id, for channels whose idempotency key is per delivery.
   */
  sendStaffNotification?(db: Db, message: OutgoingStaffNotification, deliveryId: string): Promise<SendOutcome>;
  /** Channels that carry announcements implement this; the engine fails announcement deliveries to the others. */
  sendAnnouncement?(db: Db, target: DeliveryTarget, announcement: OutgoingAnnouncement): Promise<SendOutcome>;
  /** Channels a subscriber may choose a digest on implement this (e-mail, Telegram, Web Push). */
  sendDigest?(db: Db, target: DeliveryTarget, digest: OutgoingDigest): Promise<SendOutcome>;
}
