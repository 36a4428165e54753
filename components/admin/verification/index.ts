// Panels for the rumour page; each takes the rumour's id and loads what it shows.
export { EvidencePanel } from './evidence-panel';
export { InterimNoticePanel } from './interim-notice-panel';
export { VerdictPanel } from './verdict-panel';
export { VerificationRequestPanel } from './verification-request-panel';
