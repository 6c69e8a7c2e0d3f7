import { COMPLIANCE_WORDS } from '@partnership-tracker/domain';
import type { EffectiveSettings } from '../organisation/organisation.service.js';
import { periodWords, type RetentionPeriod } from '../retention/retention-periods.js';
import { html, type SafeHtml } from './html.js';
import { formatDay, page, type Site } from './layout.js';

// The accessibility statement and the privacy notice, written from the organisation's settings
// (the admins' Organisation settings page, or the ORG_* environment defaults). What is true of
// the software (what it holds, how it is tested in development) is written here; what only the
// organisation can say (who it is, how it tested, why it uses the data) comes from the settings.

/** Text typed into a settings box, as paragraphs. */
const paragraphs = (text: string | null | undefined): SafeHtml[] =>
  (text ?? '')
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => html`<p class="govuk-body">${p}</p>`);

const mailto = (email: string) => html`<a class="govuk-link" href="mailto:${email}">${email}</a>`;

/** Until a statement's required settings are filled in, it says so, to the public and admins. */
function notCompleted(missing: string[], what: string): SafeHtml {
  if (missing.length === 0) return html``;
  return html`<div class="govuk-warning-text">
      <span class="govuk-warning-text__icon" aria-hidden="true">!</span>
      <strong class="govuk-warning-text__text">
        <span class="govuk-visually-hidden">Warning</span>
        This ${what} is not yet completed. The organisation running this service has still to give:
        ${missing.join(', ').toLowerCase()}.
      </strong>
    </div>
    <p class="govuk-body">
      Administrators complete it on the Organisation settings page, after signing in.
    </p>`;
}

/** How to contact the organisation, as far as its settings say. */
function contactList(s: EffectiveSettings): SafeHtml {
  const items = [
    s.contactEmail ? html`<li>email ${mailto(s.contactEmail)}</li>` : null,
    s.contactPhone ? html`<li>call ${s.contactPhone}</li>` : null,
    s.postalAddress ? html`<li>write to ${s.postalAddress.replace(/\s*\n\s*/g, ', ')}</li>` : null,
  ].filter(Boolean);
  if (items.length === 0) return html`<p class="govuk-body">Contact details have not been given yet.</p>`;
  return html`<ul class="govuk-list govuk-list--bullet">
    ${items}
  </ul>`;
}

const day = (d: Date | null) => (d ? formatDay(d) : 'a date not yet given');

