// Everything the report form does not need to show itself, in one chunk fetched right after the
// page has hydrated (use-outbox.ts starts it; anything that needs a part first fetches it too): the
// outbox, the settlement type-ahead, the photo list, contact fields, "already checked" results, the
// result screens. Loading it early means a phone that loses its connection while the citizen types
// still has it; the service worker precaches it as well. Keeping it off the first load holds the
// page to its 150 KB JavaScript budget (bench/page-weight.ts).
export { approximatePosition } from './approximate-position';
export { ContactFields } from './contact-fields';
export { ImageList } from './image-list';
export { NoticeMatches } from './notice-matches';
export { countEntries, startOutboxAutoFlush, submitOrQueue, subscribeOutbox } from './outbox';
export { OutboxNotices } from './outbox-notices';
export { QueuedResult, SentResult } from './report-result';
export { SettlementSuggestions } from './settlement-suggestions';
