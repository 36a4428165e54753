// Report limits and choices without zod, so client components can use them without pulling the
// validation library into the report page's first load (the schema itself is loaded on demand).
export const HEARD_VIA_VALUES = ['WHATSAPP', 'TELEGRAM', 'INSTAGRAM', 'TIKTOK', 'FACEBOOK', 'VK', 'YOUTUBE', 'SMS', 'PHONE_CALL', 'WORD_OF_MOUTH', 'TV_RADIO', 'OTHER'] as const;
export const CONTACT_KINDS = ['PHONE', 'EMAIL', 'TELEGRAM'] as const;
export const REPORT_TEXT_MIN = 10;
export const REPORT_TEXT_MAX = 2000;
