import { html } from './html.js';
import { page } from './layout.js';

// The accessibility statement and privacy notice, written for the Derbyshire OPCC as the
// organisation running this deployment. Another deployment edits these two pages. The contact
// details are examples, like the seed's (example.org, and a number Ofcom keeps for drama): the
// OPCC puts its real mailbox, telephone and address here before going live.

const OPCC = 'the Office of the Police and Crime Commissioner for Derbyshire (OPCC)';
const CONTACT_EMAIL = 'opcc@example.org';
const CONTACT_PHONE = '01632 960000';
const POSTAL = 'Office of the Police and Crime Commissioner for Derbyshire, Derbyshire';

export const STATEMENT_PREPARED = '6 December 2026';

export function accessibilityPage(): string {
  const body = html` <h1 class="govuk-heading-xl">Accessibility statement for Partnership Tracker</h1>
    <p class="govuk-body">
      This accessibility statement applies to Partnership Tracker: the public progress pages at
      <a class="govuk-link" href="/public/">/public/</a>, the open data files, and the pages partners and the
      Commissioner’s team sign in to use.
    </p>
    <p class="govuk-body">
      This website is run by ${OPCC}. We want as many people as possible to be able to use it. For example,
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
    <p class="govuk-body">We know some parts of this website are not fully accessible:</p>
    <ul class="govuk-list govuk-list--bullet">
      <li>
        downloaded reports in PDF, Word and spreadsheet formats may not all work well with every assistive
        technology
      </li>
      <li>the website has not yet had a full manual audit by an accessibility specialist</li>
    </ul>

    <h2 class="govuk-heading-l">Feedback and contact information</h2>
    <p class="govuk-body">
      If you need information on this website in a different format, like accessible PDF, large print, easy
      read, audio recording or braille, contact us:
    </p>
    <ul class="govuk-list govuk-list--bullet">
      <li>email <a class="govuk-link" href="mailto:${CONTACT_EMAIL}">${CONTACT_EMAIL}</a></li>
      <li>call ${CONTACT_PHONE} (Monday to Friday, 9am to 5pm)</li>
      <li>write to ${POSTAL}</li>
    </ul>
    <p class="govuk-body">We’ll consider your request and get back to you within 10 working days.</p>

    <h2 class="govuk-heading-l">Reporting accessibility problems with this website</h2>
    <p class="govuk-body">
      We’re always looking to improve the accessibility of this website. If you find any problems not listed
      on this page or think we’re not meeting accessibility requirements, email
      <a class="govuk-link" href="mailto:${CONTACT_EMAIL}">${CONTACT_EMAIL}</a>. Tell us the web address of
      the page, what you were trying to do, and what assistive technology you were using, if any.
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
      ${OPCC.charAt(0).toUpperCase() + OPCC.slice(1)} is committed to making its website accessible, in
      accordance with the Public Sector Bodies (Websites and Mobile Applications) (No. 2) Accessibility
      Regulations 2018.
    </p>
    <h3 class="govuk-heading-m">Compliance status</h3>
    <p class="govuk-body">
      This website is partially compliant with the
      <a class="govuk-link" href="https://www.w3.org/TR/WCAG22/"
        >Web Content Accessibility Guidelines version 2.2</a
      >
      AA standard, due to the non-compliances listed below.
    </p>

    <h2 class="govuk-heading-l">Non-accessible content</h2>
    <p class="govuk-body">The content listed below is non-accessible for the following reasons.</p>
    <h3 class="govuk-heading-m">Non-compliance with the accessibility regulations</h3>
    <p class="govuk-body">
      Some downloaded reports (PDF and Word) may not have every heading and table marked up for assistive
      technology. This fails WCAG 2.2 success criterion 1.3.1 (Info and Relationships). The same figures are
      on the web pages, which meet the standard. We check each report format as we change it.
    </p>
    <h3 class="govuk-heading-m">Disproportionate burden</h3>
    <p class="govuk-body">We are not claiming disproportionate burden for any content.</p>
    <h3 class="govuk-heading-m">Content that’s not within the scope of the accessibility regulations</h3>
    <p class="govuk-body">
      Documents published before 23 September 2018 that partners link to are not within scope, unless they are
      needed to take part in a service.
    </p>

    <h2 class="govuk-heading-l">What we’re doing to improve accessibility</h2>
    <p class="govuk-body">
      Every page of Partnership Tracker is tested automatically with axe on each change, and the main journeys
      are tested by keyboard. We review this statement whenever we add a feature, and at least once a year.
    </p>

    <h2 class="govuk-heading-l">Preparation of this accessibility statement</h2>
    <p class="govuk-body">
      This statement was prepared on ${STATEMENT_PREPARED}. It was last reviewed on ${STATEMENT_PREPARED}.
    </p>
    <p class="govuk-body">
      This website was last tested on ${STATEMENT_PREPARED}. The test was carried out by the development team,
      using automated checks (axe) on every page and manual checks with a keyboard, with JavaScript turned off
      and at 320 pixels wide.
    </p>`;
  return page({ title: 'Accessibility statement', body, current: 'accessibility' });
}