export function accessibilityPage(site: Site, s: EffectiveSettings): string {
  const who = s.organisationName ?? 'the organisation running it';
  const compliance = s.accessibilityCompliance;
  const body = html` <h1 class="govuk-heading-xl">Accessibility statement for ${s.serviceName}</h1>
    ${notCompleted(s.missing.accessibility, 'accessibility statement')}
    <p class="govuk-body">
      This accessibility statement applies to ${s.serviceName} at
      <a class="govuk-link" href="${s.publicUrl}/public/">${s.publicUrl}</a>: the public progress pages, the
      open data files, and the pages partners and staff sign in to use.
    </p>
    <p class="govuk-body">
      This website is run by ${who}. We want as many people as possible to be able to use it. For example,
      that means you should be able to:
    </p>
    <ul class="govuk-list govuk-list--bullet">
      <li>change colours, contrast levels and fonts using browser or device settings</li>
      <li>zoom in up to 400% without the text spilling off the screen</li>
      <li>navigate most of the website using just a keyboard or speech recognition software</li>
      <li>
        listen to most of the website using a screen reader (including the most recent versions of JAWS, NVDA
        and VoiceOver)
      </li>
      <li>read the public progress pages without JavaScript</li>
    </ul>
    <p class="govuk-body">
      We’ve also made the website text as simple as possible to understand. Status is always written in words,
      never shown by colour alone.
      <a class="govuk-link" href="https://mcmw.abilitynet.org.uk/">AbilityNet</a> has advice on making your
      device easier to use if you have a disability.
    </p>

    <h2 class="govuk-heading-l">How accessible this website is</h2>
    ${
      compliance === 'FULLY'
        ? html`<p class="govuk-body">We believe this website is fully accessible.</p>`
        : html`<p class="govuk-body">
            We know some parts of this website are not fully accessible. They are listed under Non-accessible
            content below.
          </p>`
    }

    <h2 class="govuk-heading-l">Feedback and contact information</h2>
    <p class="govuk-body">
      If you need information on this website in a different format, like accessible PDF, large print, easy
      read, audio recording or braille, contact us:
    </p>
    ${contactList(s)}
    <p class="govuk-body">We’ll consider your request and get back to you within 10 working days.</p>

    <h2 class="govuk-heading-l">Reporting accessibility problems with this website</h2>
    <p class="govuk-body">
      We’re always looking to improve the accessibility of this website. If you find any problems not listed
      on this page or think we’re not meeting accessibility requirements,
      ${s.contactEmail ? html`email ${mailto(s.contactEmail)}` : 'contact us'}. Tell us the web address of the
      page, what you were trying to do, and what assistive technology you were using, if any.
    </p>

    <h2 class="govuk-heading-l">Enforcement procedure</h2>
    <p class="govuk-body">
      The Equality and Human Rights Commission (EHRC) is responsible for enforcing the Public Sector Bodies
      (Websites and Mobile Applications) (No. 2) Accessibility Regulations 2018 (the ‘accessibility
      regulations’). If you’re not happy with how we respond to your complaint,
      <a class="govuk-link" href="https://www.equalityadvisoryservice.com/"
        >contact the Equality Advisory and Support Service (EASS)</a
      >.
    </p>

    <h2 class="govuk-heading-l">Technical information about this website’s accessibility</h2>
    <p class="govuk-body">
      ${who.charAt(0).toUpperCase() + who.slice(1)} is committed to making its website accessible, in
      accordance with the Public Sector Bodies (Websites and Mobile Applications) (No. 2) Accessibility
      Regulations 2018.
    </p>
    <h3 class="govuk-heading-m">Compliance status</h3>
    <p class="govuk-body">
      ${
        compliance
          ? html`This website is ${COMPLIANCE_WORDS[compliance]} with the
              <a class="govuk-link" href="https://www.w3.org/TR/WCAG22/"
                >Web Content Accessibility Guidelines (WCAG) version 2.2</a
              >
              AA standard${compliance === 'FULLY' ? '.' : ', due to the non-compliances listed below.'}`
          : html`How far this website meets the
              <a class="govuk-link" href="https://www.w3.org/TR/WCAG22/"
                >Web Content Accessibility Guidelines (WCAG) version 2.2</a
              >
              AA standard has not been stated yet.`
      }
    </p>

    <h2 class="govuk-heading-l">Non-accessible content</h2>
    ${
      s.accessibilityNonAccessible
        ? html`<p class="govuk-body">The content listed below is non-accessible for the following reasons.</p>
            ${paragraphs(s.accessibilityNonAccessible)}`
        : html`<p class="govuk-body">
            ${
              compliance === 'FULLY'
                ? 'We know of no content that is not accessible.'
                : 'The content that is not accessible has not been listed yet.'
            }
          </p>`
    }

    <h2 class="govuk-heading-l">Preparation of this accessibility statement</h2>
    <p class="govuk-body">
      This statement was prepared on ${day(s.accessibilityPreparedOn)}. It was last reviewed on
      ${day(s.accessibilityReviewedOn)}.
    </p>
    <p class="govuk-body">This website was last tested on ${day(s.accessibilityTestedOn)}.</p>
    ${paragraphs(s.accessibilityTesting)}`;
  return page({ site, title: 'Accessibility statement', body, current: 'accessibility' });
}

