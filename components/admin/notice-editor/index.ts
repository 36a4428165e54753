export { NoticeEditor } from './notice-editor';
export { NoticeEditorIntlProvider } from './notice-editor-intl';
export { NoticeLinksPanel } from './notice-links-panel';
