// The public pages' HTML template lives in the domain library, where the footer both the
// public pages and the app's pages use is written once.
export { escapeHtml, html, SafeHtml } from '@partnership-tracker/domain';