export function privacyPage(site: Site, s: EffectiveSettings, retention: RetentionPeriod[]): string {
  const who = s.organisationName ?? 'the organisation running this service';
  const dpo = s.dpoEmail
    ? html`You can contact
      ${s.dpoName ? html`our Data Protection Officer, ${s.dpoName},` : 'our Data Protection Officer'} at
      ${mailto(s.dpoEmail)}${
        s.postalAddress ? html` or by writing to ${s.postalAddress.replace(/\s*\n\s*/g, ', ')}` : ''
      }.`
    : 'Contact details for our Data Protection Officer have not been given yet.';
  const body = html` <h1 class="govuk-heading-xl">Privacy notice</h1>
    ${notCompleted(s.missing.privacy, 'privacy notice')}
    <p class="govuk-body-l">How ${who} uses personal data in ${s.serviceName}.</p>

    <h2 class="govuk-heading-l">Who we are</h2>
    <p class="govuk-body">
      ${s.dataControllerName ?? 'The data controller, not yet named,'} is the data controller for the personal
      data in ${s.serviceName}. ${dpo}
    </p>

    <h2 class="govuk-heading-l">If you read the public pages</h2>
    <p class="govuk-body">
      You do not need an account to read the progress pages or download the open data, and we do not ask who
      you are. We do not use analytics or advertising cookies.
    </p>
    <p class="govuk-body">
      The public pages contain no information about residents or victims of crime. Partners write a short
      public summary for each action, and the service warns them if it looks like a summary contains a name,
      email address, phone number, postcode or vehicle registration, so that it can be removed before it is
      published.
    </p>

    <h2 class="govuk-heading-l">What personal data the service holds</h2>
    <ul class="govuk-list govuk-list--bullet">
      <li>
        <strong>Staff accounts</strong>: the name, work email address, organisation and role of each person
        who signs in, when they last signed in, and a securely hashed password.
      </li>
      <li>
        <strong>The audit trail</strong>: who changed what and when, including refused attempts and the email
        address typed at sign-in, so that changes to public records can be checked.
      </li>
      <li>
        <strong>Update links</strong>: the work email address of a partner contact we send a link to, and when
        it was used.
      </li>
      <li>
        <strong>Partner contacts</strong>: the work email address and telephone number of partner
        organisations, seen only by signed-in users.
      </li>
      <li>
        <strong>Emails</strong>: the address and text of each email the service sends, such as invitations and
        reminders.
      </li>
      <li>
        <strong>Progress reports and review notes</strong>: written by staff about the work of the
        partnership. They are not meant to contain information about residents or victims, and are never
        published.
      </li>
    </ul>

    <h2 class="govuk-heading-l">Why we use it and our lawful basis</h2>
    ${
      paragraphs(s.privacyPurposes).length
        ? paragraphs(s.privacyPurposes)
        : html`<p class="govuk-body">Why we use personal data has not been given yet.</p>`
    }
    ${
      paragraphs(s.privacyLawfulBasis).length
        ? paragraphs(s.privacyLawfulBasis)
        : html`<p class="govuk-body">Our lawful basis has not been given yet.</p>`
    }

    <h2 class="govuk-heading-l">Who we share it with</h2>
    <p class="govuk-body">
      Signed-in users from partner organisations and members of the Police and Crime Panel can see the names
      of the organisations and the work email addresses of people who report progress. We do not sell personal
      data.
    </p>
    ${paragraphs(s.privacyRecipients)}

    <h2 class="govuk-heading-l">How long we keep it</h2>
    <ul class="govuk-list govuk-list--bullet">
      ${retention.map((r) => html`<li>${r.what}: ${periodWords(r.days)} ${r.from}, then deleted.</li>`)}
      <li>
        Staff accounts: while the person works with the partnership. An administrator deactivates an account
        when it is no longer needed.
      </li>
      <li>The audit trail of changes, progress reports and review notes: for the life of the plan.</li>
    </ul>

    <h2 class="govuk-heading-l">Your rights</h2>
    <p class="govuk-body">
      You have the right to ask for a copy of your personal data, to have it corrected, to object to its use,
      and in some cases to have it erased or its use restricted.
      ${
        s.dpoEmail
          ? html`To make a request, contact our Data Protection Officer at ${mailto(s.dpoEmail)}.`
          : ''
      }
      We will reply within one month.
    </p>

    <h2 class="govuk-heading-l">How to complain</h2>
    <p class="govuk-body">
      If you are unhappy with how we have used your personal data, contact us first. You can also complain to
      the Information Commissioner’s Office (ICO), Wycliffe House, Water Lane, Wilmslow, Cheshire, SK9 5AF,
      telephone 0303 123 1113, or
      <a class="govuk-link" href="https://ico.org.uk/make-a-complaint/">online at ico.org.uk</a>.
    </p>`;
  return page({ site, title: 'Privacy notice', body, current: 'privacy' });
}
