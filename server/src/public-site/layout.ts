import { footerHtml, SUPPORT_LINKS } from '@partnership-tracker/domain';
import { html, type SafeHtml } from './html.js';

export const ASSETS = '/public/assets';

/** Dates as a UK reader writes them: "22 March 2024". Date-only values are stored at UTC midnight. */
export function formatDay(day: Date): string {
  return day.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}

/** A moment, as the day it was in the UK. */
export function formatMomentDay(moment: Date): string {
  return moment.toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'Europe/London',
  });
}

/** Who runs the site, from the organisation's settings: every page's header and footer show it. */
export interface Site {
  serviceName: string;
  organisationName: string | null;
  /** Where the organisation's logo is served, or null. */
  logoUrl: string | null;
}

interface PageOptions {
  site: Site;
  title: string;
  body: SafeHtml;
  /** Extra <link> elements, e.g. alternate open-data formats. */
  head?: SafeHtml;
  /** Where the navigation marks the reader as being. */
  current?: 'plans' | 'accessibility' | 'privacy';
}

/**
 * The GOV.UK page template, server-rendered: skip link, header, main and footer. It works
 * without JavaScript and loads none: the skip link is a plain in-page link.
 */
export function page({ site, title, body, head, current }: PageOptions): string {
  const nav = (href: string, text: string, key: PageOptions['current']) =>
    key === current
      ? html`<li class="govuk-service-navigation__item govuk-service-navigation__item--active">
          <a class="govuk-service-navigation__link" href="${href}" aria-current="page"
            ><strong class="govuk-service-navigation__active-fallback">${text}</strong></a
          >
        </li>`
      : html`<li class="govuk-service-navigation__item">
          <a class="govuk-service-navigation__link" href="${href}">${text}</a>
        </li>`;
  return html`<!doctype html>
    <html lang="en-GB" class="govuk-template">
      <head>
        <meta charset="utf-8" />
        <title>${title} – ${site.serviceName}</title>
        <meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover" />
        <meta name="theme-color" content="#1d70b8" />
        <link rel="icon" sizes="48x48" href="${ASSETS}/images/favicon.ico" />
        <link rel="icon" sizes="any" href="${ASSETS}/images/favicon.svg" type="image/svg+xml" />
        <link rel="stylesheet" href="${ASSETS}/govuk-frontend.min.css" />
        <link rel="stylesheet" href="${ASSETS}/public-site.css" />
        ${head}
      </head>
      <body class="govuk-template__body">
        <a href="#main-content" class="govuk-skip-link">Skip to main content</a>
        <header class="govuk-template__header">
          <div class="govuk-generic-header">
            <div class="govuk-generic-header__container govuk-width-container">
              <div class="govuk-generic-header__logo">
                <a href="/public/" class="govuk-generic-header__homepage-link"
                  >${
                    site.logoUrl
                      ? html`<img
                          class="app-header-logo"
                          src="${site.logoUrl}"
                          alt="${site.organisationName ?? ''}"
                          height="32"
                        /> `
                      : ''
                  }${site.serviceName}</a
                >
              </div>
            </div>
          </div>
          <section aria-label="Service information" class="govuk-service-navigation">
            <div class="govuk-width-container">
              <div class="govuk-service-navigation__container">
                <nav aria-label="Menu" class="govuk-service-navigation__wrapper">
                  <ul class="govuk-service-navigation__list">
                    ${nav('/public/', 'Progress of our plans', 'plans')}
                    <li class="govuk-service-navigation__item">
                      <a class="govuk-service-navigation__link" href="/sign-in">Sign in (partners)</a>
                    </li>
                  </ul>
                </nav>
              </div>
            </div>
          </section>
        </header>
        <div class="govuk-width-container">
          <main class="govuk-main-wrapper" id="main-content">${body}</main>
        </div>
        <footer class="govuk-template__footer">
          ${footerHtml({
            heading: 'Support links',
            links: [...SUPPORT_LINKS, { href: '/public/#open-data', text: 'Open data' }],
            paragraphs: [
              html`${site.serviceName} follows the delivery of plans by
              ${site.organisationName ?? 'the organisation that runs it'} and its partners. To report a crime,
              call 999 in an emergency or 101 otherwise.`,
              html`Open data is available under the
                <a
                  class="govuk-footer__link"
                  href="https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/"
                  rel="license"
                  >Open Government Licence v3.0</a
                >, except where otherwise stated.`,
            ],
          })}
        </footer>
      </body>
    </html> `.value;
}
