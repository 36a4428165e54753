// The SMPP account as admins enter it on the Channels page: one schema for the form, the tRPC
// procedures and what is stored (the password is stored sealed, never in clear). Error messages are
// keys under `channels.smpp.validation` in messages/*.json.
import { z } from 'zod';

/** Printable ASCII: SMPP carries system_id, password and addresses as C-Octet Strings. */
const PRINTABLE_ASCII = /^[\x20-\x7E]*$/;
/** A host name or an IPv4/IPv6 address, no scheme, no port. */
const HOST = /^(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*|\[?[0-9A-Fa-f:.]+\]?)$/;

export const SMPP_BIND_MODES = ['transceiver', 'transmitter_receiver'] as const;
export const SMPP_CONCATENATION = ['udh', 'sar'] as const;
/** Type of number (SMPP 3.4 §5.2.5) a sender id may have. */
export const SMPP_TONS = [0, 1, 2, 3, 4, 5, 6] as const;
/** Numbering plan indicators (§5.2.6) an SMSC may expect. */
export const SMPP_NPIS = [0, 1, 3, 4, 6, 8, 9, 10, 14, 18] as const;
export const SMPP_RATE_MAX = 1000;

const int = (min: number, max: number, message: string) => z.coerce.number({ error: message }).int(message).min(min, message).max(max, message);

const smppSettingsObject = z.object({
  enabled: z.boolean(),
  host: z.string().trim().min(1, 'hostRequired').max(253, 'hostInvalid').regex(HOST, 'hostInvalid'),
  port: int(1, 65535, 'portInvalid'),
  tls: z.boolean(),
  bindMode: z.enum(SMPP_BIND_MODES),
  systemId: z.string().trim().min(1, 'systemIdRequired').max(32, 'systemIdTooLong').regex(PRINTABLE_ASCII, 'asciiOnly'),
  /** Empty keeps the stored password; SMPP 3.4 allows 8 characters, some SMSCs more. */
  password: z.string().max(64, 'passwordTooLong').regex(PRINTABLE_ASCII, 'asciiOnly'),
  systemType: z.string().trim().max(12, 'systemTypeTooLong').regex(PRINTABLE_ASCII, 'asciiOnly'),
  sourceAddress: z.string().trim().min(1, 'sourceRequired').max(20, 'sourceTooLong').regex(PRINTABLE_ASCII, 'asciiOnly'),
  sourceTon: int(0, 6, 'tonInvalid'),
  sourceNpi: int(0, 18, 'npiInvalid'),
  ratePerSecond: int(1, SMPP_RATE_MAX, 'rateInvalid'),
  /** submit_sm PDUs awaiting their response at once. */
  windowSize: int(1, 100, 'windowInvalid'),
  concatenation: z.enum(SMPP_CONCATENATION),
  useGsm7: z.boolean(),
  /** Ask the SMSC for delivery receipts (registered_delivery 1). */
  deliveryReceipts: z.boolean(),
});

export const smppSettingsInput = smppSettingsObject.superRefine((value, ctx) => {
  // An alphanumeric sender id is at most 11 characters on the handset; digits for the other TONs.
  if (value.sourceTon === 5 && value.sourceAddress.length > 11) ctx.addIssue({ code: 'custom', path: ['sourceAddress'], message: 'alphanumericTooLong' });
  if (value.sourceTon !== 5 && !/^\+?\d{1,20}$/.test(value.sourceAddress)) ctx.addIssue({ code: 'custom', path: ['sourceAddress'], message: 'sourceDigitsOnly' });
});
export type SmppSettingsInput = z.input<typeof smppSettingsInput>;
export type SmppSettingsValues = z.output<typeof smppSettingsInput>;

/** What is stored in the `sms.smpp.settings` row: the form's values with the password sealed. */
/** What the audit trail records of the settings: everything but the password. */
export const auditedSmppSettings = smppSettingsObject.omit({ password: true });

export const storedSmppSettings = smppSettingsObject.omit({ password: true }).extend({ passwordCipher: z.string().nullable() });
export type StoredSmppSettings = z.output<typeof storedSmppSettings>;

export const SMPP_DEFAULTS: SmppSettingsValues = {
  enabled: false,
  host: '',
  port: 2775,
  tls: false,
  bindMode: 'transceiver',
  systemId: '',
  password: '',
  systemType: '',
  sourceAddress: '',
  sourceTon: 5,
  sourceNpi: 0,
  ratePerSecond: 10,
  windowSize: 10,
  concatenation: 'udh',
  useGsm7: true,
  deliveryReceipts: true,
};
