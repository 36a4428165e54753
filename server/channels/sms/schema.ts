// The inputs of the SMS channel: what an SMSSync gateway phone sends, and what admins send from
// the Channels page. Gateway bodies are read leniently (phones send numbers as strings and
// strings as numbers) but every field is bounded.
import { z } from 'zod';

/** One SMS is at most 10 concatenated segments (~1,530 Latin / 670 Cyrillic characters); more is not an SMS. */
export const SMS_TEXT_MAX = 1600;

const text = (max: number) => z.union([z.string(), z.number()]).transform(String).pipe(z.string().max(max));

export const inboundSmsSchema = z.object({
  from: text(64).optional(),
  /** Longer texts are accepted here and answered politely (see SMS_TEXT_MAX) instead of refused. */
  message: text(20_000).optional(),
  message_id: text(128).optional(),
  sent_timestamp: text(32).optional(),
  sent_to: text(64).optional(),
  device_id: text(128).optional(),
  secret: text(512).optional(),
});
export type InboundSms = z.infer<typeof inboundSmsSchema>;

const uuidList = z.array(z.union([z.string(), z.number()]).transform(String).pipe(z.string().min(1).max(128))).max(500);

export const queuedMessagesSchema = z.object({ queued_messages: uuidList });

const codeField = z.union([z.number(), z.string()]).optional().nullable();
const timestampField = z.union([z.number(), z.string()]).optional().nullable();

export const messageResultSchema = z.object({
  message_result: z
    .array(
      z.object({
        uuid: z.union([z.string(), z.number()]).transform(String).pipe(z.string().min(1).max(128)),
        sent_result_code: codeField,
        sent_result_message: z.string().max(500).optional().nullable(),
        delivered_result_code: codeField,
        delivered_result_message: z.string().max(500).optional().nullable(),
        sent_timestamp: timestampField,
        delivered_timestamp: timestampField,
      }),
    )
    .max(500),
});
export type MessageResult = z.infer<typeof messageResultSchema>['message_result'][number];

// Admin Channels page.
export const createGatewaySecretInput = z.object({ label: z.string().trim().min(1, 'labelRequired').max(60, 'labelTooLong') });
export type CreateGatewaySecretInput = z.input<typeof createGatewaySecretInput>;

export const revokeGatewaySecretInput = z.object({ id: z.string().min(1).max(64) });

export const SMS_LOG_PAGE_SIZE = 25;
export const smsLogInput = z.object({
  q: z.string().trim().max(100).optional(),
  direction: z.enum(['INBOUND', 'OUTBOUND']).optional(),
  status: z.enum(['RECEIVED', 'PENDING', 'HANDED_OUT', 'QUEUED_ON_PHONE', 'SENT', 'DELIVERED', 'FAILED']).optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
});
export type SmsLogInput = z.input<typeof smsLogInput>;
