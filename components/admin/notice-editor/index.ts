export { NoticeEditor } from './notice-editor';
export { NoticeLinksPanel } from './notice-links-panel';
