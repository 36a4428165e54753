// The parts of the report form that showing it does not need, in one chunk: fetched when first
// needed or 1.5 s after the page has loaded (report-form.tsx), whichever comes first, so a phone
// that loses its connection while the citizen types still has them. The service worker precaches
// the chunk as well. Keeping them out of the first load holds the page to its 150 KB budget.
export { approximatePosition } from './approximate-position';
export { ContactFields } from './contact-fields';
export { ImageList } from './image-list';
export { NoticeMatches } from './notice-matches';
export { OutboxNotices } from './outbox-notices';
export { QueuedResult, SentResult } from './report-result';
export { SettlementSuggestions } from './settlement-suggestions';