export function privacyPage(): string {
  const body = html` <h1 class="govuk-heading-xl">Privacy notice</h1>
    <p class="govuk-body-l">How ${OPCC} uses personal data in Partnership Tracker.</p>

    <h2 class="govuk-heading-l">Who we are</h2>
    <p class="govuk-body">
      The Police and Crime Commissioner for Derbyshire is the data controller for the personal data in
      Partnership Tracker. You can contact our Data Protection Officer at
      <a class="govuk-link" href="mailto:${CONTACT_EMAIL}">${CONTACT_EMAIL}</a> or by writing to ${POSTAL}.
    </p>

    <h2 class="govuk-heading-l">If you read the public pages</h2>
    <p class="govuk-body">
      You do not need an account to read the progress pages or download the open data, and we do not ask who
      you are. We do not use analytics or advertising cookies. Our web server keeps a log of requests,
      including your IP address, for up to 30 days, to keep the service secure and working.
    </p>
    <p class="govuk-body">
      The public pages contain no information about residents or victims of crime. Partners write a short
      public summary for each action, and the tracker warns them if it looks like a summary contains a name,
      email address, phone number, postcode or vehicle registration, so that it can be removed before it is
      published.
    </p>

    <h2 class="govuk-heading-l">What personal data the tracker holds</h2>
    <ul class="govuk-list govuk-list--bullet">
      <li>
        <strong>Staff accounts</strong>: the name, work email address, organisation and role of each person
        from the OPCC and partner organisations who signs in, when they last signed in, and a securely hashed
        password.
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
        <strong>Progress reports and review notes</strong>: written by staff about the work of the
        partnership. They are not meant to contain information about residents or victims, and are never
        published.
      </li>
    </ul>

    <h2 class="govuk-heading-l">Why we use it and our lawful basis</h2>
    <p class="govuk-body">
      We use this personal data to run and account for the delivery of the Police and Crime Plan and
      partnership strategies, which is part of the Commissioner’s statutory role under the Police Reform and
      Social Responsibility Act 2011. Our lawful basis is that processing is necessary to perform a task in
      the public interest (UK GDPR Article 6(1)(e)). We do not use the tracker to process special category or
      criminal offence data.
    </p>

    <h2 class="govuk-heading-l">Who we share it with</h2>
    <p class="govuk-body">
      Signed-in users from partner organisations and members of the Police and Crime Panel can see the names
      of the organisations and the work email addresses of people who report progress. We do not sell personal
      data or send it outside the UK. Our IT provider hosts the service for us under a contract.
    </p>

    <h2 class="govuk-heading-l">How long we keep it</h2>
    <ul class="govuk-list govuk-list--bullet">
      <li>
        Staff accounts: while the person works with the partnership, then deactivated; removed 12 months after
        deactivation.
      </li>
      <li>
        Sessions: 14 days after last use. Update links: until they expire (at most 90 days), then kept as a
        record of use.
      </li>
      <li>
        The audit trail and progress reports: for the life of the plan and 6 years after it closes, in line
        with our records retention schedule.
      </li>
      <li>Web server logs: up to 30 days.</li>
    </ul>

    <h2 class="govuk-heading-l">Your rights</h2>
    <p class="govuk-body">
      You have the right to ask for a copy of your personal data, to have it corrected, to object to its use,
      and in some cases to have it erased or its use restricted. To make a request, contact our Data
      Protection Officer at <a class="govuk-link" href="mailto:${CONTACT_EMAIL}">${CONTACT_EMAIL}</a>. We will
      reply within one month.
    </p>

    <h2 class="govuk-heading-l">How to complain</h2>
    <p class="govuk-body">
      If you are unhappy with how we have used your personal data, contact us first. You can also complain to
      the Information Commissioner’s Office (ICO), Wycliffe House, Water Lane, Wilmslow, Cheshire, SK9 5AF,
      telephone 0303 123 1113, or
      <a class="govuk-link" href="https://ico.org.uk/make-a-complaint/">online at ico.org.uk</a>.
    </p>

    <p class="govuk-body">This notice was last updated on ${STATEMENT_PREPARED}.</p>`;
  return page({ title: 'Privacy notice', body, current: 'privacy' });
}
