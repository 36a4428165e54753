// Outgoing e-mail through SMTP (nodemailer) when SMTP_URL or SMTP_HOST is set. Without SMTP the
// demo writes each mail to the log instead. Tests read what would have been sent from the outbox.
import nodemailer, { type Transporter } from 'nodemailer';
import { serverEnv } from '../config/env';
import { logger } from '../log';

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  html: string;
  headers?: Record<string, string>;
  /**
   * Message-ID, when the mail is a delivery that may be sent again (a crash between sending and
   * marking it sent): the same id every time, so mail servers and clients can drop the copy.
   */
  messageId?: string;
}

/** `loggedOnly`: no SMTP is configured, so the mail went to the log, not to its recipient. */
export type MailResult = { ok: true; loggedOnly?: boolean } | { ok: false; error: string; permanent: boolean };

let transporter: Transporter | null | undefined;
const testOutbox: OutgoingMail[] = [];

function smtpTransport(): Transporter | null {
  if (transporter !== undefined) return transporter;
  const env = serverEnv();
  if (env.SMTP_URL) transporter = nodemailer.createTransport(env.SMTP_URL);
  else if (env.SMTP_HOST)
    transporter = nodemailer.createTransport({
      host: env.SMTP_HOST,
      port: env.SMTP_PORT ?? 587,
      secure: env.SMTP_PORT === 465,
      auth: env.SMTP_USER ? { user: env.SMTP_USER, pass: env.SMTP_PASS ?? '' } : undefined,
      pool: true,
    });
  else transporter = null;
  return transporter;
}

export function mailFrom(): string {
  return serverEnv().SMTP_FROM ?? 'Raspa <noreply@localhost>';
}

/** The Message-ID of a delivery's mail: one per Delivery row, the same on every attempt. */
export function deliveryMessageId(deliveryId: string): string {
  const domain = /@([A-Za-z0-9.-]+)>?\s*$/.exec(mailFrom())?.[1] ?? 'raspa.invalid';
  return `<delivery.${deliveryId}@${domain}>`;
}

/** What nodemailer is given for a mail. */
export function transportMessage(mail: OutgoingMail) {
  return { from: mailFrom(), to: mail.to, subject: mail.subject, text: mail.text, html: mail.html, headers: mail.headers, ...(mail.messageId ? { messageId: mail.messageId } : {}) };
}

export async function sendMail(mail: OutgoingMail): Promise<MailResult> {
  if (serverEnv().NODE_ENV === 'test') {
    testOutbox.push(mail);
    if (testOutbox.length > 500) testOutbox.shift();
  }
  const transport = smtpTransport();
  if (!transport) {
    // Never the recipient: logs travel further than the database, and a subscriber may be in danger.
    logger.info({ mail: { subject: mail.subject, text: mail.text } }, 'e-mail (no SMTP configured, so it is only logged; recipient withheld)');
    return { ok: true, loggedOnly: true };
  }
  try {
    await transport.sendMail(transportMessage(mail));
    return { ok: true };
  } catch (error) {
    const code = (error as { responseCode?: number }).responseCode;
    // 5xx from the receiving server = this address will not work; 4xx / network = try later.
    return { ok: false, error: error instanceof Error ? error.message : String(error), permanent: typeof code === 'number' && code >= 500 && code < 600 };
  }
}

/** What sendMail was asked to send (NODE_ENV=test only), oldest first. */
export function mailsSentInTests(): OutgoingMail[] {
  return testOutbox;
}
