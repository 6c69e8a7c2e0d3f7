import { html, type SafeHtml } from './html.js';

/**
 * The footer's support links, on the signed-in pages and the public ones alike: the statements
 * the law asks every public service to link from each page.
 */
export const SUPPORT_LINKS = [
  { href: '/public/accessibility', text: 'Accessibility statement' },
  { href: '/public/privacy', text: 'Privacy notice' },
] as const;

export interface FooterLink {
  href: string;
  text: string;
}

/**
 * The GOV.UK footer, written once for the app's pages (which set it as HTML) and the public
 * pages (rendered on the server). Its links are plain links, each loaded from the server.
 */
export function footerHtml(footer: {
  /** The hidden heading screen readers announce for the links. */
  heading: string;
  links: readonly FooterLink[];
  /** Paragraphs below the links, each built with `html`. */
  paragraphs: readonly SafeHtml[];
}): SafeHtml {
  return html`<div class="govuk-footer">
    <div class="govuk-width-container">
      <div class="govuk-footer__meta">
        <div class="govuk-footer__meta-item govuk-footer__meta-item--grow">
          <h2 class="govuk-visually-hidden">${footer.heading}</h2>
          <ul class="govuk-footer__inline-list">
            ${footer.links.map(
              (link) =>
                html`<li class="govuk-footer__inline-list-item">
                  <a class="govuk-footer__link" href="${link.href}">${link.text}</a>
                </li>`,
            )}
          </ul>
          ${footer.paragraphs.map((p) => html`<p class="govuk-body-s app-footer-text">${p}</p>`)}
        </div>
      </div>
    </div>
  </div>`;
}
