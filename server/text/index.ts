export {
  kazakhCyrillicToLatin,
  cyrillicToAsciiLatin,
  latinToAsciiFold,
  toMatchKey,
} from './transliterate';
export { normalizeReportText, sanitizeUserText, NORMALIZED_TEXT_MAX_LENGTH } from './normalize';
export { detectLanguage } from './language';
export type { DetectedScript, LanguageDetection } from './language';
export {
  TRACKING_CODE_ALPHABET,
  TRACKING_CODE_LENGTH,
  generateTrackingCode,
  normalizeTrackingCode,
  formatTrackingCode,
} from './tracking-code';
